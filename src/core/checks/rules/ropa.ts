import { BOTH, GDPR, blank, rule, type Rule } from '../types'
import { lookup } from '../scope'

/** The controller's record: GDPR Art. 30(1) lit. b–g, DSG Art. 12 Abs. 2 lit. b–f. */
const art30 = (gdpr: string, dsg: string) => ({ gdpr: `GDPR Art. 30(1)(${gdpr})`, revdsg: `DSG Art. 12 Abs. 2 lit. ${dsg}` })

export const ropaRules: readonly Rule[] = [
  rule({
    id: 'ropa.purpose.missing',
    severity: 'error',
    regimes: BOTH,
    ref: art30('b', 'b'),
    entityKinds: ['activities'],
    field: 'purposes',
    title: 'check.ropa.purpose.missing.title',
    message: 'check.ropa.purpose.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.purposes.length === 0) report({ kind: 'activities', entity: a, field: 'purposes' })
    }
  }),
  rule({
    id: 'ropa.dataSubjects.missing',
    severity: 'error',
    regimes: BOTH,
    ref: art30('c', 'c'),
    entityKinds: ['activities'],
    field: 'dataSubjectIds',
    title: 'check.ropa.dataSubjects.missing.title',
    message: 'check.ropa.dataSubjects.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.dataSubjectIds.length === 0) report({ kind: 'activities', entity: a, field: 'dataSubjectIds' })
    }
  }),
  rule({
    id: 'ropa.dataCategories.missing',
    severity: 'error',
    regimes: BOTH,
    ref: art30('c', 'c'),
    entityKinds: ['activities'],
    field: 'dataCategoryIds',
    title: 'check.ropa.dataCategories.missing.title',
    message: 'check.ropa.dataCategories.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.dataCategoryIds.length === 0) report({ kind: 'activities', entity: a, field: 'dataCategoryIds' })
    }
  }),
  rule({
    // A warning, not an error: where nothing is disclosed the honest entry is "none", which the
    // model cannot express; the finding is then acknowledged with that reason.
    id: 'ropa.recipients.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: art30('d', 'd'),
    entityKinds: ['activities'],
    field: 'recipientIds',
    title: 'check.ropa.recipients.missing.title',
    message: 'check.ropa.recipients.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.recipientIds.length === 0) report({ kind: 'activities', entity: a, field: 'recipientIds' })
    }
  }),
  rule({
    id: 'ropa.retention.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: art30('f', 'e'),
    entityKinds: ['activities'],
    field: 'retention',
    title: 'check.ropa.retention.missing.title',
    message: 'check.ropa.retention.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.retention.length === 0) report({ kind: 'activities', entity: a, field: 'retention' })
    }
  }),
  rule({
    id: 'ropa.retention.incomplete',
    severity: 'warning',
    regimes: BOTH,
    ref: art30('f', 'e'),
    entityKinds: ['activities'],
    field: 'retention.0.period',
    title: 'check.ropa.retention.incomplete.title',
    message: 'check.ropa.retention.incomplete',
    check(s, report) {
      for (const a of s.active.activities) {
        a.retention.forEach((r, i) => {
          if (r.period === null && blank(r.criteria)) {
            const category = lookup(s, 'dataCategories', r.dataCategoryId)
            report({ kind: 'activities', entity: a, field: `retention.${i}.period`, params: { position: i + 1, category: category?.name ?? '–' } })
          }
        })
      }
    }
  }),
  rule({
    id: 'ropa.retention.unlinkedCategory',
    severity: 'warning',
    regimes: BOTH,
    ref: art30('f', 'e'),
    entityKinds: ['activities'],
    field: 'retention.0.dataCategoryId',
    title: 'check.ropa.retention.unlinkedCategory.title',
    message: 'check.ropa.retention.unlinkedCategory',
    check(s, report) {
      for (const a of s.active.activities) {
        a.retention.forEach((r, i) => {
          if (r.dataCategoryId === null || a.dataCategoryIds.includes(r.dataCategoryId)) return
          const category = lookup(s, 'dataCategories', r.dataCategoryId)
          report({ kind: 'activities', entity: a, field: `retention.${i}.dataCategoryId`, params: { position: i + 1, category: category?.name ?? r.dataCategoryId } })
        })
      }
    }
  }),
  rule({
    id: 'ropa.toms.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(g), Art. 32(1)', revdsg: 'DSG Art. 12 Abs. 2 lit. f, Art. 8' },
    entityKinds: ['activities'],
    field: 'tomSummary',
    title: 'check.ropa.toms.missing.title',
    message: 'check.ropa.toms.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.tomIds.length === 0 && blank(a.tomSummary)) report({ kind: 'activities', entity: a, field: 'tomSummary' })
    }
  }),
  rule({
    id: 'ropa.jointControllers.missing',
    severity: 'warning',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 26(1), Art. 30(1)(a)' },
    entityKinds: ['activities'],
    field: 'jointControllers',
    title: 'check.ropa.jointControllers.missing.title',
    message: 'check.ropa.jointControllers.missing',
    check(s, report) {
      for (const a of s.active.activities) if (a.role === 'joint_controller' && blank(a.jointControllers)) report({ kind: 'activities', entity: a, field: 'jointControllers' })
    }
  })
]
