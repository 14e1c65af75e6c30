import type { FieldChange } from '../../shared/model'
import { appendAudit } from './audit'
import type { Actor } from './repository'
import type { Db } from './sqlcipher'

/** An accepted finding of the consistency checks (rule × entity). */
export interface CheckAck {
  ruleId: string
  entityId: string
  reason: string
  author: string
  at: string
}

interface AckRow {
  rule_id: string
  entity_id: string
  reason: string
  author: string
  at: string
}

const toAck = (r: AckRow): CheckAck => ({ ruleId: r.rule_id, entityId: r.entity_id, reason: r.reason, author: r.author, at: r.at })

export function listCheckAcks(db: Db): CheckAck[] {
  return (db.prepare('SELECT * FROM check_acks ORDER BY rule_id, entity_id').all() as AckRow[]).map(toAck)
}

function getCheckAck(db: Db, ruleId: string, entityId: string): CheckAck | null {
  const row = db.prepare('SELECT * FROM check_acks WHERE rule_id = ? AND entity_id = ?').get(ruleId, entityId) as AckRow | undefined
  return row ? toAck(row) : null
}

/**
 * Records (or replaces) an acknowledgement with its audit entry: entity "checks", the entity's id,
 * the rule id as the field and the reason before and after. Run inside a write transaction.
 */
export function acknowledgeFinding(db: Db, actor: Actor, ruleId: string, entityId: string, reason: string, now = new Date().toISOString()): CheckAck {
  const before = getCheckAck(db, ruleId, entityId)
  db.prepare(
    `INSERT INTO check_acks (rule_id, entity_id, reason, author, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (rule_id, entity_id) DO UPDATE SET reason = excluded.reason, author = excluded.author, at = excluded.at`
  ).run(ruleId, entityId, reason, actor.author, now)
  const change: FieldChange = { field: ruleId, before: before?.reason ?? null, after: reason }
  appendAudit(db, { author: actor.author, entity: 'checks', entityId, action: 'update', changes: [change] }, now)
  return { ruleId, entityId, reason, author: actor.author, at: now }
}

/** Removes an acknowledgement; false when there was none (nothing is audited then). */
export function unacknowledgeFinding(db: Db, actor: Actor, ruleId: string, entityId: string, now = new Date().toISOString()): boolean {
  const before = getCheckAck(db, ruleId, entityId)
  if (!before) return false
  db.prepare('DELETE FROM check_acks WHERE rule_id = ? AND entity_id = ?').run(ruleId, entityId)
  appendAudit(db, { author: actor.author, entity: 'checks', entityId, action: 'update', changes: [{ field: ruleId, before: before.reason, after: null }] }, now)
  return true
}

/** When each field of these entities last changed (by an update), from the entity rows. */
export function fieldChangeTimes(db: Db, ids: readonly string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>()
  if (ids.length === 0) return out
  const rows = db.prepare('SELECT id, field_times FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: string; field_times: string }>
  for (const r of rows) out.set(r.id, JSON.parse(r.field_times) as Record<string, string>)
  return out
}

/** True when an entity with this id exists (any kind). */
export function entityExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM entities WHERE id = ?').get(id) !== undefined
}
