import { useMemo } from 'react'
import type { CheckEntityKind } from '../../../../shared/checks'
import { call } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'

export interface FindingCounts {
  readonly error: number
  readonly warning: number
  readonly info: number
}

/**
 * Map<entityId, {error, warning, info}> of the open findings of one kind; empty while loading or
 * when the checks fail (a badge is a hint, never a blocker). `round` reloads (e.g. after a save).
 * Only the counts cross from the core (a full report on 10,000 activities is tens of thousands of
 * findings), and the core checks an unchanged workspace only once.
 */
export function useFindingCounts(kind: CheckEntityKind, round = 0, enabled = true): Map<string, FindingCounts> {
  const counts = useLoad(enabled ? `findingCounts:${kind}:${round}` : null, () => call('checks.counts', { kind }))
  return useMemo(() => new Map<string, FindingCounts>(Object.entries(counts.data ?? {})), [counts.data])
}
