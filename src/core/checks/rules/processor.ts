import { BOTH, blank, rule, type Rule } from '../types'

/** The processor's record: GDPR Art. 30(2), DSG Art. 12 Abs. 3. */
export const processorRules: readonly Rule[] = [
  rule({
    id: 'processor.controllers.missing',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(2)(a)', revdsg: 'DSG Art. 12 Abs. 3' },
    entityKinds: ['processorActivities'],
    field: 'controllers',
    title: 'check.processor.controllers.missing.title',
    message: 'check.processor.controllers.missing',
    check(s, report) {
      for (const p of s.active.processorActivities) if (p.controllers.length === 0) report({ kind: 'processorActivities', entity: p, field: 'controllers' })
    }
  }),
  rule({
    id: 'processor.categories.missing',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(2)(b)', revdsg: 'DSG Art. 12 Abs. 3' },
    entityKinds: ['processorActivities'],
    field: 'processingCategories',
    title: 'check.processor.categories.missing.title',
    message: 'check.processor.categories.missing',
    check(s, report) {
      for (const p of s.active.processorActivities) if (p.processingCategories.length === 0) report({ kind: 'processorActivities', entity: p, field: 'processingCategories' })
    }
  }),
  rule({
    id: 'processor.toms.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(2)(d), Art. 32(1)', revdsg: 'DSG Art. 12 Abs. 3, Art. 8' },
    entityKinds: ['processorActivities'],
    field: 'tomSummary',
    title: 'check.processor.toms.missing.title',
    message: 'check.processor.toms.missing',
    check(s, report) {
      for (const p of s.active.processorActivities) if (p.tomIds.length === 0 && blank(p.tomSummary)) report({ kind: 'processorActivities', entity: p, field: 'tomSummary' })
    }
  })
]
