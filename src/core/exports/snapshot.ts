import type { Organisation } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import { usesSwissTerminology } from '../terminology'
import type { EntityDoc } from '../workspace'

/** An entity with its registry (`registry`; recipients and systems have a `kind` field of their own). */
export type Entity = EntityDoc & { registry: RegistryKind }

/**
 * What a snapshot is made of, as plain data: it crosses to the render worker as it is
 * (src/core/worker), and both sides build the same Snapshot from it with snapshotOf.
 */
export interface SnapshotData {
  readonly organisation: Organisation
  readonly head: { readonly head: string; readonly seq: number }
  /** Every entity of every kind, archived ones too, in kind and ref order. */
  readonly entities: readonly Entity[]
}

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
  /** The data it was built from. */
  readonly data: SnapshotData
}

/** Builds the snapshot from its data; pure (no database), so the worker runs it too. */
export function snapshotOf(data: SnapshotData): Snapshot {
  const { organisation, head, entities } = data
  const byId = new Map(entities.map((e) => [e.id, e]))
  const byKind = new Map<RegistryKind, Entity[]>()
  for (const e of entities) {
    const list = byKind.get(e.registry) ?? []
    list.push(e)
    byKind.set(e.registry, list)
  }
  return { organisation, swiss: usesSwissTerminology(organisation), head, byId, ofKind: (kind) => byKind.get(kind) ?? [], data }
}
