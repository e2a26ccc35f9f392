// The fields of the back office's Vorhaben edit form, as a browser sends them for a published Vorhaben
// with only a title; a test names what it changes.
export function pledgeForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    version: '1',
    title: 'Recht auf Verschlüsselung',
    quote_start: '',
    quote_end: '',
    success_criterion: '',
    deadline: '',
    lead_ministry: '',
    partner: '',
    topics: '',
    rating: '',
    published: '1',
    ...overrides,
  };
}
