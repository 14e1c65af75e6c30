import { useMemo } from 'react'
import type { CheckEntityKind, CheckReport } from '../../../../shared/checks'
import { call } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'

export interface FindingCounts {
  readonly error: number
  readonly warning: number
  readonly info: number
}

/** Open findings per entity of a kind, for badges in a registry table: computed from checks.run. */
export function countFindings(report: Pick<CheckReport, 'findings'>, kind: CheckEntityKind): Map<string, FindingCounts> {
  const out = new Map<string, { error: number; warning: number; info: number }>()
  for (const f of report.findings) {
    if (f.entityKind !== kind || f.acknowledged) continue
    const row = out.get(f.entityId) ?? { error: 0, warning: 0, info: 0 }
    row[f.severity]++
    out.set(f.entityId, row)
  }
  return out
}

/**
 * Map<entityId, {error, warning, info}> of the open findings of one kind; empty while loading or
 * when the checks fail (a badge is a hint, never a blocker). `round` reloads (e.g. after a save).
 */
export function useFindingCounts(kind: CheckEntityKind, round = 0, enabled = true): Map<string, FindingCounts> {
  const report = useLoad(enabled ? `findingCounts:${kind}:${round}` : null, () => call('checks.run', {}))
  return useMemo(() => (report.data ? countFindings(report.data, kind) : new Map<string, FindingCounts>()), [report.data, kind])
}
