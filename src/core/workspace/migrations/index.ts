import { createHash } from 'node:crypto'
import type { Db } from '../sqlcipher'
import { initial } from './0010-initial'
import { catalogEntries } from './0020-catalog-entries'
import { checkAcknowledgements } from './0030-check-acknowledgements'
import { exportLog } from './0040-export-log'
import { listIndexes } from './0050-list-indexes'
import { substringSearch } from './0070-substring-search'
import { assessments } from './0060-assessments'
import { fieldTimes } from './0080-field-times'

export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/**
 * The explicit, ordered list of schema versions. Forward only: a shipped migration is never
 * edited (its checksum is stored in the file and compared on every open).
 */
export const migrations: readonly Migration[] = [
  { version: 10, name: 'initial', sql: initial },
  { version: 20, name: 'catalog-entries', sql: catalogEntries },
  { version: 30, name: 'check-acknowledgements', sql: checkAcknowledgements },
  { version: 40, name: 'export-log', sql: exportLog },
  { version: 50, name: 'list-indexes', sql: listIndexes },
  { version: 60, name: 'assessments', sql: assessments },
  { version: 70, name: 'substring-search', sql: substringSearch },
  { version: 80, name: 'field-times', sql: fieldTimes }
]

export const latestVersion = (list: readonly Migration[] = migrations): number => list[list.length - 1]?.version ?? 0

export function checksum(migration: Migration): string {
  return createHash('sha256').update(`${migration.version}\n${migration.name}\n${migration.sql}`).digest('hex')
}

export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1].version) throw new Error(`migration ${m.version} is not after ${list[i - 1].version}`)
  })
}

export interface AppliedMigration {
  version: number
  name: string
  checksum: string
  appliedAt: string
}

export function appliedMigrations(db: Db): AppliedMigration[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get()
  if (!exists) return []
  return db.prepare('SELECT version, name, checksum, applied_at AS appliedAt FROM migrations ORDER BY version').all() as AppliedMigration[]
}

/** Runs each pending migration in its own transaction together with its user_version bump. */
export function migrate(db: Db, list: readonly Migration[] = migrations): number[] {
  assertOrdered(list)
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`)
  const current = Number(db.pragma('user_version', { simple: true }))
  const ran: number[] = []
  for (const migration of list) {
    if (migration.version <= current) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
        migration.version,
        migration.name,
        checksum(migration),
        new Date().toISOString()
      )
      db.pragma(`user_version=${migration.version}`)
    })()
    ran.push(migration.version)
  }
  return ran
}

/** The applied migrations must be exactly the known ones, unchanged. Returns the first mismatch. */
export function checksumMismatch(db: Db, list: readonly Migration[] = migrations): number | null {
  const known = new Map(list.map((m) => [m.version, checksum(m)]))
  for (const applied of appliedMigrations(db)) {
    if (known.get(applied.version) !== applied.checksum) return applied.version
  }
  return null
}
