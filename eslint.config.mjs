import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const electron = { name: 'electron', message: 'Only src/main may import electron (it cannot even be required in plain Node).' }
const layer = (group, message) => ({ group, message })

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electron] }]
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          layer(['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/web/**'], 'src/shared is the contract: it imports no other layer.'),
          layer(['node:*', 'fs', 'path', 'crypto', 'better-sqlite3-multiple-ciphers'], 'src/shared runs in the renderer too: no Node APIs.')
        ]
      }]
    }
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [layer(['**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/web/**'], 'src/core never imports a shell.')]
      }]
    }
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          layer(['**/core/**', '**/main/**', '**/cli/**', '**/web/**'], 'The renderer talks to the core only through the contract client.'),
          layer(['node:*', 'better-sqlite3-multiple-ciphers'], 'The renderer has no Node.')
        ]
      }]
    }
  },
  {
    files: ['src/cli/**', 'src/web/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [layer(['**/main/**', '**/renderer/**'], 'Shells do not import each other.')]
      }]
    }
  },
  {
    // The preload is the one other place that must talk to electron (contextBridge, ipcRenderer).
    files: ['src/preload/**', 'src/main/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer(['**/renderer/**', '**/cli/**', '**/web/**'], 'Shells do not import each other.')]
      }]
    }
  }
)
