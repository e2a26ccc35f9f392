// The files from the field that field-files tests import: OKF's annotated chapter 2.2 (the demo) and a
// Land tracker of another group, and how to read back what an export wrote.
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/formats/frontmatter.ts';

export const DEMO = fileURLToPath(new URL('../../data/demo', import.meta.url));
export const DEMO_FILE = '2-2-digitale-innovationen-und-digitale-infrastruktur.md';
export const LAND = fileURLToPath(new URL('../fixtures/musterland-2024', import.meta.url));
export const LAND_FILES = ['1-digitales-land.md', '2-klima.md'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const yamlData = (text: string): any => splitFrontmatter(text).document.toJS();
export const bodyOf = (text: string) => splitFrontmatter(text).body;
