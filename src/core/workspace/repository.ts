import { randomUUID } from 'node:crypto'
import { DomainError, type Issue } from '../../shared/errors'
import { linksOf, registries, type RegistryKind } from '../../shared/model/registry'
import type { ListQuery } from '../../shared/api'
import { appendAudit } from './audit'
import { createdFields, diffFields, searchText, textSearch } from './fields'
import type { Db } from './sqlcipher'

export interface Actor {
  author: string
}

type Doc = Record<string, unknown>
export type EntityDoc = Doc & { id: string; ref: string; version: number; createdAt: string; updatedAt: string; archivedAt: string | null }

interface EntityRow {
  rid: number
  id: string
  kind: string
  ref: string
  name: string
  data: string
  version: number
  created_at: string
  updated_at: string
  archived_at: string | null
}

function toDoc(row: EntityRow): EntityDoc {
  return {
    id: row.id,
    ref: row.ref,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    ...(JSON.parse(row.data) as Doc)
  }
}

/** The stored document: the input fields only, without the metadata the core owns. */
function dataOf(kind: RegistryKind, doc: Doc): Doc {
  const out: Doc = {}
  for (const key of Object.keys(registries[kind].input.shape)) if (key in doc) out[key] = doc[key]
  return out
}

function nextRef(db: Db, kind: RegistryKind): string {
  const row = db
    .prepare('INSERT INTO ref_counters (kind, next) VALUES (?, 2) ON CONFLICT (kind) DO UPDATE SET next = next + 1 RETURNING next - 1 AS n')
    .get(kind) as { n: number }
  return `${registries[kind].refPrefix}-${String(row.n).padStart(4, '0')}`
}

function loadRow(db: Db, kind: RegistryKind, id: string): EntityRow {
  const row = db.prepare('SELECT * FROM entities WHERE id = ? AND kind = ?').get(id, kind) as EntityRow | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return row
}

export function getEntity(db: Db, kind: RegistryKind, id: string): EntityDoc {
  return toDoc(loadRow(db, kind, id))
}

/** Every link must point at an existing entity of the right kind; otherwise the field is named. */
export function writeLinks(db: Db, kind: RegistryKind, id: string, data: Doc): void {
  db.prepare('DELETE FROM links WHERE from_id = ?').run(id)
  const check = db.prepare('SELECT kind FROM entities WHERE id = ?')
  const insert = db.prepare('INSERT OR IGNORE INTO links (from_id, path, to_id) VALUES (?, ?, ?)')
  for (const link of linksOf(kind, data)) {
    const target = check.get(link.id) as { kind: string } | undefined
    if (!target || target.kind !== link.target) throw new DomainError('BROKEN_LINK', { field: link.path, id: link.id })
    insert.run(id, link.path, link.id)
  }
}

const searchBody = (kind: RegistryKind, ref: string, data: Doc): string => `${ref}\n${searchText(data, registries[kind].searchable)}`
const linkSet = (kind: RegistryKind, data: Doc): string =>
  linksOf(kind, data)
    .map((l) => `${l.path}\u0000${l.id}`)
    .sort()
    .join('\u0001')

export function writeSearch(db: Db, kind: RegistryKind, rid: number, id: string, ref: string, data: Doc): void {
  db.prepare('DELETE FROM search WHERE rowid = ?').run(rid)
  const body = searchBody(kind, ref, data)
  db.prepare('INSERT INTO search (rowid, name, body, entity_id, kind) VALUES (?, ?, ?, ?, ?)').run(rid, String(data.name ?? ''), body, id, kind)
  db.prepare('DELETE FROM search_sub WHERE rowid = ?').run(rid)
  db.prepare('INSERT INTO search_sub (rowid, name, body) VALUES (?, ?, ?)').run(rid, String(data.name ?? ''), body)
}

/** Re-validates a merged document against the kind's input schema (patches must not bypass it). */
function validated(kind: RegistryKind, doc: Doc): Doc {
  const result = registries[kind].input.safeParse(doc)
  if (!result.success) {
    const issues: Issue[] = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new DomainError('VALIDATION', { details: issues.map((i) => `${i.path}: ${i.message}`).join('; ') }, issues)
  }
  return result.data as Doc
}

export function createEntity(db: Db, actor: Actor, kind: RegistryKind, input: Doc, now = new Date().toISOString()): EntityDoc {
  const data = dataOf(kind, validated(kind, input))
  const id = randomUUID()
  const ref = nextRef(db, kind)
  const { lastInsertRowid } = db
    .prepare('INSERT INTO entities (id, kind, ref, name, data, version, created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL)')
    .run(id, kind, ref, String(data.name), JSON.stringify(data), now, now)
  writeLinks(db, kind, id, data)
  writeSearch(db, kind, Number(lastInsertRowid), id, ref, data)
  appendAudit(db, { author: actor.author, entity: kind, entityId: id, action: 'create', changes: [{ field: 'ref', before: null, after: ref }, ...createdFields(data)] }, now)
  return getEntity(db, kind, id)
}

