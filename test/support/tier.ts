// The quick tier's limits, checked where test support would cross them. scripts/build-tests.mjs compiles
// each test file with its tier (from its `// Tier:` line) as process.env.TEST_TIER, so a file of the quick
// tier is held to them in `npm test` as in `npm run test:quick`.
export const QUICK_TIER = process.env.TEST_TIER === 'quick';

/** Throws in a quick-tier file: what it is about to do (a real server, a process, a browser) belongs to the full tier. */
export function fullTierOnly(what: string): void {
  if (QUICK_TIER)
    throw new Error(
      `${what}: not in the quick tier. Use the app in-process (test/support/site.ts), or mark the file "// Tier: full (why)" (see scripts/test.mjs).`,
    );
}
