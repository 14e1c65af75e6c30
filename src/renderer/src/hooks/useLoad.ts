import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { asApiError, type ApiError } from '../api/client'

export interface Loaded<T> {
  /** The latest data; while a new key loads, the previous data stays (no flicker while typing). */
  readonly data: T | undefined
  readonly error: ApiError | null
  readonly loading: boolean
  readonly reload: () => void
}

interface State<T> {
  readonly key: string
  readonly data: T | undefined
  readonly error: ApiError | null
}

/** Loads whenever `key` changes; `key` null means "nothing to load". Late answers are dropped. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<State<T> | null>(null)
  const [round, setRound] = useState(0)
  const run = useEffectEvent(load)
  const wanted = key === null ? null : `${round}:${key}`

  useEffect(() => {
    if (wanted === null) return undefined
    let stale = false
    run().then(
      (data) => {
        if (!stale) setState({ key: wanted, data, error: null })
      },
      (e: unknown) => {
        if (!stale) setState((prev) => ({ key: wanted, data: prev?.data, error: asApiError(e) }))
      }
    )
    return () => {
      stale = true
    }
  }, [wanted])

  const reload = useCallback(() => setRound((r) => r + 1), [])
  return {
    data: key === null ? undefined : state?.data,
    error: state?.key === wanted ? (state?.error ?? null) : null,
    loading: wanted !== null && state?.key !== wanted,
    reload
  }
}
