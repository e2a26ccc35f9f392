// Small chapter files written for a test, in the OKF format.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StatementSpec {
  summary: string;
  id?: string;
  status?: string;
  lastUpdate?: string;
  categories?: string[];
  reports?: { title: string; url: string }[];
  extra?: string;
}

export function chapterText(options: { title?: string; statements?: StatementSpec[]; body?: string; published?: boolean } = {}): string {
  const statements = options.statements ?? [];
  const lines = ['---', `title: "${options.title ?? '2.2 Digitale Innovationen'}"`, 'section: "II"'];
  if (statements.length === 0) lines.push('statements: []');
  else {
    lines.push('statements:');
    for (const statement of statements) {
      lines.push(`  - summary: "${statement.summary}"`, `    status: "${statement.status ?? 'not_implemented'}"`);
      if (statement.id) lines.push(`    id: ${statement.id}`);
      if (statement.categories) lines.push('    categories:', ...statement.categories.map((name) => `      - "${name}"`));
      lines.push(`    last_update:${statement.lastUpdate ? ` ${statement.lastUpdate}` : ''}`);
      if (statement.reports) {
        lines.push('    reports:');
        for (const report of statement.reports) lines.push(`      - title: "${report.title}"`, `        url: "${report.url}"`);
      }
      if (statement.extra) lines.push(statement.extra);
    }
  }
  lines.push(`published: ${options.published ?? true}`, '---', '');
  return `${lines.join('\n')}${options.body ?? bodyMarking(statements.flatMap((statement) => statement.id ?? []))}`;
}

/** DEFAULT_BODY with markers only for these ids. */
export function bodyMarking(ids: string[]): string {
  return DEFAULT_BODY.replace(/\[([^\]]+)\]\(#([^)]+)\)/g, (marker, text: string, id: string) => (ids.includes(id) ? marker : text));
}

export const DEFAULT_BODY = `
Deutschland braucht einen digitalen Aufbruch.

### Sicherheit

[Wir führen ein Recht auf Verschlüsselung ein.](#verschluesselung) Wir werden ein IT-Sicherheitsgesetz beschließen.

### Daten

[Ein Dateninstitut soll Datenverfügbarkeit und -standardisierung vorantreiben.](#dateninstitut)
`;

/** The name of the chapter file whose text DEFAULT_BODY is. */
export const DEFAULT_FILE = '2-2-digitale-innovationen.md';

/** Statements for DEFAULT_BODY's two markers: the first with a status, its date, topics and a report, the second bare. */
export const DEFAULT_STATEMENTS: StatementSpec[] = [
  {
    summary: 'Recht auf Verschlüsselung',
    id: 'verschluesselung',
    status: 'partially_implemented',
    lastUpdate: '2023-04-01',
    categories: ['Digitales', 'Bürgerrechte'],
    reports: [{ title: 'Entwurf', url: 'https://example.org/entwurf' }],
  },
  { summary: 'Dateninstitut gründen', id: 'dateninstitut' },
];

export function temporaryFolder(name = 'kapitel'): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kt-files-')), name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Writes the files into a new folder; returns the folder. */
export function writeChapterFolder(files: Record<string, string | Uint8Array>, folder = temporaryFolder()): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** A minimal agreement.yml: the agreement and its government, both named by `slug`. */
export function agreementYml(slug: string, options: { active: boolean }): string {
  return `slug: ${slug}\ntitle: "${slug}"\ngovernment:\n  slug: ${slug}\n  name: "${slug}"\n  active: ${options.active}\n`;
}
