// Bundles the TypeScript sources into dist/koalitionstracker.mjs: one file starts in a fraction
// of the time that loading hundreds of modules through a TypeScript loader takes.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = join(root, 'dist/koalitionstracker.mjs');
const outdir = join(root, 'dist');
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
  const result = await esbuild({
    entryPoints: { koalitionstracker: join(root, 'src/cli/main.ts') },
    outdir,
    write: false,
    bundle: true,
    splitting: true, // commands load their chunks on demand
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2', '@resvg/resvg-js'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  mkdirSync(outdir, { recursive: true });
  // Chunks are named by content, so writing them never disturbs a running process; the entry
  // goes last and by rename, so a concurrent run never loads half a file.
  for (const file of result.outputFiles.filter((output) => output.path !== bundlePath)) writeFileSync(file.path, file.contents);
  const entry = result.outputFiles.find((output) => output.path === bundlePath);
  const temporary = `${bundlePath}.${process.pid}.tmp`;
  writeFileSync(temporary, entry.contents);
  renameSync(temporary, bundlePath);
  const current = new Set(result.outputFiles.map((output) => output.path));
  for (const name of readdirSync(outdir)) {
    if (name.startsWith('chunk-') && !current.has(join(outdir, name))) rmSync(join(outdir, name), { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
