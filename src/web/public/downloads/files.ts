// The files of /daten: their names are part of the URL contract, so they never change.
export const DOWNLOADS = [
  { name: 'vorhaben.csv', format: 'CSV', key: 'pledgesCsv' },
  { name: 'vorhaben.json', format: 'JSON', key: 'pledgesJson' },
  { name: 'entwicklungen.csv', format: 'CSV', key: 'developmentsCsv' },
  { name: 'entwicklungen.json', format: 'JSON', key: 'developmentsJson' },
  { name: 'koalitionsvertrag-okf.zip', format: 'ZIP', key: 'okfZip' },
] as const;

export type DownloadName = (typeof DOWNLOADS)[number]['name'];
