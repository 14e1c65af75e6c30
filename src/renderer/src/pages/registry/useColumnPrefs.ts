import { useCallback, useMemo, useState } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { viewColumns } from '../../../../shared/registry-view'
import { asApiError, call, type ApiError } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'

/** What is remembered per workspace under "columns.<kind>": the order and the hidden columns. */
export interface ColumnPrefs {
  readonly order: readonly string[]
  readonly hidden: readonly string[]
}

export function defaultPrefs(kind: RegistryKind): ColumnPrefs {
  return { order: viewColumns[kind].map((c) => c.id), hidden: viewColumns[kind].filter((c) => c.hidden).map((c) => c.id) }
}

/** Stored preferences are only a wish: unknown columns are dropped, new ones appended, fixed ones shown. */
export function sanitisePrefs(kind: RegistryKind, value: unknown): ColumnPrefs {
  const defaults = defaultPrefs(kind)
  if (!value || typeof value !== 'object') return defaults
  const known = new Set(defaults.order)
  const raw = value as { order?: unknown; hidden?: unknown }
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && known.has(x)) : [])
  const order = [...new Set(strings(raw.order))]
  for (const id of defaults.order) if (!order.includes(id)) order.splice(defaults.order.indexOf(id), 0, id)
  const fixed = new Set(viewColumns[kind].filter((c) => c.fixed).map((c) => c.id))
  const hidden = Array.isArray(raw.hidden) ? strings(raw.hidden).filter((id) => !fixed.has(id)) : defaults.hidden
  return { order, hidden: [...new Set(hidden)] }
}

export interface ColumnPrefsState {
  readonly prefs: ColumnPrefs
  readonly ready: boolean
  readonly error: ApiError | null
  readonly save: (next: ColumnPrefs) => void
}

/** Column order and visibility of one registry, kept in the workspace (preferences.get/set). */
export function useColumnPrefs(kind: RegistryKind): ColumnPrefsState {
  const key = `columns.${kind}`
  const stored = useLoad(key, () => call('preferences.get', { key }))
  const [local, setLocal] = useState<ColumnPrefs | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const prefs = useMemo(() => local ?? sanitisePrefs(kind, stored.data?.value), [local, kind, stored.data])
  const save = useCallback(
    (next: ColumnPrefs) => {
      setLocal(next)
      setError(null)
      call('preferences.set', { key, value: { order: [...next.order], hidden: [...next.hidden] } }).catch((e: unknown) => setError(asApiError(e)))
    },
    [key]
  )
  return { prefs, ready: stored.data !== undefined || stored.error !== null, error: error ?? stored.error, save }
}
