import type { Activity, ProcessorActivity, System } from '../../../shared/model'
import { lookup, notImplemented } from '../scope'
import { BOTH, blank, rule, type Rule, type Snapshot } from '../types'

type Referrer = { kind: 'activities'; entity: Activity } | { kind: 'processorActivities'; entity: ProcessorActivity } | { kind: 'systems'; entity: System }

function* referrers(s: Snapshot): Generator<Referrer> {
  for (const entity of s.active.activities) yield { kind: 'activities', entity }
  for (const entity of s.active.processorActivities) yield { kind: 'processorActivities', entity }
  for (const entity of s.active.systems) yield { kind: 'systems', entity }
}

/** Technical and organisational measures: GDPR Art. 32, DSG Art. 8 with DSV Art. 1–3. */
export const tomRules: readonly Rule[] = [
  rule({
    id: 'tom.notImplemented',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 32(1), Art. 30(1)(g)', revdsg: 'DSG Art. 8; DSV Art. 3' },
    entityKinds: ['activities', 'processorActivities', 'systems'],
    field: 'tomIds.0',
    title: 'check.tom.notImplemented.title',
    message: 'check.tom.notImplemented',
    check(s, report) {
      for (const { kind, entity } of referrers(s)) {
        entity.tomIds.forEach((id, i) => {
          const tom = lookup(s, 'toms', id)
          if (tom && tom.archivedAt === null && notImplemented(tom)) report({ kind, entity, field: `tomIds.${i}`, params: { tom: tom.name, tomRef: tom.ref, status: tom.status } })
        })
      }
    }
  }),
  rule({
    id: 'tom.evidence.missing',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 5(2), Art. 32(1)(d)', revdsg: 'DSV Art. 1 Abs. 5' },
    entityKinds: ['toms'],
    field: 'evidence',
    title: 'check.tom.evidence.missing.title',
    message: 'check.tom.evidence.missing',
    check(s, report) {
      for (const tom of s.active.toms) if (tom.status === 'implemented' && blank(tom.evidence)) report({ kind: 'toms', entity: tom, field: 'evidence' })
    }
  }),
  rule({
    id: 'tom.review.overdue',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 32(1)(d)', revdsg: 'DSV Art. 1 Abs. 5' },
    entityKinds: ['toms'],
    field: 'reviewDate',
    title: 'check.tom.review.overdue.title',
    message: 'check.tom.review.overdue',
    check(s, report) {
      for (const tom of s.active.toms) {
        if (tom.reviewDate !== null && tom.reviewDate < s.today && tom.status !== 'not_applicable') report({ kind: 'toms', entity: tom, field: 'reviewDate', params: { date: tom.reviewDate } })
      }
    }
  })
]
