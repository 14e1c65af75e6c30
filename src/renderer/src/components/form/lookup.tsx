import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { asApiError } from '../../api/client'
import { getEntity, listEntities, type AnyEntity } from './registryApi'

/** Just enough of a linked entity to show it: number, name, whether it is archived. */
export interface Named {
  readonly id: string
  readonly ref: string
  readonly name: string
  readonly archived: boolean
  readonly entity: AnyEntity
}

type Entry = Named | 'missing'

export interface Lookup {
  /** undefined while unknown (ask with ensure); 'missing' when the id does not exist. */
  readonly get: (kind: RegistryKind, id: string) => Named | 'missing' | undefined
  /** Loads the names of ids not known yet; cheap to call on every render. */
  readonly ensure: (kind: RegistryKind, ids: readonly string[]) => void
  readonly remember: (kind: RegistryKind, entity: AnyEntity) => void
}

const keyOf = (kind: RegistryKind, id: string): string => `${kind}:${id}`

export const namedOf = (entity: AnyEntity): Named => ({
  id: entity.id,
  ref: entity.ref,
  name: entity.name,
  archived: entity.archivedAt !== null,
  entity
})

/** Above this many unknown ids of one kind, one list call is cheaper than single gets. */
const LIST_THRESHOLD = 12

/** The page-wide cache of linked entities' names. */
export function useLookupState(): Lookup {
  const [known, setKnown] = useState<ReadonlyMap<string, Entry>>(() => new Map())
  const pending = useRef(new Set<string>())

  const store = useCallback((entries: Array<[string, Entry]>) => {
    if (entries.length === 0) return
    setKnown((prev) => {
      const next = new Map(prev)
      for (const [key, value] of entries) next.set(key, value)
      return next
    })
  }, [])

  const remember = useCallback((kind: RegistryKind, entity: AnyEntity) => store([[keyOf(kind, entity.id), namedOf(entity)]]), [store])

  const ensure = useCallback(
    (kind: RegistryKind, ids: readonly string[]) => {
      const missing = [...new Set(ids)].filter((id) => !known.has(keyOf(kind, id)) && !pending.current.has(keyOf(kind, id)))
      if (missing.length === 0) return
      for (const id of missing) pending.current.add(keyOf(kind, id))
      const done = (): void => {
        for (const id of missing) pending.current.delete(keyOf(kind, id))
      }
      if (missing.length > LIST_THRESHOLD) {
        listEntities(kind, { limit: 20_000, archived: 'include' }).then(
          (page) => {
            const found = new Map(page.rows.map((r) => [r.id, r]))
            store(missing.map((id) => [keyOf(kind, id), found.has(id) ? namedOf(found.get(id) as AnyEntity) : 'missing']))
            store(page.rows.map((r) => [keyOf(kind, r.id), namedOf(r)]))
            done()
          },
          () => done()
        )
        return
      }
      void Promise.all(
        missing.map((id) =>
          getEntity(kind, id).then(
            (entity): [string, Entry] => [keyOf(kind, id), namedOf(entity)],
            (e: unknown): [string, Entry] | null => (asApiError(e).code === 'NOT_FOUND' ? [keyOf(kind, id), 'missing'] : null)
          )
        )
      ).then((results) => {
        store(results.filter((r): r is [string, Entry] => r !== null))
        done()
      })
    },
    [known, store]
  )

  const get = useCallback((kind: RegistryKind, id: string) => known.get(keyOf(kind, id)), [known])
  return useMemo(() => ({ get, ensure, remember }), [get, ensure, remember])
}

export const LookupContext = createContext<Lookup | null>(null)

export function useLookup(): Lookup {
  const lookup = useContext(LookupContext)
  if (!lookup) throw new Error('useLookup outside LookupContext')
  return lookup
}
