/**
 * Used by `npm run lint` (office-addin-lint check, which prefers this file over its own config):
 * Microsoft's office-addins rules plus Prettier, extended to .tsx files and the repo's own layout.
 */
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
/** Node's globals used by the CommonJS build and helper scripts (webpack.config.js, scripts/*.js, bin/). */
const NODE_GLOBALS = {};
for (const name of ['__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout', 'URL']) {
  NODE_GLOBALS[name] = 'readonly';
}

export default [
  // *.generated.js: written by scripts (e.g. the catalog schema validator), checked by their own tests.
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'test-artifacts/**', '**/*.generated.js'] },
  // The plugin's recommended set only names .ts/.js files; .tsx (the task pane) gets the same rules.
  ...officeAddins.configs.recommended.map((config) =>
    config.files ? { ...config, files: [...config.files, '**/*.{tsx,jsx}'] } : config,
  ),
  {
    files: TS_FILES,
    // Set here as office-addin-lint's own config does: the plugin's bundled parser reference comes out undefined.
    languageOptions: { parser: tsParser, ecmaVersion: 2022 },
    rules: {
      // TypeScript itself reports undefined names (and knows DOM, Node and Office globals); ESLint's rule does not.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,cjs,mjs}'], languageOptions: { ecmaVersion: 2022, globals: NODE_GLOBALS } },
  { files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs' } },
];
