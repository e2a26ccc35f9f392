// Compiles each test file with what it imports from src/ (and the packages of many modules) into a module
// under .test-build/. Loading the TypeScript sources through a loader costs every test process seconds; a
// bundle loads in a fraction.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const testBuildDir = join(root, '.test-build');

/**
 * Each source keeps its own `import.meta.url`, so paths it builds from it (fixtures, bin/, the corpus)
 * still point where they did; packages that stay imports are found in node_modules from inside the repository.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const other = /\bimport\.meta\.(?!url\b)\w+/.exec(source);
      if (other) throw new Error(`${args.path}: ${other[0]} would describe the bundle, not this file; use import.meta.url`);
      return {
        contents: source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      };
    });
  },
};

/**
 * Packages loaded from hundreds of modules each (Kysely alone has about 600) are bundled in: one file per
 * chunk loads in a fraction of the time, in every test process. Every other package stays an import:
 * native modules, and packages that find files beside themselves (Playwright, axe-core). yaml is CommonJS
 * for Node and requires built-in modules, hence a `require` in every built module.
 */
const BUNDLED_PACKAGES = ['kysely', 'zod', 'yaml'];

const otherPackagesExternal = {
  name: 'other-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const bundled = BUNDLED_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`));
      return bundled ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Builds the test files (paths relative to the repository) and returns the built files in the same order.
 * Each file is compiled knowing its tier (scripts/test.mjs): `process.env.TEST_TIER` in it and in everything
 * it bundles is that tier's name, so test/support/tier.ts knows it however the built file is run.
 */
export async function buildTests(files, tierOf) {
  const { build } = await import('esbuild');
  rmSync(testBuildDir, { recursive: true, force: true });
  const tiers = [...new Set(files.map(tierOf))];
  await Promise.all(
    tiers.map((tier) =>
      buildGroup(
        build,
        files.filter((file) => tierOf(file) === tier),
        tier,
      ),
    ),
  );
  return files.map((file) => join('.test-build', file.replace(/\.tsx?$/, '.mjs')));
}

function buildGroup(build, files, tier) {
  return build({
    entryPoints: files.map((file) => join(root, file)),
    define: { 'process.env.TEST_TIER': JSON.stringify(tier) },
    outdir: testBuildDir,
    outbase: root,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // What several test files share — the bundled packages, most of src/ — is built once, into shared chunks.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [otherPackagesExternal, ownImportMetaUrl],
  });
}
