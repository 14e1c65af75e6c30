import type { CheckReport } from '../../shared/checks'
import type { Locale } from '../../shared/i18n'
import type { Organisation } from '../../shared/model'
import type { CheckAck } from '../workspace'
import { completeness } from './completeness'
import { runRules } from './engine'
import { present } from './present'
import { rules } from './rules'
import { buildSnapshot, type RawEntity, type RawFieldTimes } from './snapshot'

/** What the rules run over, as plain data loaded on the core's thread (loadCheckData); it crosses to the worker as it is. */
export interface CheckData {
  readonly organisation: Organisation
  readonly docs: RawEntity[]
  readonly fieldTimes: RawFieldTimes
  readonly today: string
}

export interface FullCheckInput extends CheckData {
  readonly acks: readonly CheckAck[]
  readonly locale: Locale
}

export type FullCheck = Pick<CheckReport, 'findings' | 'counts' | 'byRule' | 'completeness'>

/**
 * The CPU-heavy part of checks.run, without a database: snapshot, every rule, translation,
 * acknowledgements, counts and completeness. Runs in the worker (src/core/worker) or, without
 * one, in the core's thread — the same function either way.
 */
export function fullCheck(input: FullCheckInput): FullCheck {
  const snapshot = buildSnapshot(input.organisation, input.docs, input.fieldTimes, input.today)
  const findings = present(runRules(snapshot, rules), input.acks, input.locale)
  const counts = { error: 0, warning: 0, info: 0, acknowledged: 0 }
  const byRule: Record<string, number> = {}
  for (const f of findings) {
    if (f.acknowledged) {
      counts.acknowledged++
      continue
    }
    counts[f.severity]++
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
  }
  return { findings, counts, byRule, completeness: completeness(snapshot) }
}
