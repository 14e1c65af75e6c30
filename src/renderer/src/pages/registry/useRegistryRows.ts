import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { valueAt } from '../../../../shared/registry-view'
import { asApiError, call, type ApiError } from '../../api/client'
import type { AnyEntity } from './columns'
import type { Filters, FilterValue } from './facets'

export type Archived = 'exclude' | 'include' | 'only'

export interface ListParams {
  readonly query: string
  readonly filters: Filters
  readonly sort: { readonly field: string; readonly dir: 'asc' | 'desc' }
  readonly archived: Archived
}

/**
 * The first rows come quickly; the rest follow in chunks while the user already works. A chunk
 * holds the core for its whole read (about 35 µs a row), and a new search waits behind it, so
 * chunks stay small enough (about 35 ms) for the next keystroke's answer to come at once.
 */
const FIRST = 150
const CHUNK = 1000

interface State {
  readonly key: string
  readonly rows: AnyEntity[]
  readonly total: number
  readonly complete: boolean
  readonly error: ApiError | null
  /** Values seen so far per row-facet field (owner, country …), kept across queries. */
  readonly seen: Readonly<Record<string, readonly FilterValue[]>>
}

const EMPTY: AnyEntity[] = []

export interface RegistryRows {
  readonly rows: AnyEntity[]
  /** Matching rows in the core; rows beyond `rows.length` are still loading. */
  readonly total: number
  readonly complete: boolean
  /** The first chunk for the current parameters has not arrived yet (previous rows stay shown). */
  readonly loading: boolean
  readonly error: ApiError | null
  readonly seen: Readonly<Record<string, readonly FilterValue[]>>
  /** The parameters the shown rows belong to. */
  readonly shownKey: string
  readonly reload: () => void
}

function collect(seen: State['seen'], fields: readonly string[], rows: readonly AnyEntity[]): State['seen'] {
  if (fields.length === 0) return seen
  const out: Record<string, readonly FilterValue[]> = { ...seen }
  for (const field of fields) {
    const set = new Set<FilterValue>(seen[field] ?? [])
    const before = set.size
    for (const row of rows) {
      const v = valueAt(row as Record<string, unknown>, field)
      if (typeof v === 'string' || v === null) set.add(v)
    }
    if (set.size !== before) out[field] = [...set]
  }
  return out
}

/**
 * All rows of a registry that match the list parameters, sorted by the core: a small first page
 * for a fast first paint, then chunks until every match is loaded (the table is virtualised, so
 * 10,000 rows are fine). Late answers for old parameters are dropped.
 */
export function useRegistryRows(kind: RegistryKind, params: ListParams, facetFields: readonly string[]): RegistryRows {
  const key = JSON.stringify(params)
  const [round, setRound] = useState(0)
  const wanted = `${round}\u0000${key}`
  const [state, setState] = useState<State>({ key: '', rows: EMPTY, total: 0, complete: false, error: null, seen: {} })

  const fetchPage = useEffectEvent((offset: number, limit: number) =>
    call(`${kind}.list`, {
      query: params.query,
      filters: params.filters as Record<string, FilterValue[]>,
      sort: params.sort,
      archived: params.archived,
      offset,
      limit
    }) as Promise<{ rows: AnyEntity[]; total: number }>
  )
  const fields = useEffectEvent(() => facetFields)

  useEffect(() => {
    let stale = false
    const run = async (): Promise<void> => {
      let rows: AnyEntity[] = []
      let limit = FIRST
      try {
        for (;;) {
          const page = await fetchPage(rows.length, limit)
          if (stale) return
          rows = rows.length === 0 ? page.rows : rows.concat(page.rows)
          const complete = page.rows.length < limit || rows.length >= page.total
          const chunk = page.rows
          const facetFieldsNow = fields()
          setState((prev) => ({
            key: wanted,
            rows,
            total: complete ? rows.length : page.total,
            complete,
            error: null,
            seen: collect(prev.seen, facetFieldsNow, chunk)
          }))
          if (complete) return
          limit = CHUNK
        }
      } catch (e) {
        if (!stale) setState((prev) => ({ ...prev, key: wanted, complete: true, error: asApiError(e) }))
      }
    }
    void run()
    return () => {
      stale = true
    }
  }, [wanted])

  const reload = useCallback(() => setRound((r) => r + 1), [])
  return {
    rows: state.rows,
    total: Math.max(state.total, state.rows.length),
    complete: state.complete && state.key === wanted,
    loading: state.key !== wanted,
    error: state.key === wanted ? state.error : null,
    seen: state.seen,
    shownKey: state.key.slice(state.key.indexOf('\u0000') + 1),
    reload
  }
}
