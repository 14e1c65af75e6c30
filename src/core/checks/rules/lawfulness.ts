import { legalBasis } from '../../catalogs'
import { BOTH, DSG, GDPR, rule, type Rule } from '../types'
import { activityRegimes, categoriesOf, hasBasis, isCriminal, isDsgSensitive, isGdprSpecial, names, recipientsOf } from '../scope'

/** Wording in the notes that records express consent (DSG Art. 6 Abs. 7): German, French, Italian, English. */
const EXPRESS = /ausdrücklich|explizit|explicit|express consent|expressly|consentement exprès|esplicit/i

/** Recipients that are third parties in the sense of DSG Art. 30 Abs. 2 lit. c (not internal, not processors, not authorities). */
const THIRD_PARTY_KINDS = new Set(['controller', 'joint_controller', 'other'])

/** Legal bases (GDPR Art. 6, 9, 10) and Swiss justifications (DSG Art. 6 Abs. 7, 30, 31). */
export const lawfulnessRules: readonly Rule[] = [
  rule({
    // Not an Art. 30 field, but needed for accountability and the privacy notice.
    id: 'lawfulness.gdpr.basisMissing',
    severity: 'warning',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 5(2), Art. 6(1), Art. 13(1)(c)' },
    entityKinds: ['activities'],
    field: 'legalBases',
    title: 'check.lawfulness.gdpr.basisMissing.title',
    message: 'check.lawfulness.gdpr.basisMissing',
    check(s, report) {
      for (const a of s.active.activities) {
        if (hasBasis(a, 'gdpr-6-1-')) continue
        // Special-category or criminal data: reported as an error by lawfulness.special.art6Missing.
        if (categoriesOf(s, a).some((c) => isGdprSpecial(c) || isCriminal(c))) continue
        report({ kind: 'activities', entity: a, field: 'legalBases' })
      }
    }
  }),
  rule({
    id: 'lawfulness.art9.conditionMissing',
    severity: 'error',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 9(1)–(2)' },
    entityKinds: ['activities'],
    field: 'legalBases',
    title: 'check.lawfulness.art9.conditionMissing.title',
    message: 'check.lawfulness.art9.conditionMissing',
    check(s, report) {
      for (const a of s.active.activities) {
        const special = categoriesOf(s, a).filter(isGdprSpecial)
        if (special.length > 0 && !hasBasis(a, 'gdpr-9-2-')) report({ kind: 'activities', entity: a, field: 'legalBases', params: { categories: names(special) } })
      }
    }
  }),
  rule({
    id: 'lawfulness.special.art6Missing',
    severity: 'error',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 6(1) with Art. 9(2) or Art. 10' },
    entityKinds: ['activities'],
    field: 'legalBases',
    title: 'check.lawfulness.special.art6Missing.title',
    message: 'check.lawfulness.special.art6Missing',
    check(s, report) {
      for (const a of s.active.activities) {
        const special = categoriesOf(s, a).filter((c) => isGdprSpecial(c) || isCriminal(c))
        if (special.length > 0 && !hasBasis(a, 'gdpr-6-1-')) report({ kind: 'activities', entity: a, field: 'legalBases', params: { categories: names(special) } })
      }
    }
  }),
  rule({
    id: 'lawfulness.art10.authorisationMissing',
    severity: 'error',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 10' },
    entityKinds: ['activities'],
    field: 'legalBases',
    title: 'check.lawfulness.art10.authorisationMissing.title',
    message: 'check.lawfulness.art10.authorisationMissing',
    check(s, report) {
      for (const a of s.active.activities) {
        const criminal = categoriesOf(s, a).filter(isCriminal)
        if (criminal.length > 0 && !a.legalBases.includes('gdpr-10')) report({ kind: 'activities', entity: a, field: 'legalBases', params: { categories: names(criminal) } })
      }
    }
  }),
  rule({
    id: 'lawfulness.basis.otherRegime',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 6(1), Art. 9(2), Art. 10', revdsg: 'DSG Art. 31' },
    entityKinds: ['activities'],
    field: 'legalBases.0',
    title: 'check.lawfulness.basis.otherRegime.title',
    message: 'check.lawfulness.basis.otherRegime',
    check(s, report) {
      for (const a of s.active.activities) {
        const regimes = activityRegimes(s, a)
        a.legalBases.forEach((code, i) => {
          const basis = legalBasis(code)
          if (basis && basis.regimes.some((r) => regimes.includes(r))) return
          report({ kind: 'activities', entity: a, field: `legalBases.${i}`, params: { code } })
        })
      }
    }
  }),
  rule({
    id: 'lawfulness.consent.records',
    severity: 'info',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 7(1), Art. 7(3)' },
    entityKinds: ['activities'],
    field: 'legalBasisNotes',
    title: 'check.lawfulness.consent.records.title',
    message: 'check.lawfulness.consent.records',
    check(s, report) {
      for (const a of s.active.activities) {
        if (a.legalBases.includes('gdpr-6-1-a') || a.legalBases.includes('gdpr-9-2-a')) report({ kind: 'activities', entity: a, field: 'legalBasisNotes' })
      }
    }
  }),
  rule({
    // Resolved by saying so in the notes ("ausdrückliche Einwilligung", "express consent").
    id: 'dsg.consent.express',
    severity: 'warning',
    regimes: DSG,
    ref: { revdsg: 'DSG Art. 6 Abs. 7 lit. a' },
    entityKinds: ['activities'],
    field: 'legalBasisNotes',
    title: 'check.dsg.consent.express.title',
    message: 'check.dsg.consent.express',
    check(s, report) {
      for (const a of s.active.activities) {
        if (!a.legalBases.includes('dsg-31-1-consent') || EXPRESS.test(a.legalBasisNotes)) continue
        const sensitive = categoriesOf(s, a).filter(isDsgSensitive)
        if (sensitive.length > 0) report({ kind: 'activities', entity: a, field: 'legalBasisNotes', params: { categories: names(sensitive) } })
      }
    }
  }),
  rule({
    id: 'dsg.sensitive.disclosure',
    severity: 'warning',
    regimes: DSG,
    ref: { revdsg: 'DSG Art. 30 Abs. 2 lit. c, Art. 31 Abs. 1' },
    entityKinds: ['activities'],
    field: 'legalBases',
    title: 'check.dsg.sensitive.disclosure.title',
    message: 'check.dsg.sensitive.disclosure',
    check(s, report) {
      for (const a of s.active.activities) {
        if (hasBasis(a, 'dsg-31-')) continue
        const sensitive = categoriesOf(s, a).filter(isDsgSensitive)
        if (sensitive.length === 0) continue
        const third = recipientsOf(s, a).filter((r) => THIRD_PARTY_KINDS.has(r.kind))
        if (third.length > 0) report({ kind: 'activities', entity: a, field: 'legalBases', params: { categories: names(sensitive), recipients: names(third) } })
      }
    }
  })
]
