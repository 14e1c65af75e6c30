import type { ListQuery } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { Organisation } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import { usesSwissTerminology } from '../terminology'
import { contentHead, exportEntities, getOrganisation, listEntities, type Db, type EntityDoc } from '../workspace'

/** An entity with its registry (`registry`; recipients and systems have a `kind` field of their own). */
export type Entity = EntityDoc & { registry: RegistryKind }

/**
 * Everything a document is made from, read once in one go: the organisation, every entity of
 * every kind (archived ones too, so links to them still resolve to names) and the content head of
 * the audit chain. Rendering works on this snapshot only, so it may take its time.
 */
export interface Snapshot {
  readonly organisation: Organisation
  readonly swiss: boolean
  readonly head: { readonly head: string; readonly seq: number }
  readonly byId: ReadonlyMap<string, Entity>
  /** The entities of a kind in ref order. */
  ofKind(kind: RegistryKind): readonly Entity[]
}

export type Scope = { type: 'all' } | { type: 'filter'; query: Required<ListQuery> } | { type: 'ids'; ids: readonly string[] }

export function collect(db: Db): Snapshot {
  const organisation = getOrganisation(db)
  const all = exportEntities(db)
  const byId = new Map(all.map((e) => [e.id, e]))
  const byKind = new Map<RegistryKind, Entity[]>()
  for (const e of all) {
    const list = byKind.get(e.registry) ?? []
    list.push(e)
    byKind.set(e.registry, list)
  }
  return { organisation, swiss: usesSwissTerminology(organisation), head: contentHead(db), byId, ofKind: (kind) => byKind.get(kind) ?? [] }
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
