import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads']
const lowdb = { group: ['lowdb', 'lowdb/*'], message: 'Only src/main/archive/ may import lowdb.' }
const ipcMainOnly = { name: 'electron', importNames: ['ipcMain'], message: 'Only src/main/ipc.ts binds ipcMain.' }
const ipcRendererOnly = { name: 'electron', importNames: ['ipcRenderer'], message: 'Only src/preload uses ipcRenderer.' }

/** ARCHITECTURE.md: dependencies point inward, and each door has one keeper. */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', {
        selector: "TSMappedType[constraint.type='TSTypeReference'][constraint.typeName.name='OperationName']",
        message: 'Map over `keyof Contract`: through an alias, go-to-definition and find-references lose the contract entry.'
      }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins.map((name) => ({ name, message: 'src/shared is pure: no Node.' })), { name: 'electron', message: 'src/shared is pure.' }, { name: 'react', message: 'src/shared is pure.' }],
        patterns: [{ group: ['node:*'], message: 'src/shared is pure: no Node.' }, lowdb, { group: ['**/main/**', '**/renderer/**', '**/preload/**', '@renderer/*'], message: 'src/shared depends on nothing of ours.' }]
      }]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/archive/**', 'src/main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcMainOnly, ipcRendererOnly], patterns: [lowdb] }] }
  },
  {
    files: ['src/main/archive/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcMainOnly, ipcRendererOnly, { name: 'electron', message: 'The archive works without Electron.' }] }] }
  },
  {
    files: ['src/main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcRendererOnly], patterns: [lowdb] }] }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' })), { name: 'electron', message: 'The renderer talks to main only through window.api.' }],
        patterns: [{ group: ['node:*'], message: 'The renderer has no Node.' }, lowdb, { group: ['**/main/**', '**/preload/**'], message: 'The renderer uses the contract, not main code.' }]
      }]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcMainOnly], patterns: [lowdb] }],
      // A sandboxed preload can require only electron, events, timers and url (types are erased).
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '@shared/ipc/contract', message: 'The sandboxed preload cannot load zod: take names from @shared/ipc/operation-names.', allowTypeImports: true }],
        patterns: [{ group: ['zod', 'zod/*', '@shared/model', '@shared/model/*'], message: 'The sandboxed preload cannot load zod or the model schemas.', allowTypeImports: true }]
      }]
    }
  }
)
