import { ORGANISATION_ENTITY_ID, type CheckEntityKind, type CheckSeverity } from '../../shared/checks'
import type { Regime } from '../../shared/model'
import { registryKinds } from '../../shared/model/registry'
import { regimesOf } from './scope'
import type { Params, Rule, Snapshot } from './types'

/** A finding before acknowledgements and translation are applied. */
export interface RawFinding {
  ruleId: string
  severity: CheckSeverity
  regimes: Regime[]
  entityKind: CheckEntityKind
  entityId: string
  entityRef: string
  entityName: string
  field: string
  ref: string
  messageKey: string
  params: Params
}

const REGIMES: readonly Regime[] = ['gdpr', 'revdsg']

/** The rule's reference for the given regimes, GDPR first: "GDPR Art. 30(1)(b); DSG Art. 12 Abs. 2 lit. b". */
export function refFor(rule: Rule, regimes: readonly Regime[]): string {
  return REGIMES.filter((r) => regimes.includes(r) && rule.ref[r])
    .map((r) => rule.ref[r])
    .join('; ')
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const severityRank: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 }
const kindRank = new Map<string, number>([['organisation', 0], ...registryKinds.map((k, i) => [k, i + 1] as [string, number])])

/** Errors first, then by entity (kind, ref number), rule and field; numbers in paths compare as numbers. */
export function sortFindings(findings: RawFinding[]): RawFinding[] {
  const keyed = findings.map((f) => ({
    f,
    rank: severityRank[f.severity] * 100 + (kindRank.get(f.entityKind) ?? 99),
    ref: Number(/(\d+)$/.exec(f.entityRef)?.[1] ?? 0),
    field: f.field.replace(/\d+/g, (n) => n.padStart(6, '0'))
  }))
  keyed.sort((a, b) => a.rank - b.rank || a.ref - b.ref || cmp(a.f.entityRef, b.f.entityRef) || cmp(a.f.ruleId, b.f.ruleId) || cmp(a.field, b.field))
  return keyed.map((k) => k.f)
}

/**
 * Runs the rules over the snapshot. A finding arises under the regimes the rule, the entity and
 * (where given) the hit share: a revDSG-only activity is never checked against GDPR rules.
 */
export function runRules(s: Snapshot, rules: readonly Rule[]): RawFinding[] {
  const inUse = new Set<Regime>(s.organisation.regimes)
  for (const a of s.active.activities) for (const r of a.regimes) inUse.add(r)
  const out: RawFinding[] = []
  for (const rule of rules) {
    if (!rule.regimes.some((r) => inUse.has(r))) continue
    const refs = new Map<string, string>()
    rule.check(s, (hit) => {
      const entityRegimes = regimesOf(s, hit.kind, hit.entity)
      const regimes = REGIMES.filter((r) => rule.regimes.includes(r) && entityRegimes.includes(r) && (!hit.regimes || hit.regimes.includes(r)))
      if (regimes.length === 0) return
      const e = hit.entity
      const key = regimes.join()
      let ref = refs.get(key)
      if (ref === undefined) refs.set(key, (ref = refFor(rule, regimes)))
      out.push({
        ruleId: rule.id,
        severity: rule.severity,
        regimes,
        entityKind: hit.kind,
        entityId: e ? e.id : ORGANISATION_ENTITY_ID,
        entityRef: e ? e.ref : '',
        entityName: e ? e.name : s.organisation.name,
        field: hit.field,
        ref,
        messageKey: rule.message,
        params: hit.params ?? {}
      })
    })
  }
  return sortFindings(out)
}
