import { BOTH, DSG, GDPR, rule, type Rule } from '../types'

/** Categories of personal data: use in the record and the sensitivity flags per regime. */
export const dataCategoryRules: readonly Rule[] = [
  rule({
    id: 'dataCategory.unused',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(c)', revdsg: 'DSG Art. 12 Abs. 2 lit. c' },
    entityKinds: ['dataCategories'],
    field: 'name',
    title: 'check.dataCategory.unused.title',
    message: 'check.dataCategory.unused',
    check(s, report) {
      const used = new Set<string>()
      for (const a of s.active.activities) {
        for (const id of a.dataCategoryIds) used.add(id)
        for (const r of a.retention) if (r.dataCategoryId !== null) used.add(r.dataCategoryId)
      }
      for (const c of s.active.dataCategories) if (!used.has(c.id)) report({ kind: 'dataCategories', entity: c, field: 'name' })
    }
  }),
  rule({
    // Every Art. 9/10 category is sensitive under DSG Art. 5 lit. c too (Ziff. 1–5); the reverse does not hold.
    id: 'dataCategory.dsgClause.missing',
    severity: 'warning',
    regimes: DSG,
    ref: { revdsg: 'DSG Art. 5 lit. c' },
    entityKinds: ['dataCategories'],
    field: 'dsgSensitiveClause',
    title: 'check.dataCategory.dsgClause.missing.title',
    message: 'check.dataCategory.dsgClause.missing',
    check(s, report) {
      for (const c of s.active.dataCategories) if (c.gdprSpecial !== 'none' && c.dsgSensitiveClause === null) report({ kind: 'dataCategories', entity: c, field: 'dsgSensitiveClause' })
    }
  }),
  rule({
    // DSG Ziff. 1–5 mostly correspond to GDPR Art. 9/10, but not exactly (views or activities,
    // administrative proceedings): an invitation to check, not a verdict. Ziff. 6 (social assistance) is CH only.
    id: 'dataCategory.gdprSpecial.check',
    severity: 'info',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 9(1), Art. 10' },
    entityKinds: ['dataCategories'],
    field: 'gdprSpecial',
    title: 'check.dataCategory.gdprSpecial.check.title',
    message: 'check.dataCategory.gdprSpecial.check',
    check(s, report) {
      for (const c of s.active.dataCategories) {
        if (c.gdprSpecial === 'none' && c.dsgSensitiveClause !== null && c.dsgSensitiveClause <= 5) report({ kind: 'dataCategories', entity: c, field: 'gdprSpecial', params: { clause: c.dsgSensitiveClause } })
      }
    }
  })
]
