import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { DomainError } from '../../shared/errors'
import { verifyWorkspaceFile } from './store'
import { connect, rekey, type Db } from './sqlcipher'

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

function assertFreeTarget(target: string): void {
  if (existsSync(target)) throw new DomainError('FILE_EXISTS', { file: target })
  if (!existsSync(dirname(target))) throw new DomainError('FILE_NOT_FOUND', { file: dirname(target) })
}

/**
 * An encrypted backup of the open workspace, taken while it stays open. VACUUM INTO copies one
 * consistent snapshot page by page under the same key (SQLite3 Multiple Ciphers refuses the
 * backup API towards an unkeyed file, so no plaintext copy can ever be made by mistake); with
 * a new passphrase the copy is rekeyed before it gets its final name. The result is verified by
 * opening it like any workspace.
 */
export function backupWorkspace(db: Db, target: string, passphrase: string, newPassphrase?: string): { file: string; bytes: number; sha256: string } {
  assertFreeTarget(target)
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    if (newPassphrase !== undefined) {
      const copy = connect(partial, passphrase, { mustExist: true })
      try {
        copy.pragma('journal_mode=DELETE')
        rekey(copy, newPassphrase)
      } finally {
        copy.close()
      }
    }
    // A backup that does not open is no backup: check it like a workspace before naming it.
    verifyWorkspaceFile(partial, newPassphrase ?? passphrase)
    renameSync(partial, target)
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
    throw error
  }
  return { file: target, bytes: statSync(target).size, sha256: sha256(target) }
}

/**
 * Restores a backup to a new file: copied byte for byte, then checked with its passphrase
 * (an older backup is migrated when the copy is first opened; the backup stays untouched). An
 * existing file is never overwritten; a copy that does not check out is removed again.
 */
export function restoreWorkspace(backup: string, target: string, passphrase: string): { file: string; bytes: number; sha256: string } {
  assertFreeTarget(target)
  if (!existsSync(backup)) throw new DomainError('FILE_NOT_FOUND', { file: backup })
  copyFileSync(backup, target, 1 /* COPYFILE_EXCL */)
  try {
    verifyWorkspaceFile(target, passphrase)
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
    throw error
  }
  return { file: target, bytes: statSync(target).size, sha256: sha256(target) }
}
