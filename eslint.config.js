import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Which layer may import what: a wrong import fails `npm test`. Type-only imports across
 * layers are allowed (the design says so: they vanish from the built code, so they cannot
 * drag a layer's runtime into another); value imports are refused. typescript-eslint's
 * variant of the rule is the one that knows `import type` (the core rule ignores
 * `allowTypeImports`). Node built-ins stay refused even as types: the renderer's and the
 * worker's programs have no Node types at all.
 */
const NODE_BUILTINS = { group: ['node:*'], message: 'This layer runs in the browser too: no node:* imports.' };
const acrossLayers = (pattern) => ({ ...pattern, allowTypeImports: true });
const layer = (forbidden, extraPatterns = []) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbidden.map((name) =>
          acrossLayers({ group: [name, `${name}/*`], message: `This layer must not import ${name} (see the layering in README).` }),
        ),
        ...extraPatterns,
      ],
    },
  ],
});

const noOnly = {
  'no-restricted-properties': [
    'error',
    { object: 'it', property: 'only', message: 'No .only: it silently skips the other tests.' },
    { object: 'test', property: 'only', message: 'No .only: it silently skips the other tests.' },
    { object: 'describe', property: 'only', message: 'No .only: it silently skips the other tests.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer(['react', 'react-dom', '@xyflow/*', 'zustand', 'immer', 'electron'], [
        NODE_BUILTINS,
        { group: ['fs', 'path', 'os', 'child_process', 'crypto', 'url'], message: 'shared/ is pure: no Node modules.' },
        acrossLayers({ group: ['**/renderer/**', '**/electron/**', '**/server/**', '**/cli/**'], message: 'shared/ is the bottom layer.' }),
      ]),
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'window', 'document', 'navigator', 'localStorage', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ runs everywhere: no host globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'renderer/early-autosave.js'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer(['electron'], [NODE_BUILTINS, acrossLayers({ group: ['**/electron/**', '**/server/**', '**/cli/**'], message: 'The renderer talks to hosts through the Platform interface.' })]),
  },
  {
    files: ['cli/**/*.ts', 'server/**/*.ts'],
    rules: layer(['react', 'react-dom', '@xyflow/*', 'zustand', 'electron'], [
      acrossLayers({ group: ['**/renderer/**', '**/electron/**'], message: 'The command line and the server build on shared/ only.' }),
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    rules: layer(['react', 'react-dom', '@xyflow/*', 'zustand'], [acrossLayers({ group: ['**/renderer/**', '**/cli/**'], message: 'The main process builds on shared/ and server/ only.' })]),
  },
  {
    // Build scripts, tool configs and the browser tests run in Node (page.evaluate bodies
    // are type-checked by tsc; eslint's no-undef is off for TypeScript).
    files: ['scripts/**/*.js', 'vite.config.ts', 'playwright.config.ts', 'vitest.config.ts', 'test/e2e*/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['test/**/*.ts'], rules: noOnly },
  {
    // The command line's launcher is CommonJS (bin/package.json): Node starts it without its ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
