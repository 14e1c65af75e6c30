import type { ListQuery } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { RegistryKind } from '../../shared/model/registry'
import { contentHead, exportEntities, exportEntitiesByRid, exportEntityOrder, getOrganisation, listEntities, type Db } from '../workspace'
import { yieldToEventLoop } from './model'
import { snapshotOf, type Entity, type Snapshot, type SnapshotData } from './snapshot'

export type { Entity, Snapshot, SnapshotData } from './snapshot'

export type Scope = { type: 'all' } | { type: 'filter'; query: Required<ListQuery> } | { type: 'ids'; ids: readonly string[] }

/** The organisation, every entity and the content head, read in one go (see Snapshot). */
export function collectData(db: Db): SnapshotData {
  return { organisation: getOrganisation(db), head: contentHead(db), entities: exportEntities(db) }
}

export function collect(db: Db): Snapshot {
  return snapshotOf(collectData(db))
}

/** Reads from the workspace an export started in (throws once it is locked or another one is open). */
export type Reader = <T>(fn: (db: Db) => T) => T

/** Entities one query of collectDataInSlices reads. */
export const COLLECT_SLICE = 1000

/**
 * collectData without one long block of the event loop: the order of the entities from the index
 * alone, then their documents COLLECT_SLICE at a time, with other calls served in between. A change
 * in between would mix two states, so the content head is compared before and after; on a change
 * the read starts again, and the third attempt reads everything in one go.
 */
export async function collectDataInSlices(read: Reader, slice = COLLECT_SLICE): Promise<SnapshotData> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { organisation, head, order } = read((db) => ({ organisation: getOrganisation(db), head: contentHead(db), order: exportEntityOrder(db) }))
    const byRid = new Map<number, Entity>()
    for (let from = 0; from < order.length; from += slice) {
      await yieldToEventLoop()
      for (const [rid, entity] of read((db) => exportEntitiesByRid(db, order.slice(from, from + slice)))) byRid.set(rid, entity)
    }
    if (read((db) => contentHead(db).head) === head.head && byRid.size === order.length) return { organisation, head, entities: order.map((rid) => byRid.get(rid)!) }
  }
  return read(collectData)
}

/**
 * The entries of a registry a scope selects, in document order: ref order for the whole register
 * and for chosen ids, the view's own sort order for a filter. Archived entries only when asked
 * for: `includeArchived`, or a filter whose own `archived` setting includes them.
 */
export function selectIds(db: Db, snapshot: Snapshot, kind: RegistryKind, scope: Scope, includeArchived: boolean): string[] {
  const keep = (e: Entity): boolean => includeArchived || e.archivedAt === null
  if (scope.type === 'all') return snapshot.ofKind(kind).filter(keep).map((e) => e.id)
  if (scope.type === 'ids') {
    const wanted = new Set(scope.ids)
    for (const id of wanted) {
      const e = snapshot.byId.get(id)
      if (!e || e.registry !== kind) throw new DomainError('NOT_FOUND', { id })
    }
    return snapshot.ofKind(kind).filter((e) => wanted.has(e.id) && keep(e)).map((e) => e.id)
  }
  const archived = scope.query.archived === 'exclude' && includeArchived ? 'include' : scope.query.archived
  const ids: string[] = []
  const PAGE = 20_000
  for (let offset = 0; ; offset += PAGE) {
    const page = listEntities(db, kind, { ...scope.query, archived, offset, limit: PAGE })
    ids.push(...page.rows.map((r) => r.id))
    if (page.rows.length < PAGE) break
  }
  return ids
}
