import type { InputOf } from '../../../../../shared/api'
import type { MergeCandidate, MergeResolution } from '../../../../../shared/imports'
import type { RegistryKind } from '../../../../../shared/model'

export type Selection = InputOf<'imports.merge'>['selection']

/** One candidate in state maps and as a React key: the same id could in theory occur in two kinds. */
export const keyOf = (c: Pick<MergeCandidate, 'kind' | 'id'>): string => `${c.kind}:${c.id}`

/** The decisions a candidate can get: there is nothing to overwrite for a new one. */
export function resolutionsFor(status: MergeCandidate['status']): readonly MergeResolution[] {
  if (status === 'new') return ['copy', 'skip']
  if (status === 'identical') return ['skip', 'copy']
  return ['skip', 'overwrite', 'copy']
}

/** New ones are copied; identical ones and conflicts are left as they are until the user decides. */
export const defaultResolution = (status: MergeCandidate['status']): MergeResolution => (status === 'new' ? 'copy' : 'skip')

/** What "select all" takes: everything shown except archived entries (they can be ticked one by one). */
export const selectable = (c: MergeCandidate): boolean => !c.archived

/** The candidates grouped by registry, in the order of `kinds`. */
export function byKind(candidates: readonly MergeCandidate[], kinds: readonly RegistryKind[]): Array<{ kind: RegistryKind; items: MergeCandidate[] }> {
  return kinds.map((kind) => ({ kind, items: candidates.filter((c) => c.kind === kind) })).filter((g) => g.items.length > 0)
}

/** The imports.merge selection: the ticked candidates with their decision (or its default). */
export function selectionOf(candidates: readonly MergeCandidate[], ticked: ReadonlySet<string>, decisions: Readonly<Record<string, MergeResolution>>): Selection {
  return candidates
    .filter((c) => ticked.has(keyOf(c)))
    .map((c) => ({ kind: c.kind, id: c.id, resolution: decisions[keyOf(c)] ?? defaultResolution(c.status) }))
}
