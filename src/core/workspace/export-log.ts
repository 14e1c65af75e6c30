import type { ExportLogEntry } from '../../shared/exports'
import type { AuditEntry, FieldChange } from '../../shared/model'
import { appendAudit, GENESIS } from './audit'
import type { RegistryKind } from '../../shared/model/registry'
import type { Actor, EntityDoc } from './repository'
import type { Db } from './sqlcipher'

/** Audit entries of this entity record exports; they change nothing in the register. */
export const EXPORTS_ENTITY = 'exports'

/**
 * The head of the audit chain as far as content is concerned: the last entry that is not an
 * export-log entry. Two exports of the same state name the same head, so exporting twice gives
 * the same document. `seq` 0 and the genesis hash when nothing has been recorded yet.
 */
export function contentHead(db: Db): { head: string; seq: number } {
  const row = db.prepare('SELECT seq, hash FROM audit WHERE entity <> ? ORDER BY seq DESC LIMIT 1').get(EXPORTS_ENTITY) as { seq: number; hash: string } | undefined
  return row ? { head: row.hash, seq: row.seq } : { head: GENESIS, seq: 0 }
}

/** The sequence number of the audit entry with this hash (0 for the genesis hash), or null. */
export function auditSeqOf(db: Db, hash: string): number | null {
  if (hash === GENESIS) return 0
  const row = db.prepare('SELECT seq FROM audit WHERE hash = ?').get(hash) as { seq: number } | undefined
  return row?.seq ?? null
}

/** The hash of the audit entry with this sequence number (the genesis hash for 0), or null. */
export function auditHashAt(db: Db, seq: number): string | null {
  if (seq === 0) return GENESIS
  const row = db.prepare('SELECT hash FROM audit WHERE seq = ?').get(seq) as { hash: string } | undefined
  return row?.hash ?? null
}

/** The content entries after `seq` up to `untilSeq` (inclusive), oldest first; export-log entries left out. */
export function auditEntriesAfter(db: Db, seq: number, untilSeq: number): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit WHERE seq > ? AND seq <= ? AND entity <> ? ORDER BY seq')
    .all(seq, untilSeq, EXPORTS_ENTITY) as Array<{ seq: number; at: string; author: string; entity: string; entity_id: string; action: AuditEntry['action']; changes: string; prev_hash: string; hash: string }>
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    author: r.author,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    changes: JSON.parse(r.changes) as FieldChange[],
    prevHash: r.prev_hash,
    hash: r.hash
  }))
}

interface ExportLogRow {
  id: string
  at: string
  author: string
  what: ExportLogEntry['what']
  format: string
  lang: ExportLogEntry['lang']
  regime: ExportLogEntry['regime']
  depth: string | null
  scope: string
  audit_head: string
  sha256: string
  bytes: number
}

const toEntry = (r: ExportLogRow): ExportLogEntry => ({
  id: r.id,
  at: r.at,
  author: r.author,
  what: r.what,
  format: r.format,
  lang: r.lang,
  regime: r.regime,
  depth: r.depth,
  scope: JSON.parse(r.scope) as Record<string, unknown>,
  auditHead: r.audit_head,
  sha256: r.sha256,
  bytes: r.bytes
})

/**
 * Records an export and its audit entry (entity 'exports', action 'create'). Must run inside the
 * caller's write transaction, so the row and its audit entry are committed together.
 */
export function insertExportLog(db: Db, actor: Actor, entry: Omit<ExportLogEntry, 'author'>): ExportLogEntry {
  const row = { ...entry, author: actor.author }
  db.prepare(
    `INSERT INTO export_log (id, at, author, what, format, lang, regime, depth, scope, audit_head, sha256, bytes)
     VALUES (@id, @at, @author, @what, @format, @lang, @regime, @depth, @scope, @auditHead, @sha256, @bytes)`
  ).run({ ...row, scope: JSON.stringify(row.scope) })
  const changes: FieldChange[] = (['what', 'format', 'lang', 'regime', 'depth', 'scope', 'auditHead', 'sha256', 'bytes'] as const)
    .filter((field) => row[field] !== null)
    .map((field) => ({ field, before: null, after: row[field] }))
  appendAudit(db, { author: actor.author, entity: EXPORTS_ENTITY, entityId: row.id, action: 'create', changes }, row.at)
  return row
}

/** The export log, newest first. */
export function listExportLog(db: Db, limit = 1000): ExportLogEntry[] {
  return (db.prepare('SELECT * FROM export_log ORDER BY at DESC, rowid DESC LIMIT ?').all(limit) as ExportLogRow[]).map(toEntry)
}

export function getExportLog(db: Db, id: string): ExportLogEntry | null {
  const row = db.prepare('SELECT * FROM export_log WHERE id = ?').get(id) as ExportLogRow | undefined
  return row ? toEntry(row) : null
}

/** The last export of a kind (what, and regime when given); change reports themselves never count. */
export function lastExportLog(db: Db, what?: ExportLogEntry['what'], regime?: ExportLogEntry['regime']): ExportLogEntry | null {
  const row = db
    .prepare(
      `SELECT * FROM export_log WHERE what <> 'changes' AND (@what IS NULL OR what = @what) AND (@regime IS NULL OR regime = @regime)
       ORDER BY at DESC, rowid DESC LIMIT 1`
    )
    .get({ what: what ?? null, regime: regime ?? null }) as ExportLogRow | undefined
  return row ? toEntry(row) : null
}

type ExportRow = { id: string; kind: RegistryKind; ref: string; data: string; version: number; created_at: string; updated_at: string; archived_at: string | null }
type ExportEntity = EntityDoc & { registry: RegistryKind }

const exportEntity = (r: ExportRow): ExportEntity => ({
  ...(JSON.parse(r.data) as Record<string, unknown>),
  id: r.id,
  ref: r.ref,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  registry: r.kind
})

/**
 * Every entity of every kind (archived ones too) with its registry, in ref order: the snapshot an
 * export is made from. `registry` is separate because recipients and systems have a `kind` field.
 */
export function exportEntities(db: Db): ExportEntity[] {
  const rows = db.prepare('SELECT id, kind, ref, data, version, created_at, updated_at, archived_at FROM entities ORDER BY kind, length(ref), ref').all() as ExportRow[]
  return rows.map(exportEntity)
}

/** The row ids of every entity in the order of exportEntities (the index entities_kind_ref_order alone answers it). */
export function exportEntityOrder(db: Db): number[] {
  return db.prepare('SELECT rid FROM entities ORDER BY kind, length(ref), ref').pluck().all() as number[]
}

/** The entities with these row ids, as exportEntities gives them, keyed by row id: exportEntities in slices. */
export function exportEntitiesByRid(db: Db, rids: readonly number[]): Map<number, ExportEntity> {
  const rows = db
    .prepare('SELECT rid, id, kind, ref, data, version, created_at, updated_at, archived_at FROM entities WHERE rid IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(rids)) as Array<ExportRow & { rid: number }>
  return new Map(rows.map((r) => [r.rid, exportEntity(r)]))
}
