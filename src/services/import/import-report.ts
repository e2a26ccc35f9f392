// What an import did, for the person who ran it.

export interface ImportReport {
  agreements: string[];
  chapters: { created: number; changed: number; unchanged: number };
  pledges: { created: number; changed: number };
  updatesCreated: number;
  /** Things worth knowing that did not stop the import, one line each. */
  warnings: string[];
}

export function emptyReport(): ImportReport {
  return {
    agreements: [],
    chapters: { created: 0, changed: 0, unchanged: 0 },
    pledges: { created: 0, changed: 0 },
    updatesCreated: 0,
    warnings: [],
  };
}
