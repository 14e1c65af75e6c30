import { isThirdCountry } from '../../catalogs'
import { activityRegimes, categoriesOf, highRiskProfiling, isDsgSensitive, largeScale } from '../scope'
import { BOTH, DSG, GDPR, blank, rule, type Rule, type Snapshot } from '../types'

/** The exemption threshold of GDPR Art. 30(5) and DSV Art. 24 (a pending EU proposal would raise it to 750). */
export const SMALL_COMPANY = 250

const small = (s: Snapshot): boolean => s.organisation.headcount !== null && s.organisation.headcount < SMALL_COMPANY
const activitiesUnder = (s: Snapshot, regime: 'gdpr' | 'revdsg') => s.active.activities.filter((a) => activityRegimes(s, a).includes(regime))

/** DSV Art. 24: lit. a large-scale sensitive data, lit. b high-risk profiling (both approximated from the DPIA screening). */
function dsvTriggers(s: Snapshot): { sensitive: number; profiling: number } {
  const list = activitiesUnder(s, 'revdsg')
  return {
    sensitive: list.filter((a) => largeScale(a) && categoriesOf(s, a).some(isDsgSensitive)).length,
    profiling: list.filter(highRiskProfiling).length
  }
}

/** The controller itself: identity and contact, representative, and the small-company exemptions. */
export const organisationRules: readonly Rule[] = [
  rule({
    // Art. 30(5): any one trigger suffices; every recorded activity counts as regular (not occasional) processing.
    id: 'org.exemption.gdpr',
    severity: 'info',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 30(5)' },
    entityKinds: ['organisation'],
    field: 'headcount',
    title: 'check.org.exemption.gdpr.title',
    message: 'check.org.exemption.gdpr',
    check(s, report) {
      if (!small(s)) return
      const list = activitiesUnder(s, 'gdpr')
      if (list.length === 0) return
      const special = list.filter((a) => categoriesOf(s, a).some((c) => c.gdprSpecial !== 'none')).length
      report({ kind: 'organisation', entity: null, field: 'headcount', params: { headcount: s.organisation.headcount ?? 0, regular: list.length, special } })
    }
  }),
  rule({
    id: 'org.exemption.dsg',
    severity: 'info',
    regimes: DSG,
    ref: { revdsg: 'DSG Art. 12 Abs. 5; DSV Art. 24' },
    entityKinds: ['organisation'],
    field: 'headcount',
    title: 'check.org.exemption.dsg.title',
    message: 'check.org.exemption.dsg',
    check(s, report) {
      if (!small(s)) return
      const { sensitive, profiling } = dsvTriggers(s)
      if (sensitive + profiling > 0) report({ kind: 'organisation', entity: null, field: 'headcount', params: { headcount: s.organisation.headcount ?? 0, sensitive, profiling } })
    }
  }),
  rule({
    id: 'org.exemption.dsgApplies',
    severity: 'info',
    regimes: DSG,
    ref: { revdsg: 'DSG Art. 12 Abs. 5; DSV Art. 24' },
    entityKinds: ['organisation'],
    field: 'headcount',
    title: 'check.org.exemption.dsgApplies.title',
    message: 'check.org.exemption.dsgApplies',
    check(s, report) {
      if (!small(s)) return
      const { sensitive, profiling } = dsvTriggers(s)
      if (sensitive + profiling === 0) report({ kind: 'organisation', entity: null, field: 'headcount', params: { headcount: s.organisation.headcount ?? 0 } })
    }
  }),
  rule({
    id: 'org.headcount.missing',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(5)', revdsg: 'DSV Art. 24' },
    entityKinds: ['organisation'],
    field: 'headcount',
    title: 'check.org.headcount.missing.title',
    message: 'check.org.headcount.missing',
    check(s, report) {
      if (s.organisation.headcount === null) report({ kind: 'organisation', entity: null, field: 'headcount' })
    }
  }),
  rule({
    id: 'org.contact.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(a)', revdsg: 'DSG Art. 12 Abs. 2 lit. a' },
    entityKinds: ['organisation'],
    field: 'contact',
    title: 'check.org.contact.missing.title',
    message: 'check.org.contact.missing',
    check(s, report) {
      const { address, contact } = s.organisation
      if (blank(address) && blank(contact.address) && blank(contact.email) && blank(contact.phone)) report({ kind: 'organisation', entity: null, field: 'contact' })
    }
  }),
  rule({
    id: 'org.representative.missing',
    severity: 'warning',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 27(1), Art. 30(1)(a)' },
    entityKinds: ['organisation'],
    field: 'representative',
    title: 'check.org.representative.missing.title',
    message: 'check.org.representative.missing',
    check(s, report) {
      const { country, representative } = s.organisation
      if (country !== null && isThirdCountry('gdpr', country) && blank(representative.name)) report({ kind: 'organisation', entity: null, field: 'representative', params: { country } })
    }
  })
]
