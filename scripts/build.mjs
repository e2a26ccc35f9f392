// Bundles the TypeScript sources into dist/koalitionstracker.mjs: one file starts in a fraction
// of the time that loading hundreds of modules through a TypeScript loader takes.
import { readdirSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = join(root, 'dist/koalitionstracker.mjs');
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when the bundle is missing or older than any source file. */
export function isStale() {
  let built;
  try {
    built = statSync(bundlePath).mtimeMs;
  } catch {
    return true;
  }
  return INPUTS.some((input) => newestChange(join(root, input)) > built);
}

export async function build() {
  const { build: esbuild } = await import('esbuild');
  const temporary = `${bundlePath}.${process.pid}.tmp`;
  await esbuild({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pg', 'pg-native'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  renameSync(temporary, bundlePath); // atomic, so a concurrent run never loads half a file
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
