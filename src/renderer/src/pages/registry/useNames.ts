import { useMemo } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { call } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'

export interface NameEntry {
  readonly kind: RegistryKind
  readonly id: string
  readonly ref: string
  readonly name: string
  readonly archived: boolean
}

async function loadNames(kinds: readonly RegistryKind[]): Promise<Map<string, NameEntry>> {
  const out = new Map<string, NameEntry>()
  const pages = await Promise.all(kinds.map((kind) => call(`${kind}.list`, { limit: 20_000, archived: 'include', sort: { field: 'ref', dir: 'asc' } })))
  pages.forEach((page, i) => {
    for (const e of page.rows) out.set(e.id, { kind: kinds[i], id: e.id, ref: e.ref, name: e.name, archived: e.archivedAt !== null })
  })
  return out
}

const none = new Map<string, NameEntry>()

/** Ref and name of every entity of the given registries, for link columns and pickers. */
export function useNames(kinds: readonly RegistryKind[], round = 0): Map<string, NameEntry> {
  const key = kinds.length ? `${round}:${kinds.join(',')}` : null
  const names = useLoad(key, () => loadNames(kinds))
  return useMemo(() => names.data ?? none, [names.data])
}
