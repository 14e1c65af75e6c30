import type { Organisation, Regime } from '../../shared/model'
import { registries, registryKinds, type RegistryKind } from '../../shared/model/registry'
import type { EntityDoc } from '../workspace'
import type { AnyEntity, Entities, FieldTimes, Snapshot } from './types'

/** A stored document with its registry (kept apart: recipients and systems have a field "kind" of their own). */
export type RawEntity = { kind: RegistryKind; doc: EntityDoc }
/** Field times per entity id, as plain pairs (they cross to the worker as they are). */
export type RawFieldTimes = Array<[string, FieldTimes]>

const defaults = new Map<RegistryKind, Record<string, unknown>>()

/**
 * The input defaults of a kind. Stored documents were validated when written, but a document from
 * before a field existed lacks it; filling the top-level defaults is far cheaper than a parse.
 */
function defaultsOf(kind: RegistryKind): Record<string, unknown> {
  let d = defaults.get(kind)
  if (!d) {
    const { name: _name, ...rest } = registries[kind].input.parse({ name: 'x' }) as Record<string, unknown>
    defaults.set(kind, (d = rest))
  }
  return d
}

/** The link fields of each kind, split once: ["dataCategoryIds"] or ["transfers", "recipientId"]. */
const linkFields = new Map<RegistryKind, Array<[string, string | undefined]>>(
  registryKinds.map((kind) => [kind, registries[kind].links.map(({ path }) => path.split('[].') as [string, string | undefined])])
)

/** The ids an entity links to (the fields of shared/model/registry), without validation. */
function linked(kind: RegistryKind, entity: Record<string, unknown>): string[] {
  const out: string[] = []
  for (const [list, inner] of linkFields.get(kind) ?? []) {
    const value = entity[list]
    if (Array.isArray(value)) {
      for (const item of value) {
        const id = inner === undefined ? item : (item as Record<string, unknown> | null)?.[inner]
        if (typeof id === 'string') out.push(id)
      }
    } else if (typeof value === 'string') out.push(value)
  }
  return out
}

/** Builds the rules' view of the workspace from loaded documents; pure, so tests can feed it directly. */
export function buildSnapshot(organisation: Organisation, docs: readonly RawEntity[], fieldTimes: RawFieldTimes, today: string): Snapshot {
  const active = Object.fromEntries(registryKinds.map((k) => [k, [] as AnyEntity[]])) as { [K in RegistryKind]: Entities[K][] }
  const byId = new Map<string, { kind: RegistryKind; entity: AnyEntity }>()
  const archived = new Set<string>()
  for (const { kind, doc } of docs) {
    // The document is a fresh object of the loader: fill missing fields in place (cheaper than a copy).
    const d = doc as Record<string, unknown>
    for (const [key, value] of Object.entries(defaultsOf(kind))) if (!(key in d)) d[key] = value
    const entity = doc as unknown as AnyEntity
    byId.set(entity.id, { kind, entity })
    if (entity.archivedAt === null) (active[kind] as AnyEntity[]).push(entity)
    else archived.add(entity.id)
  }

  // Direct use only (activity → recipient, not activity → system → TOM), so that the checks of one
  // entity, which load its neighbours only, see the same regimes as a full run.
  const usedUnder = new Map<string, Set<Regime>>()
  const use = (kind: RegistryKind, entity: AnyEntity, regimes: readonly Regime[]): void => {
    for (const id of linked(kind, entity as unknown as Record<string, unknown>)) {
      let set = usedUnder.get(id)
      if (!set) usedUnder.set(id, (set = new Set()))
      for (const r of regimes) set.add(r)
    }
  }
  for (const a of active.activities) use('activities', a, a.regimes.length > 0 ? a.regimes : organisation.regimes)
  for (const p of active.processorActivities) use('processorActivities', p, organisation.regimes)

  return { organisation, today, active, byId, archived, usedUnder, fieldTimes: new Map(fieldTimes) }
}

/** Approved activities changed after they were created: only their field times are loaded. */
export function approvalCandidates(docs: readonly RawEntity[]): string[] {
  return docs
    .filter(({ kind, doc }) => kind === 'activities' && doc.archivedAt === null && doc.status === 'approved' && doc.updatedAt > doc.createdAt)
    .map(({ doc }) => doc.id)
}
