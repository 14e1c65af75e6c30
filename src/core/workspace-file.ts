import { mkdirSync } from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'

/**
 * A bare name ("Muster AG") is a workspace in the user's workspaces folder; anything with a
 * directory part is taken as a path. The .dpo extension is added when missing.
 */
export function resolveWorkspaceFile(file: string, workspacesDir: string): string {
  const named = file.toLowerCase().endsWith('.dpo') ? file : `${file}.dpo`
  if (isAbsolute(named) || named.includes('/') || named.includes('\\')) return resolve(named)
  mkdirSync(workspacesDir, { recursive: true })
  return join(workspacesDir, basename(named))
}