export function updateEntity(
  db: Db,
  actor: Actor,
  kind: RegistryKind,
  id: string,
  changes: Doc,
  expectedVersion?: number,
  now = new Date().toISOString()
): EntityDoc {
  const row = loadRow(db, kind, id)
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    throw new DomainError('VERSION_CONFLICT', { expected: expectedVersion, actual: row.version })
  }
  const before = JSON.parse(row.data) as Doc
  const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  const after = dataOf(kind, validated(kind, { ...before, ...patch }))
  const diff = diffFields(before, after)
  if (diff.length === 0) return toDoc(row)
  const times = JSON.stringify(Object.fromEntries(diff.map((d) => [d.field, now])))
  db.prepare('UPDATE entities SET name = ?, data = ?, version = version + 1, updated_at = ?, field_times = json_patch(field_times, ?) WHERE id = ?').run(
    String(after.name),
    JSON.stringify(after),
    now,
    times,
    id
  )
  // Most edits touch neither links nor searchable text; rewriting them anyway would write (and
  // encrypt) twice the pages. The link targets are still checked when they change.
  if (linkSet(kind, before) !== linkSet(kind, after)) writeLinks(db, kind, id, after)
  if (String(before.name) !== String(after.name) || searchBody(kind, row.ref, before) !== searchBody(kind, row.ref, after)) writeSearch(db, kind, row.rid, id, row.ref, after)
  appendAudit(db, { author: actor.author, entity: kind, entityId: id, action: 'update', changes: diff }, now)
  return getEntity(db, kind, id)
}

export function setArchived(db: Db, actor: Actor, kind: RegistryKind, ids: readonly string[], archived: boolean, now = new Date().toISOString()): number {
  let updated = 0
  for (const id of ids) {
    const row = loadRow(db, kind, id)
    if ((row.archived_at !== null) === archived) continue
    const value = archived ? now : null
    db.prepare('UPDATE entities SET archived_at = ?, version = version + 1, updated_at = ? WHERE id = ?').run(value, now, id)
    appendAudit(
      db,
      { author: actor.author, entity: kind, entityId: id, action: archived ? 'archive' : 'restore', changes: [{ field: 'archivedAt', before: row.archived_at, after: value }] },
      now
    )
    updated++
  }
  return updated
}

function sortExpression(kind: RegistryKind, field: string): string {
  if (!(registries[kind].sortable as readonly string[]).includes(field)) {
    throw new DomainError('VALIDATION', { details: `sort.field: ${field}` }, [{ path: 'sort.field', message: `not sortable: ${field}` }])
  }
  if (field === 'name') return 'e.name COLLATE NOCASE'
  if (field === 'updatedAt') return 'e.updated_at'
  return `json_extract(e.data, '$.${field}')`
}

