import { existsSync, mkdirSync } from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'

/**
 * A bare name ("Muster AG") is a workspace in the user's workspaces folder; anything with a
 * directory part is taken as a path. The .dpo extension is added when missing.
 */
export function resolveWorkspaceFile(file: string, workspacesDir: string): string {
  // A path that names an existing file is taken as it is, whatever its extension.
  if ((isAbsolute(file) || file.includes('/') || file.includes('\\')) && existsSync(file)) return resolve(file)
  const named = file.toLowerCase().endsWith('.dpo') ? file : `${file}.dpo`
  if (isAbsolute(named) || named.includes('/') || named.includes('\\')) return resolve(named)
  mkdirSync(workspacesDir, { recursive: true })
  return join(workspacesDir, basename(named))
}
