// Three-way merge of an edit form: what the editor started from (base), what they submitted
// (mine) and what is saved now (theirs), unit by unit, so that saving a form loaded from an
// older version never reverts somebody else's change.

export type Decision = 'mine' | 'theirs';

/** Fields merged as one, by name: a field alone, or fields that only make sense together. */
export type MergeUnits<T> = Record<string, readonly (keyof T & string)[]>;

/** Every field of `values` is a unit of its own, except those in `groups` and `omit`. */
export function mergeUnits<T extends object>(
  values: T,
  groups: MergeUnits<T> = {},
  omit: readonly (keyof T & string)[] = [],
): MergeUnits<T> {
  const grouped = new Set<string>([...Object.values(groups).flat(), ...omit]);
  const units: MergeUnits<T> = {};
  for (const key of Object.keys(values) as (keyof T & string)[]) {
    const group = Object.entries(groups).find(([, keys]) => keys[0] === key);
    if (group) units[group[0]] = group[1];
    else if (!grouped.has(key)) units[key] = [key];
  }
  return units;
}

export interface MergeInput<T> {
  /** The values the form was loaded with; a unit with a field missing here (or no base at all, an old form) is unknown. */
  base: Partial<T> | null;
  mine: T;
  theirs: T;
  units: MergeUnits<T>;
  /** The editor's choice at units both changed; the caller passes only choices made against `theirs`. */
  decisions: Partial<Record<string, Decision>>;
}

export interface MergeResult<T> {
  /** `theirs` with this editor's changes on top; at an undecided conflict, the editor's value. */
  values: T;
  /** What `values` rest on: `theirs`, except at undecided conflicts, which keep the editor's base so they come up again. */
  base: Partial<T>;
  /** Units taken from the editor: changed by them only, or decided for theirs. */
  mine: string[];
  /** Units changed by somebody else only, or decided for the other version, kept as saved. */
  theirs: string[];
  /** Units both changed to different values (or that differ from an unknown base), still undecided. */
  conflicts: string[];
}

/** Text compares without the line-break style browsers submit and without surrounding space. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalise((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a) ?? null) === JSON.stringify(normalise(b) ?? null);
}

export function mergeEdit<T extends object>({ base, mine, theirs, units, decisions }: MergeInput<T>): MergeResult<T> {
  const result: MergeResult<T> = { values: { ...theirs }, base: {}, mine: [], theirs: [], conflicts: [] };
  const take = (source: Partial<T>, target: Partial<T>, keys: readonly (keyof T)[]) => {
    for (const key of keys) target[key] = source[key];
  };
  for (const [name, keys] of Object.entries(units)) {
    const pick = (values: Partial<T>) => keys.map((key) => values[key]);
    take(theirs, result.base, keys);
    if (sameValue(pick(mine), pick(theirs))) continue;
    const known = base !== null && keys.every((key) => key in base);
    const mineChanged = !known || !sameValue(pick(mine), pick(base));
    const theirsChanged = !known || !sameValue(pick(theirs), pick(base));
    const decision = mineChanged && theirsChanged ? decisions[name] : undefined;
    if (!theirsChanged || decision === 'mine') {
      take(mine, result.values, keys);
      result.mine.push(name);
    } else if (!mineChanged || decision === 'theirs') {
      result.theirs.push(name);
    } else {
      take(mine, result.values, keys);
      for (const key of keys) delete result.base[key];
      if (known) take(base, result.base, keys);
      result.conflicts.push(name);
    }
  }
  return result;
}
