// Only documents dated within the government's term count as evidence; discovery filters by this before matching.

export interface Term {
  /** YYYY-MM-DD, both days included. */
  start: string;
  /** Null while the government is in office. */
  end: string | null;
}

/** Whether a document's day (YYYY-MM-DD, or a timestamp whose first ten characters are one) lies within the term. */
export function isWithinTerm(date: string, term: Term): boolean {
  const day = date.slice(0, 10);
  return day >= term.start && (term.end === null || day <= term.end);
}
