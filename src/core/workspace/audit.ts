import { createHash } from 'node:crypto'
import type { AuditEntry, AuditVerification, FieldChange } from '../../shared/model'
import type { Db } from './sqlcipher'

/** The hash before the first entry: a fixed, documented value so any tool can recompute the chain. */
export const GENESIS = '0'.repeat(64)

interface AuditRow {
  seq: number
  at: string
  author: string
  entity: string
  entity_id: string
  action: AuditEntry['action']
  changes: string
  prev_hash: string
  hash: string
}

/** sha256 over the previous hash and every stored column, in a fixed order. */
export function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, row.seq, row.at, row.author, row.entity, row.entity_id, row.action, row.changes]))
    .digest('hex')
}

function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value ?? null
}

function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
}

export function auditHead(db: Db): { head: string; count: number } {
  return { head: getMeta(db, 'audit_head') ?? GENESIS, count: Number(getMeta(db, 'audit_count') ?? 0) }
}

/**
 * Appends one entry. Must run inside the caller's transaction, so the mutation and its record
 * are committed together or not at all. The head is kept in meta so a removed tail is detected.
 */
export function appendAudit(
  db: Db,
  entry: { author: string; entity: string; entityId: string; action: AuditEntry['action']; changes: FieldChange[] },
  at: string = new Date().toISOString()
): void {
  const { head, count } = auditHead(db)
  const seq = count + 1
  const row = { seq, at, author: entry.author, entity: entry.entity, entity_id: entry.entityId, action: entry.action, changes: JSON.stringify(entry.changes) }
  const hash = entryHash(head, row)
  db.prepare(
    'INSERT INTO audit (seq, at, author, entity, entity_id, action, changes, prev_hash, hash) VALUES (@seq, @at, @author, @entity, @entity_id, @action, @changes, @prev_hash, @hash)'
  ).run({ ...row, prev_hash: head, hash })
  setMeta(db, 'audit_head', hash)
  setMeta(db, 'audit_count', String(seq))
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    author: row.author,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    changes: JSON.parse(row.changes) as FieldChange[],
    prevHash: row.prev_hash,
    hash: row.hash
  }
}

export function auditHistory(db: Db, entity: string, entityId: string): AuditEntry[] {
  const rows = db.prepare('SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq').all(entity, entityId) as AuditRow[]
  return rows.map(toEntry)
}

export function auditPage(db: Db, offset: number, limit: number): { rows: AuditEntry[]; total: number } {
  const rows = db.prepare('SELECT * FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset) as AuditRow[]
  return { rows: rows.map(toEntry), total: auditHead(db).count }
}

/** Walks the whole chain: detects edited, removed, inserted or reordered entries and a cut tail. */
export function verifyAudit(db: Db): AuditVerification {
  const { head, count } = auditHead(db)
  let prev = GENESIS
  let expectedSeq = 1
  const fail = (brokenAt: number, reason: string): AuditVerification => ({ ok: false, entries: count, head, brokenAt, reason })
  for (const row of db.prepare('SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (row.seq !== expectedSeq) return fail(expectedSeq, 'reason.audit.sequence')
    if (row.prev_hash !== prev) return fail(row.seq, 'reason.audit.previousHash')
    if (entryHash(prev, row) !== row.hash) return fail(row.seq, 'reason.audit.contentHash')
    prev = row.hash
    expectedSeq++
  }
  if (expectedSeq - 1 !== count) return fail(expectedSeq, 'reason.audit.count')
  if (prev !== head) return fail(expectedSeq, 'reason.audit.head')
  return { ok: true, entries: count, head, brokenAt: null, reason: null }
}

export { getMeta, setMeta }
