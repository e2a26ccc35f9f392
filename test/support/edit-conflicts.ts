// Two editors saving forms loaded from older versions: who they are, when they save, what their forms
// send, and the conflict a refused save carries.
import assert from 'node:assert/strict';
import { EditConflictError, type EditConflict } from '../../src/domain/errors.ts';
import type { Actor } from '../../src/domain/roles.ts';
import type { Store } from '../../src/store/database.ts';
import { addUser } from '../../src/services/accounts.ts';
import { today } from './site-fixture.ts';

export const later = (minutes: number) => new Date(today.getTime() + minutes * 60_000);

export async function editors(store: Store): Promise<{ a: Actor; b: Actor }> {
  const actor = async (email: string): Promise<Actor> => ({
    id: await addUser(store.db, { email, password: 'richtig-langes-passwort', role: 'editor' }, today),
    role: 'editor',
    organisationId: null,
  });
  return { a: await actor('anna@example.org'), b: await actor('bernd@example.org') };
}

/** A form's fields as the browser sends them: with the hidden base it was loaded at (none: an old form), and extra fields. */
export function submitted<Value extends string | string[]>(
  fields: Record<string, Value>,
  base: object | null,
  extra: Record<string, string> = {},
): Record<string, Value | string> {
  return { ...fields, ...(base ? { base: JSON.stringify(base) } : {}), ...extra };
}

export async function conflictOf<T>(saving: Promise<unknown>): Promise<EditConflict<T>> {
  const error = await saving.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof EditConflictError, `expected an edit conflict, got ${String(error)}`);
  return (error as EditConflictError<T>).conflict;
}
