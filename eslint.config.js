// Lint rules, chiefly the layer boundaries of DESIGN.md: dependencies point downwards.
import tseslint from 'typescript-eslint';

const layers = ['domain', 'text', 'formats', 'store', 'services', 'mail', 'web', 'cli'];

/**
 * The writers of the Vorhaben's tables and the steps derived from them: outside the store, only
 * services/pledge-change.ts calls them, so every change goes through `changePledge` (docs/ARCHITECTURE.md).
 */
const WRITE_PATH = 'src/services/pledge-change.ts';
/** The write path's files: changePledge, and an import's run that indexes its changes per chapter. */
const WRITE_PATH_FILES = [WRITE_PATH, 'src/services/import-run.ts'];
const writePathOnly = [
  ['store/pledges.ts', ['insertPledge', 'updatePledge', 'markPledgeChanged', 'recordImportedStatement']],
  ['store/developments.ts', ['insertDevelopment', 'changeDevelopment', 'deleteDevelopment', 'detachSuggestionsFrom']],
  ['store/vocabularies.ts', ['setPledgeTopics']],
  ['store/pledge-state.ts', ['refreshPledgeState']],
  ['search-index.ts', ['indexPledge', 'indexChapter']],
  ['notify.ts', ['noteDevelopmentChange']],
].map(([module, importNames]) => ({
  regex: `(^|/)${module.replaceAll('.', '\\.')}$`,
  importNames,
  message: `Changes to Vorhaben go through changePledge (${WRITE_PATH}), which runs the steps that follow from them.`,
}));

/**
 * What the public may see is said once, in src/store/public-scope.ts (docs/ARCHITECTURE.md): a condition
 * on `published` or `published_at` written anywhere else would say it again, and could say it differently.
 */
const PUBLIC_SCOPE = 'src/store/public-scope.ts';
const publicScopeOnly = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  ignores: [PUBLIC_SCOPE, 'src/store/migrations/**', '**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector:
          'CallExpression[arguments.0.value=/^(\\w+\\.)?published(_at)?$/][arguments.1.value=/^(=|==|!=|<>|<|>|<=|>=|is|is not|in|not in)$/]',
        message: `Whether something is public or a draft is said in ${PUBLIC_SCOPE}: use its queries and conditions.`,
      },
    ],
  },
};

/** Files in `layer` may not import from the layers listed in `forbidden` (types may be allowed). */
function boundary(layer, forbidden, { allowTypes = [], files = [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`], writePath = true } = {}) {
  const patterns = forbidden.map((other) => ({
    group: [`**/${other}/**`, `../${other}/**`, `./${other}/**`],
    message: `src/${layer} must not depend on src/${other} (see DESIGN.md, layers).`,
    allowTypeImports: allowTypes.includes(other),
  }));
  if (layer !== 'cli' && layer !== 'web') {
    patterns.push({
      group: ['**/config.ts'],
      message: 'Only the entry points read the configuration; pass values in.',
      allowTypeImports: true,
    });
  }
  if (writePath && layer !== 'store') patterns.push(...writePathOnly);
  return {
    files,
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
  {
    files: ['src/config.ts', 'test/**', 'scripts/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-properties': 'off' },
  },
  boundary('domain', above('domain')),
  boundary('text', above('text')),
  boundary(
    'formats',
    ['text', ...above('formats')].filter((layer) => layer !== 'formats'),
  ),
  boundary('store', ['text', 'formats', 'services', 'mail', 'web', 'cli']),
  boundary('mail', ['text', 'store', 'services', 'web', 'cli']),
  boundary('services', ['web', 'cli']),
  boundary('services', ['web', 'cli'], { files: WRITE_PATH_FILES, writePath: false }),
  boundary('web', ['cli', 'store'], { allowTypes: ['store'] }),
  publicScopeOnly,
);
