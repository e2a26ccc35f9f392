// Lint rules, chiefly the layer boundaries of DESIGN.md: dependencies point downwards.
import tseslint from 'typescript-eslint';

const layers = ['domain', 'text', 'formats', 'store', 'services', 'mail', 'web', 'cli'];

/** Files in `layer` may not import from the layers listed in `forbidden` (types may be allowed). */
function boundary(layer, forbidden, { allowTypes = [] } = {}) {
  const patterns = forbidden.map((other) => ({
    group: [`**/${other}/**`, `../${other}/**`, `./${other}/**`],
    message: `src/${layer} must not depend on src/${other} (see DESIGN.md, layers).`,
    allowTypeImports: allowTypes.includes(other),
  }));
  if (layer !== 'cli' && layer !== 'web') {
    patterns.push({ group: ['**/config.ts'], message: 'Only the entry points read the configuration; pass values in.', allowTypeImports: true });
  }
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

const above = (layer) => layers.slice(layers.indexOf(layer) + 1);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.test-build/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in src/config.ts only.' }],
    },
  },
  { files: ['src/config.ts', 'test/**', 'scripts/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-properties': 'off' } },
  boundary('domain', above('domain')),
  boundary('text', above('text')),
  boundary('formats', ['text', ...above('formats')].filter((layer) => layer !== 'formats')),
  boundary('store', ['text', 'formats', 'services', 'mail', 'web', 'cli']),
  boundary('mail', ['text', 'store', 'services', 'web', 'cli']),
  boundary('services', ['web', 'cli']),
  boundary('web', ['cli', 'store'], { allowTypes: ['store'] }),
);
