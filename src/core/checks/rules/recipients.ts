import { BOTH, rule, type Rule } from '../types'

const art28 = { gdpr: 'GDPR Art. 28(3)', revdsg: 'DSG Art. 9 Abs. 1' }

/** Recipients: processing agreements (GDPR Art. 28, DSG Art. 9) and where they are. */
export const recipientRules: readonly Rule[] = [
  rule({
    id: 'recipient.dpa.missing',
    severity: 'error',
    regimes: BOTH,
    ref: art28,
    entityKinds: ['recipients'],
    field: 'dpaStatus',
    title: 'check.recipient.dpa.missing.title',
    message: 'check.recipient.dpa.missing',
    check(s, report) {
      for (const r of s.active.recipients) {
        if (r.kind === 'processor' && (r.dpaStatus === 'missing' || r.dpaStatus === 'in_negotiation')) report({ kind: 'recipients', entity: r, field: 'dpaStatus', params: { status: r.dpaStatus } })
      }
    }
  }),
  rule({
    id: 'recipient.dpa.notRequired',
    severity: 'warning',
    regimes: BOTH,
    ref: art28,
    entityKinds: ['recipients'],
    field: 'dpaStatus',
    title: 'check.recipient.dpa.notRequired.title',
    message: 'check.recipient.dpa.notRequired',
    check(s, report) {
      for (const r of s.active.recipients) if (r.kind === 'processor' && r.dpaStatus === 'not_required') report({ kind: 'recipients', entity: r, field: 'dpaStatus' })
    }
  }),
  rule({
    // Without a country nobody can tell whether disclosing to the recipient is a transfer abroad.
    id: 'recipient.country.missing',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(d)–(e), Art. 44', revdsg: 'DSG Art. 12 Abs. 2 lit. d, g, Art. 16' },
    entityKinds: ['recipients'],
    field: 'country',
    title: 'check.recipient.country.missing.title',
    message: 'check.recipient.country.missing',
    check(s, report) {
      for (const r of s.active.recipients) if (r.kind !== 'internal' && r.country === null) report({ kind: 'recipients', entity: r, field: 'country' })
    }
  })
]
