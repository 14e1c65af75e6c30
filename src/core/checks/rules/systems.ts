import { lookup } from '../scope'
import { BOTH, blank, rule, type Rule } from '../types'

/** Systems: who is responsible, where the data are hosted, and the vendor's processing agreement. */
export const systemRules: readonly Rule[] = [
  rule({
    id: 'system.owner.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 5(2), Art. 24(1), Art. 32(1)', revdsg: 'DSG Art. 8; DSV Art. 1' },
    entityKinds: ['systems'],
    field: 'owner',
    title: 'check.system.owner.missing.title',
    message: 'check.system.owner.missing',
    check(s, report) {
      for (const system of s.active.systems) if (blank(system.owner)) report({ kind: 'systems', entity: system, field: 'owner' })
    }
  }),
  rule({
    id: 'system.hosting.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(e), Art. 44', revdsg: 'DSG Art. 12 Abs. 2 lit. g, Art. 16' },
    entityKinds: ['systems'],
    field: 'hostingCountry',
    title: 'check.system.hosting.missing.title',
    message: 'check.system.hosting.missing',
    check(s, report) {
      // Paper files have no hosting country.
      for (const system of s.active.systems) if (system.kind !== 'paper' && system.hostingCountry === null) report({ kind: 'systems', entity: system, field: 'hostingCountry' })
    }
  }),
  rule({
    id: 'system.vendor.noDpa',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 28(3)', revdsg: 'DSG Art. 9 Abs. 1' },
    entityKinds: ['systems'],
    field: 'vendorId',
    title: 'check.system.vendor.noDpa.title',
    message: 'check.system.vendor.noDpa',
    check(s, report) {
      for (const system of s.active.systems) {
        const vendor = lookup(s, 'recipients', system.vendorId)
        if (vendor?.kind === 'processor' && vendor.dpaStatus !== 'signed' && vendor.dpaStatus !== 'not_required') {
          report({ kind: 'systems', entity: system, field: 'vendorId', params: { vendor: vendor.name, status: vendor.dpaStatus } })
        }
      }
    }
  })
]
