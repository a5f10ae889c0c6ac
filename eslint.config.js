import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'drizzle/meta/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // A page's tab title comes from its h1 (layout/useTitleFromHeading.ts), "<kind> · <h1> · Gavel";
      // only the title hook and the portal's share metadata (press/meta.ts) write it.
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.object.name='document'][left.property.name='title']",
          message: 'Name the page by its h1 (and data-page-kind): layout/useTitleFromHeading.ts writes the tab title.',
        },
      ],
    },
  },
  {
    // Unit files share a worker's modules (vitest.config.ts): one that replaces a module runs apart.
    files: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    ignores: ['**/*.mocked.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'vi', property: 'mock', message: 'A unit file that replaces a module is named *.mocked.test.ts (vitest.config.ts).' },
        { object: 'vi', property: 'doMock', message: 'A unit file that replaces a module is named *.mocked.test.ts (vitest.config.ts).' },
      ],
    },
  },
  {
    files: ['web/src/layout/useTitleFromHeading.ts', 'web/src/press/meta.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
