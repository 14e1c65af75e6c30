import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where better-sqlite3's native module built for *this Electron's* ABI lives. node_modules holds
 * the build for Node (tests, CLI, web shell); the app never touches it, so `npm test` and
 * `npm start` work in either order.
 *  - development: <repo>/.electron-native/<electron version>/better_sqlite3.node, written by
 *    scripts/electron-native.mjs (run by `npm start` / `npm run dev`);
 *  - packaged: <resources>/native/better_sqlite3.node (the packager copies it there as an
 *    extra resource).
 */
export const NATIVE_FILE = 'better_sqlite3.node'

export function nativeBindingPath(options: {
  isPackaged: boolean
  resourcesPath: string
  repoRoot: string
  electronVersion: string
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'native', NATIVE_FILE)
    : join(options.repoRoot, '.electron-native', options.electronVersion, NATIVE_FILE)
}

export type NativeBinding = { ok: true; path: string } | { ok: false; path: string; message: string }

export function resolveNativeBinding(options: Parameters<typeof nativeBindingPath>[0]): NativeBinding {
  const path = nativeBindingPath(options)
  if (existsSync(path)) return { ok: true, path }
  const message = options.isPackaged
    ? `The encrypted-database module is missing from this installation (${path}). Please reinstall DPO Workbench.`
    : `The encrypted-database module for Electron ${options.electronVersion} is missing (${path}). ` +
      'Run "node scripts/electron-native.mjs" (npm start and npm run dev do this for you).'
  return { ok: false, path, message }
}
