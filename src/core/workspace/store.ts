import { createHash } from 'node:crypto'
import { closeSync, copyFileSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { DomainError } from '../../shared/errors'
import { auditHead, verifyAudit } from './audit'
import { appliedMigrations, checksumMismatch, latestVersion, migrate, migrations as defaultMigrations, type Migration } from './migrations'
import { isSqliteError, keyFailure, PAGE_SIZE, preflight } from './preflight'
import { applyRuntimePragmas, cipherSettings, connect, enableWal, enlargeCache, rekey, type Db } from './sqlcipher'

export interface OpenOptions {
  /** For tests of the migration machinery; the app always uses the shipped list. */
  migrations?: readonly Migration[]
  /**
   * The seal this device recorded when it last closed the file, and when every page was last
   * checked. A file whose seal still matches, checked within FULL_CHECK_DAYS, opens without the
   * full page check.
   */
  trusted?: TrustedState | null
  now?: Date
}

/** Cheap identity of a closed file's bytes: page 1 changes with every commit. */
export interface FileSeal {
  size: number
  mtimeMs: number
  /** SHA-256 over the first and the last page. */
  digest: string
}

export interface TrustedState {
  seal: FileSeal
  checkedAt: string
}

/** Every page is checked at least this often, even of a file only ever closed cleanly. */
export const FULL_CHECK_DAYS = 7

export interface OpenedWorkspace {
  db: Db
  file: string
  schemaVersion: number
  /** The copy taken before migrating an older file, if any. */
  backupBeforeMigration: string | null
  /** When every page of this file was last read and authenticated (at this open, or earlier). */
  checkedAt: string
  /** 'full': every page was checked at this open; 'sealed': the file was as this device left it. */
  pageCheck: 'full' | 'sealed'
}

function damaged(reason: string): DomainError {
  return new DomainError('DAMAGED', { reason })
}

/** Reads page 1 with the key; this is where a wrong passphrase or a locked file shows. */
function probe(db: Db, size: number): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_NOTADB')) throw keyFailure({ size })
    if (isSqliteError(error, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw new DomainError('ALREADY_OPEN')
    if (isSqliteError(error, 'SQLITE_CORRUPT')) throw damaged('reason.integrity')
    throw error
  }
}

/** Reads every page: each read checks the page's HMAC, so flipped bits anywhere are found. */
function quickCheck(db: Db): void {
  let result: unknown
  try {
    result = db.pragma('quick_check', { simple: true })
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_IOERR')) throw damaged('reason.integrity')
    throw error
  }
  if (result !== 'ok') throw damaged('reason.integrity')
}

export function sealOf(file: string): FileSeal {
  const { size, mtimeMs } = statSync(file)
  const hash = createHash('sha256')
  const page = Buffer.alloc(PAGE_SIZE)
  const fd = openSync(file, 'r')
  try {
    for (const position of new Set([0, Math.max(0, size - PAGE_SIZE)])) hash.update(page.subarray(0, readSync(fd, page, 0, PAGE_SIZE, position)))
  } finally {
    closeSync(fd)
  }
  return { size, mtimeMs, digest: hash.digest('hex') }
}

/**
 * Whether the full page check may be skipped: the file is byte for byte as this device closed
 * it (no journal left behind, same seal) and its pages were all checked recently. SQLCipher still
 * authenticates every page it reads, so damage elsewhere surfaces as DAMAGED on first read and
 * can never be written over silently; the full check catches it early, at least weekly.
 */
function stillTrusted(file: string, walExists: boolean, trusted: TrustedState | null | undefined, now: Date): boolean {
  if (!trusted || walExists) return false
  const age = now.getTime() - Date.parse(trusted.checkedAt)
  if (!(age >= 0 && age < FULL_CHECK_DAYS * 86_400_000)) return false
  const seal = sealOf(file)
  return seal.size === trusted.seal.size && seal.mtimeMs === trusted.seal.mtimeMs && seal.digest === trusted.seal.digest
}

function takeLock(db: Db): void {
  try {
    // An empty write transaction takes the EXCLUSIVE lock now, without changing a byte.
    db.exec('BEGIN IMMEDIATE; COMMIT')
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw new DomainError('ALREADY_OPEN')
    throw error
  }
}

/**
 * Opens an existing workspace. Until the file is known to be a healthy workspace of a version we
 * understand, nothing is written: every refusal leaves the file byte-identical.
 */
export function openWorkspace(file: string, passphrase: string, options: OpenOptions = {}): OpenedWorkspace {
  const list = options.migrations ?? defaultMigrations
  const facts = preflight(file)
  const walExists = existsSync(`${file}-wal`)
  const now = options.now ?? new Date()
  const sealed = stillTrusted(file, walExists, options.trusted, now)
  const db = connect(file, passphrase, { mustExist: true })
  try {
    applyRuntimePragmas(db)
    probe(db, facts.size)
    const hasSchema = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get()
    if (!hasSchema) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.noSchema' })
    const fileVersion = Number(db.pragma('user_version', { simple: true }))
    const appVersion = latestVersion(list)
    if (fileVersion > appVersion) throw new DomainError('NEWER_VERSION', { fileVersion, appVersion })
    if (!walExists && facts.size % PAGE_SIZE !== 0) throw damaged('reason.truncated')
    if (!sealed) quickCheck(db)
    if (checksumMismatch(db, list) !== null) throw damaged('reason.migrationChecksum')
    takeLock(db)
    enableWal(db)
    enlargeCache(db)
    let backupBeforeMigration: string | null = null
    if (fileVersion < appVersion) {
      backupBeforeMigration = backupCopy(db, file, `pre-v${appVersion}`)
      migrate(db, list)
    }
    const checkedAt = sealed ? options.trusted!.checkedAt : now.toISOString()
    return { db, file, schemaVersion: appVersion, backupBeforeMigration, checkedAt, pageCheck: sealed ? 'sealed' : 'full' }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Checks that a file is a healthy workspace this version can open, without writing anything
 * (no WAL, no lock kept, no migration): for backups before they get their name, and restores.
 */
export function verifyWorkspaceFile(file: string, passphrase: string, options: OpenOptions = {}): void {
  const list = options.migrations ?? defaultMigrations
  const facts = preflight(file)
  const db = connect(file, passphrase, { mustExist: true })
  try {
    probe(db, facts.size)
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get()) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.noSchema' })
    const fileVersion = Number(db.pragma('user_version', { simple: true }))
    if (fileVersion > latestVersion(list)) throw new DomainError('NEWER_VERSION', { fileVersion, appVersion: latestVersion(list) })
    if (facts.size % PAGE_SIZE !== 0) throw damaged('reason.truncated')
    quickCheck(db)
    if (checksumMismatch(db, list) !== null) throw damaged('reason.migrationChecksum')
  } finally {
    db.close()
  }
}

/** Creates a new, empty workspace; never overwrites an existing file. */
export function createWorkspace(file: string, passphrase: string, options: OpenOptions = {}): OpenedWorkspace {
  if (existsSync(file)) throw new DomainError('FILE_EXISTS', { file })
  if (!existsSync(dirname(file))) throw new DomainError('FILE_NOT_FOUND', { file: dirname(file) })
  const list = options.migrations ?? defaultMigrations
  let db: Db
  try {
    db = connect(file, passphrase, { mustExist: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES' || isSqliteError(error, 'SQLITE_CANTOPEN')) throw new DomainError('PERMISSION_DENIED', { file })
    throw error
  }
  try {
    applyRuntimePragmas(db)
    takeLock(db)
    enableWal(db)
    enlargeCache(db)
    migrate(db, list)
    return { db, file, schemaVersion: latestVersion(list), backupBeforeMigration: null, checkedAt: (options.now ?? new Date()).toISOString(), pageCheck: 'full' }
  } catch (error) {
    // We made this file a moment ago and it holds nothing: leave no half-built workspace behind.
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    throw error
  }
}

/**
 * A byte copy of the encrypted file (after folding the WAL in), so it opens with the same
 * passphrase. Written next to the workspace with a timestamp; never overwrites.
 */
export function backupCopy(db: Db, file: string, label: string): string {
  db.pragma('wal_checkpoint(TRUNCATE)')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = `${file.replace(/\.dpo$/i, '')}.${label}.${stamp}.dpo`
  copyFileSync(file, target, 1 /* COPYFILE_EXCL */)
  return target
}

/** Rows changed in one session after which the search indexes are merged at close. */
export const TIDY_AFTER_CHANGES = 5000

/**
 * Every write adds small segments and delete markers to the full-text indexes; FTS5 merges them
 * only in part. After a session of many edits a substring search read 3.5 times the pages it
 * needs (2.3 ms instead of 0.9 ms for 10,000 activities), so closing such a session merges each
 * index into one segment (0.9 s then). A failure here must never stop the close.
 */
function tidySearchIndexes(db: Db): void {
  try {
    const changed = db.prepare('SELECT total_changes()').pluck().get() as number
    if (changed < TIDY_AFTER_CHANGES) return
    db.exec("INSERT INTO search(search) VALUES ('optimize'); INSERT INTO search_sub(search_sub) VALUES ('optimize')")
  } catch {
    // A tidier index is an optimisation; the data is complete without it.
  }
}

export function closeWorkspace(db: Db): void {
  if (!db.open) return
  try {
    tidySearchIndexes(db)
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

/**
 * SQLite3 Multiple Ciphers cannot rekey a WAL database, so the journal is switched to DELETE for
 * the rekey (all pages are rewritten under the new key in one transaction) and back afterwards.
 */
export function changePassphrase(db: Db, next: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('journal_mode=DELETE')
  try {
    rekey(db, next)
  } finally {
    enableWal(db)
  }
}

export function workspaceInfo(db: Db, file: string) {
  const counts: Record<string, number> = {}
  for (const row of db.prepare('SELECT kind, count(*) AS n FROM entities GROUP BY kind').all() as Array<{ kind: string; n: number }>) {
    counts[row.kind] = row.n
  }
  const { head, count } = auditHead(db)
  return {
    file,
    bytes: statSync(file).size,
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    appSchemaVersion: latestVersion(),
    cipher: cipherSettings(db),
    counts,
    auditEntries: count,
    auditHead: head,
    migrations: appliedMigrations(db)
  }
}

/** Full verification: SQLite integrity (which authenticates every page), foreign keys, audit chain. */
export function verifyWorkspace(db: Db) {
  let integrity: string[]
  try {
    integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check)
  } catch (error) {
    integrity = [String((error as Error).message)]
  }
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok'
  const cipherIntegrity = integrityOk ? [] : ['page authentication or structure failed']
  // On a damaged file the later checks may hit the damaged pages too: the report still comes back.
  const despiteDamage = <T>(check: () => T, failed: T): T => {
    try {
      return check()
    } catch (error) {
      if (integrityOk || !isSqliteError(error, 'SQLITE_CORRUPT', 'SQLITE_NOTADB')) throw error
      return failed
    }
  }
  const foreignKeys = despiteDamage(() => (db.pragma('foreign_key_check') as unknown[]).length, 0)
  const audit = despiteDamage(() => verifyAudit(db), { ok: false, entries: 0, head: '', brokenAt: null, reason: 'reason.integrity' })
  return { ok: integrityOk && foreignKeys === 0 && audit.ok, integrity: integrityOk ? [] : integrity, cipherIntegrity, foreignKeys, audit }
}