/** The SQL of a registry list, apart so that its query plan can be tested (test/unit/query-plans). */
export function listSql(kind: RegistryKind, query: Required<ListQuery>): { count: string; page: string; params: unknown[] } {
  const where: string[] = ['e.kind = ?']
  const params: unknown[] = [kind]
  if (query.archived === 'exclude') where.push('e.archived_at IS NULL')
  if (query.archived === 'only') where.push('e.archived_at IS NOT NULL')
  const text = textSearch(query.query)
  if (text) {
    where.push(`e.rid IN (SELECT rowid FROM ${text.table} WHERE ${text.table} MATCH ?)`)
    params.push(text.match)
  }
  const specs = registries[kind].filters as ReadonlyArray<{ field: string; shape: string }>
  for (const [field, values] of Object.entries(query.filters)) {
    const spec = specs.find((f) => f.field === field)
    if (!spec) throw new DomainError('VALIDATION', { details: `filters.${field}` }, [{ path: `filters.${field}`, message: `not filterable: ${field}` }])
    if (values.length === 0) continue
    const path = `'$.${field}'`
    const present = values.filter((v) => v !== null).map((v) => (typeof v === 'boolean' ? Number(v) : v))
    const wantsNull = values.includes(null)
    const marks = present.map(() => '?').join(', ')
    const terms: string[] = []
    if (spec.shape === 'array') {
      if (present.length) terms.push(`EXISTS (SELECT 1 FROM json_each(e.data, ${path}) j WHERE j.value IN (${marks}))`)
      if (wantsNull) terms.push(`json_array_length(e.data, ${path}) = 0`)
    } else {
      if (present.length) terms.push(`json_extract(e.data, ${path}) IN (${marks})`)
      if (wantsNull) terms.push(`json_extract(e.data, ${path}) IS NULL`)
    }
    where.push(`(${terms.join(' OR ')})`)
    params.push(...present)
  }
  const clause = where.join(' AND ')
  const dir = query.sort.dir === 'desc' ? 'DESC' : 'ASC'
  // Reference order is the tie-breaker for every other order; sorted by reference it is the order.
  const order = query.sort.field === 'ref' ? `length(e.ref) ${dir}, e.ref ${dir}` : `${sortExpression(kind, query.sort.field)} ${dir}, length(e.ref), e.ref`
  return {
    count: `SELECT count(*) AS n FROM entities e WHERE ${clause}`,
    page: `SELECT e.* FROM entities e WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params
  }
}

export function listEntities(db: Db, kind: RegistryKind, query: Required<ListQuery>): { rows: EntityDoc[]; total: number } {
  const sql = listSql(kind, query)
  const total = (db.prepare(sql.count).get(...sql.params) as { n: number }).n
  const rows = db.prepare(sql.page).all(...sql.params, query.limit, query.offset) as EntityRow[]
  return { rows: rows.map(toDoc), total }
}

/** Who links to this entity, and through which field. */
export function usageOf(db: Db, id: string): Array<{ kind: RegistryKind; id: string; ref: string; name: string; path: string }> {
  return db
    .prepare('SELECT e.kind, e.id, e.ref, e.name, l.path FROM links l JOIN entities e ON e.id = l.from_id WHERE l.to_id = ? ORDER BY e.kind, length(e.ref), e.ref')
    .all(id) as Array<{ kind: RegistryKind; id: string; ref: string; name: string; path: string }>
}

export function searchAll(db: Db, query: string, limit: number) {
  const text = textSearch(query)
  if (!text) return []
  const t = text.table
  const rows = db
    .prepare(
      `SELECT e.kind, e.id, e.ref, e.name, e.archived_at, snippet(${t}, 1, '', '', '…', 10) AS snippet
       FROM ${t} s JOIN entities e ON e.rid = s.rowid
       WHERE ${t} MATCH ? ORDER BY e.archived_at IS NOT NULL, rank LIMIT ?`
    )
    .all(text.match, limit) as Array<{ kind: RegistryKind; id: string; ref: string; name: string; archived_at: string | null; snippet: string }>
  return rows.map((r) => ({ kind: r.kind, id: r.id, ref: r.ref, name: r.name, snippet: r.snippet, archived: r.archived_at !== null }))
}

/** The entity of a kind that carries a catalog key, if any (the oldest one). */
export function findByCatalogKey(db: Db, kind: RegistryKind, catalogKey: string): EntityDoc | null {
  const row = db
    .prepare("SELECT * FROM entities WHERE kind = ? AND json_extract(data, '$.catalogKey') = ? ORDER BY rid LIMIT 1")
    .get(kind, catalogKey) as EntityRow | undefined
  return row ? toDoc(row) : null
}

/** The entity of a kind with exactly this name, if any (case-insensitive). */
export function findByName(db: Db, kind: RegistryKind, name: string): EntityDoc | null {
  const row = db.prepare('SELECT * FROM entities WHERE kind = ? AND name = ? COLLATE NOCASE ORDER BY rid LIMIT 1').get(kind, name) as EntityRow | undefined
  return row ? toDoc(row) : null
}

/** Every entity of every kind, archived ones included, in one query: the snapshot of the consistency checks. */
export function allEntities(db: Db): Array<{ kind: RegistryKind; doc: EntityDoc }> {
  const rows = db.prepare('SELECT * FROM entities ORDER BY rid').all() as EntityRow[]
  return rows.map((row) => ({ kind: row.kind as RegistryKind, doc: toDoc(row) }))
}

/** An entity with everything it links to and everything that links to it (the checks of one entity). */
export function entityNeighbourhood(db: Db, id: string): Array<{ kind: RegistryKind; doc: EntityDoc }> {
  const rows = db
    .prepare(
      `SELECT * FROM entities WHERE id = @id
         OR id IN (SELECT to_id FROM links WHERE from_id = @id)
         OR id IN (SELECT from_id FROM links WHERE to_id = @id)
       ORDER BY rid`
    )
    .all({ id }) as EntityRow[]
  return rows.map((row) => ({ kind: row.kind as RegistryKind, doc: toDoc(row) }))
}
