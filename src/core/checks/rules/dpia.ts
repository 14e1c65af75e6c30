import type { Regime } from '../../../shared/model'
import { activityRegimes, categoriesOf, isCriminal, isDsgSensitive, isGdprSpecial, names } from '../scope'
import { BOTH, blank, rule, type Rule } from '../types'

/** Text in the screening that points at a documented DPIA (DSFA in German, AIPD in French). */
const DPIA_DOCUMENTED = /DSFA|DPIA|AIPD|Folgenabsch|impact assessment|analyse d.impact/i

/** Data protection impact assessment: GDPR Art. 35 with WP248 rev.01, DSG Art. 22 with DSV Art. 14. */
export const dpiaRules: readonly Rule[] = [
  rule({
    id: 'dpia.required.unassessed',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 35(1), (3); WP248 rev.01', revdsg: 'DSG Art. 22 Abs. 1–2' },
    entityKinds: ['activities'],
    field: 'dpia.result',
    title: 'check.dpia.required.unassessed.title',
    message: 'check.dpia.required.unassessed',
    check(s, report) {
      for (const a of s.active.activities) {
        const { dpia } = a
        if (dpia.result === 'required' || !blank(dpia.justification)) continue
        const regimes = activityRegimes(s, a)
        const triggered = new Set<Regime>()
        const criteria: string[] = []
        // Two or more WP248 criteria: the EDPB's rule of thumb, used as the high-risk indicator under both regimes.
        if (dpia.wp248.length >= 2) {
          regimes.forEach((r) => triggered.add(r))
          criteria.push(`WP248 ${[...dpia.wp248].sort((x, y) => x - y).join(', ')}`)
        }
        if (dpia.art35_3.length > 0 && regimes.includes('gdpr')) {
          triggered.add('gdpr')
          criteria.push(...dpia.art35_3.map((c) => `GDPR Art. 35(3)(${c})`))
        }
        if (dpia.dsg22.length > 0 && regimes.includes('revdsg')) {
          triggered.add('revdsg')
          criteria.push(...dpia.dsg22.map((c) => `DSG Art. 22 Abs. 2 lit. ${c}`))
        }
        if (triggered.size > 0) report({ kind: 'activities', entity: a, field: 'dpia.result', params: { criteria: criteria.join('; ') }, regimes: [...triggered] })
      }
    }
  }),
  rule({
    id: 'dpia.required.undocumented',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 35(1), (7)', revdsg: 'DSG Art. 22 Abs. 3; DSV Art. 14' },
    entityKinds: ['activities'],
    field: 'dpia.justification',
    title: 'check.dpia.required.undocumented.title',
    message: 'check.dpia.required.undocumented',
    check(s, report) {
      for (const a of s.active.activities) {
        if (a.dpia.result === 'required' && !DPIA_DOCUMENTED.test(`${a.dpia.justification}\n${a.notes}`)) report({ kind: 'activities', entity: a, field: 'dpia.justification' })
      }
    }
  }),
  rule({
    id: 'dpia.largeScaleSensitive',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 35(3)(b)', revdsg: 'DSG Art. 22 Abs. 2 lit. a' },
    entityKinds: ['activities'],
    field: 'dpia.art35_3',
    title: 'check.dpia.largeScaleSensitive.title',
    message: 'check.dpia.largeScaleSensitive',
    check(s, report) {
      for (const a of s.active.activities) {
        if (!a.dpia.wp248.includes(5)) continue
        const categories = categoriesOf(s, a)
        const special = categories.filter((c) => isGdprSpecial(c) || isCriminal(c))
        if (special.length > 0 && !a.dpia.art35_3.includes('b')) {
          report({ kind: 'activities', entity: a, field: 'dpia.art35_3', params: { categories: names(special), case: 'GDPR Art. 35(3)(b)' }, regimes: ['gdpr'] })
        }
        const sensitive = categories.filter(isDsgSensitive)
        if (sensitive.length > 0 && !a.dpia.dsg22.includes('a')) {
          report({ kind: 'activities', entity: a, field: 'dpia.dsg22', params: { categories: names(sensitive), case: 'DSG Art. 22 Abs. 2 lit. a' }, regimes: ['revdsg'] })
        }
      }
    }
  }),
  rule({
    id: 'dpia.screening.missing',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 35(1); WP248 rev.01', revdsg: 'DSG Art. 22 Abs. 1' },
    entityKinds: ['activities'],
    field: 'dpia',
    title: 'check.dpia.screening.missing.title',
    message: 'check.dpia.screening.missing',
    check(s, report) {
      for (const a of s.active.activities) {
        const { dpia } = a
        if (dpia.result !== null || dpia.screenedAt !== null || dpia.wp248.length + dpia.art35_3.length + dpia.dsg22.length > 0) continue
        const regimes = activityRegimes(s, a)
        // Per regime: GDPR Art. 9/10 categories, DSG Art. 5 lit. c categories.
        const sensitive = categoriesOf(s, a).filter((c) => (regimes.includes('gdpr') && c.gdprSpecial !== 'none') || (regimes.includes('revdsg') && isDsgSensitive(c)))
        if (sensitive.length > 0) report({ kind: 'activities', entity: a, field: 'dpia', params: { categories: names(sensitive) } })
      }
    }
  })
]
