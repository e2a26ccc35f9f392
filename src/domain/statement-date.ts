// When a file's statement is news: the rule by which an import never rolls back what the tracker knows.

/**
 * The day of the latest change the tracker knows for a Vorhaben: an editor's edit or a newer
 * file's statement (`changedOn`), or the event of its latest published development that did not
 * come from a file (a file's own are dated by its `last_update`, or by the day of an import when it
 * has none, which is no news). The tracker's export writes it as the statement's `last_update`.
 */
export function latestKnownChange(changedOn: string | null, lastEventNotFromFile: string | null): string | null {
  const days = [changedOn, lastEventNotFromFile].filter((day): day is string => day !== null);
  return days.length === 0 ? null : days.reduce((latest, day) => (day > latest ? day : latest));
}

/** A statement changes the tracker only when its `last_update` is a later day than what the tracker knows. */
export function isNewerThanTracker(lastUpdate: string | null, known: string | null): boolean {
  return lastUpdate !== null && (known === null || lastUpdate > known);
}
