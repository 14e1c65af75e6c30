import { randomUUID } from 'node:crypto'
import { DomainError, type Issue } from '../../shared/errors'
import { Organisation } from '../../shared/model'
import { registries, type RegistryKind } from '../../shared/model/registry'
import { appendAudit } from './audit'
import { createdFields } from './fields'
import { isSqliteError, keyFailure, preflight } from './preflight'
import { getEntity, writeLinks, writeSearch, type Actor, type EntityDoc } from './repository'
import { connect, type Db } from './sqlcipher'
import { verifyWorkspaceFile } from './store'

type Doc = Record<string, unknown>

/** The entity of a kind with this reference (VT-0001), if any; case-insensitive. */
export function findByRef(db: Db, kind: RegistryKind, ref: string): EntityDoc | null {
  const row = db.prepare('SELECT id FROM entities WHERE kind = ? AND ref = ? COLLATE NOCASE LIMIT 1').get(kind, ref) as { id: string } | undefined
  return row ? getEntity(db, kind, row.id) : null
}

export interface ImportedMeta {
  /** Taken as given when it has the kind's prefix and is free; else the next reference is assigned. */
  ref?: string
  version?: number
  createdAt?: string
  updatedAt?: string
  archivedAt?: string | null
}

function validated(kind: RegistryKind, doc: Doc): Doc {
  const result = registries[kind].input.safeParse(doc)
  if (!result.success) {
    const issues: Issue[] = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new DomainError('VALIDATION', { details: issues.map((i) => `${i.path}: ${i.message}`).join('; ') }, issues)
  }
  const out: Doc = {}
  for (const key of Object.keys(registries[kind].input.shape)) if (key in result.data) out[key] = (result.data as Doc)[key]
  return out
}

function takeRef(db: Db, kind: RegistryKind, wanted: string | undefined): string {
  const prefix = registries[kind].refPrefix
  const match = wanted ? new RegExp(`^${prefix}-(\\d{1,9})$`).exec(wanted) : null
  if (match && !db.prepare('SELECT 1 FROM entities WHERE ref = ? AND kind = ?').get(wanted, kind)) {
    const n = Number(match[1])
    db.prepare('INSERT INTO ref_counters (kind, next) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET next = max(next, excluded.next)').run(kind, n + 1)
    return wanted!
  }
  const row = db
    .prepare('INSERT INTO ref_counters (kind, next) VALUES (?, 2) ON CONFLICT (kind) DO UPDATE SET next = next + 1 RETURNING next - 1 AS n')
    .get(kind) as { n: number }
  return `${prefix}-${String(row.n).padStart(4, '0')}`
}

/**
 * Creates an entity from an import, keeping the reference, version and timestamps the source
 * gave (a JSON export, another workspace) so a re-export reads the same. Audited as a create.
 */
export function insertImportedEntity(db: Db, actor: Actor, kind: RegistryKind, input: Doc, meta: ImportedMeta = {}, now = new Date().toISOString()): EntityDoc {
  const data = validated(kind, input)
  const id = randomUUID()
  const ref = takeRef(db, kind, meta.ref)
  const createdAt = meta.createdAt ?? now
  const updatedAt = meta.updatedAt ?? createdAt
  const archivedAt = meta.archivedAt ?? null
  const { lastInsertRowid } = db
    .prepare('INSERT INTO entities (id, kind, ref, name, data, version, created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, kind, ref, String(data.name), JSON.stringify(data), meta.version ?? 1, createdAt, updatedAt, archivedAt)
  writeLinks(db, kind, id, data)
  writeSearch(db, kind, Number(lastInsertRowid), id, ref, data)
  const changes = [{ field: 'ref', before: null, after: ref }, ...createdFields(data)]
  if (archivedAt) changes.push({ field: 'archivedAt', before: null, after: archivedAt })
  appendAudit(db, { author: actor.author, entity: kind, entityId: id, action: 'create', changes }, now)
  return getEntity(db, kind, id)
}

export interface WorkspaceSnapshot {
  organisation: Organisation
  entities: Array<{ kind: RegistryKind; doc: EntityDoc }>
}

interface Row {
  id: string
  kind: string
  ref: string
  data: string
  version: number
  created_at: string
  updated_at: string
  archived_at: string | null
}

/**
 * Reads every entity and the organisation of another workspace file without writing to it: the
 * file is checked like a backup first (no lock kept, no WAL switch, no migration), then read with
 * a separate connection that only runs SELECTs and is closed again.
 */
export function readSnapshot(file: string, passphrase: string): WorkspaceSnapshot {
  verifyWorkspaceFile(file, passphrase)
  const facts = preflight(file)
  const db = connect(file, passphrase, { mustExist: true, readonly: true })
  try {
    let rows: Row[]
    try {
      rows = db.prepare('SELECT id, kind, ref, data, version, created_at, updated_at, archived_at FROM entities ORDER BY rid').all() as Row[]
    } catch (error) {
      if (isSqliteError(error, 'SQLITE_NOTADB')) throw keyFailure(facts)
      if (isSqliteError(error, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw new DomainError('ALREADY_OPEN')
      throw error
    }
    const org = db.prepare('SELECT data FROM organisation WHERE id = 1').get() as { data: string } | undefined
    if (!org) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.noSchema' })
    return {
      organisation: Organisation.parse(JSON.parse(org.data)),
      entities: rows.map((r) => ({
        kind: r.kind as RegistryKind,
        doc: { id: r.id, ref: r.ref, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, archivedAt: r.archived_at, ...(JSON.parse(r.data) as Doc) }
      }))
    }
  } finally {
    db.close()
  }
}

/** The content head: the audit count, to tell whether an import wrote anything. */
export function auditCount(db: Db): number {
  return Number((db.prepare("SELECT value FROM meta WHERE key = 'audit_count'").get() as { value: string } | undefined)?.value ?? 0)
}
