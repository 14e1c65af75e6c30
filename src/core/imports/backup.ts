import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { backupCopy, type Db } from '../workspace'

/** How many automatic pre-import backups are kept per workspace. */
export const KEEP_BACKUPS = 5

/**
 * The automatic copy before an import or merge writes: `<workspace>.pre-import.<timestamp>.dpo`
 * next to the workspace — the encrypted file itself (after folding in the WAL), so it opens with
 * the same passphrase. Older copies of that pattern beyond the last five are deleted.
 */
export function preImportBackup(db: Db, file: string): string {
  const target = backupCopy(db, file, 'pre-import')
  pruneBackups(file)
  return target
}

export function pruneBackups(file: string, keep = KEEP_BACKUPS): string[] {
  const dir = dirname(file)
  const stem = basename(file).replace(/\.dpo$/i, '')
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.pre-import\\.\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.dpo$`)
  const found = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
  const removed = found.slice(0, Math.max(0, found.length - keep)).map((name) => join(dir, name))
  for (const path of removed) rmSync(path, { force: true })
  return removed
}
