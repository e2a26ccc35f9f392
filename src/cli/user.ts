// `user add --email E --role admin|editor|expert [--organisation NAME]`, password on stdin.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { ValidationError } from '../domain/errors.ts';
import { addUser } from '../services/accounts.ts';
import { fieldText } from '../web/i18n/errors.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runUser(args: string[], config: Config, io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add') throw new UsageError('user knows one action: add');
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, role: { type: 'string' }, organisation: { type: 'string' } },
  });
  if (!values.email || !values.role) throw new UsageError('user add needs --email and --role');
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  try {
    await withStore(config, ({ db }) =>
      addUser(db, { email: values.email!, password, role: values.role!, organisation: values.organisation }, new Date()),
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues)
      io.err(`${issue.field === 'password' ? 'password (stdin)' : `--${issue.field}`}: ${fieldText(issue)}`);
    return EXIT.failed;
  }
  io.out(`Konto ${values.email.trim().toLowerCase()} (${values.role}) angelegt.`);
  return EXIT.ok;
}
