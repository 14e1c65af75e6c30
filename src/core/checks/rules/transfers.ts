import type { Activity, ProcessorActivity, Recipient, Regime, Transfer } from '../../../shared/model'
import { adequacyOf, isAdequate, isThirdCountry, mechanism } from '../../catalogs'
import { abroad, lookup, regimesOf } from '../scope'
import { BOTH, GDPR, blank, rule, type Hit, type Rule, type Snapshot } from '../types'

type Holder = { kind: 'activities'; entity: Activity } | { kind: 'processorActivities'; entity: ProcessorActivity }

const holderCache = new WeakMap<Snapshot, Holder[]>()
/** Activities and processor activities: both record transfers (GDPR Art. 30(1)(e), 30(2)(c); DSG Art. 12 Abs. 2 lit. g, Abs. 3). */
function holders(s: Snapshot): readonly Holder[] {
  let list = holderCache.get(s)
  if (!list) {
    list = [
      ...s.active.activities.map((entity): Holder => ({ kind: 'activities', entity })),
      ...s.active.processorActivities.map((entity): Holder => ({ kind: 'processorActivities', entity }))
    ]
    holderCache.set(s, list)
  }
  return list
}

const dpfCertified = (recipient: Recipient | undefined, regime: Regime): boolean =>
  regime === 'gdpr' ? recipient?.dpfCertifiedEu === true : recipient?.dpfCertifiedCh === true

interface TransferCase {
  holder: Holder
  transfer: Transfer
  index: number
  recipient: Recipient | undefined
}

/** A hit on a field of the transfer, under the transfer's own regime unless told otherwise. */
function hit(c: TransferCase, field: 'mechanism' | 'country' | 'regime' | 'notes', params: Hit['params'] = {}, regimes: readonly Regime[] = [c.transfer.regime]): Hit {
  const { transfer, index, recipient } = c
  return {
    kind: c.holder.kind,
    entity: c.holder.entity,
    field: `transfers.${index}.${field}`,
    params: { position: index + 1, country: transfer.country, regime: transfer.regime, recipient: recipient?.name ?? '–', ...params },
    regimes
  }
}

const caseCache = new WeakMap<Snapshot, TransferCase[]>()
/** Runs `fn` for every recorded transfer (the list is built once per snapshot). */
function eachTransfer(s: Snapshot, fn: (c: TransferCase) => void): void {
  let cases = caseCache.get(s)
  if (!cases) {
    cases = []
    for (const holder of holders(s)) {
      holder.entity.transfers.forEach((transfer, index) => cases!.push({ holder, transfer, index, recipient: lookup(s, 'recipients', transfer.recipientId) }))
    }
    caseCache.set(s, cases)
  }
  cases.forEach(fn)
}

const chapterV = { gdpr: 'GDPR Art. 30(1)(e), Art. 44–49', revdsg: 'DSG Art. 12 Abs. 2 lit. g, Art. 16–17' }
const kinds = ['activities', 'processorActivities'] as const

/** Transfers abroad: GDPR Art. 44–49, DSG Art. 16–17 with DSV Art. 8 and Annex 1. */
export const transferRules: readonly Rule[] = [
  rule({
    id: 'transfer.mechanism.missing',
    severity: 'error',
    regimes: BOTH,
    ref: chapterV,
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.mechanism.missing.title',
    message: 'check.transfer.mechanism.missing',
    check(s, report) {
      eachTransfer(s, (c) => {
        const { regime, country } = c.transfer
        if (c.transfer.mechanism !== null || !isThirdCountry(regime, country)) return
        if (!isAdequate(regime, country, { dpfCertified: dpfCertified(c.recipient, regime) })) report(hit(c, 'mechanism'))
      })
    }
  }),
  rule({
    id: 'transfer.mechanism.adequacyUnnamed',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 30(1)(e), Art. 45(1)', revdsg: 'DSG Art. 12 Abs. 2 lit. g, Art. 16 Abs. 1' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.mechanism.adequacyUnnamed.title',
    message: 'check.transfer.mechanism.adequacyUnnamed',
    check(s, report) {
      eachTransfer(s, (c) => {
        const { regime, country } = c.transfer
        if (c.transfer.mechanism !== null || !isThirdCountry(regime, country)) return
        if (isAdequate(regime, country, { dpfCertified: dpfCertified(c.recipient, regime) })) report(hit(c, 'mechanism', { code: regime === 'gdpr' ? 'EU-ADQ' : 'CH-ADQ' }))
      })
    }
  }),
  rule({
    id: 'transfer.mechanism.wrongRegime',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 44–49', revdsg: 'DSG Art. 16–17' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.mechanism.wrongRegime.title',
    message: 'check.transfer.mechanism.wrongRegime',
    check(s, report) {
      eachTransfer(s, (c) => {
        const code = c.transfer.mechanism
        if (code === null) return
        const m = mechanism(code)
        if (!m || !m.regimes.includes(c.transfer.regime)) report(hit(c, 'mechanism', { mechanism: code }))
      })
    }
  }),
  rule({
    id: 'transfer.adequacy.notListed',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 45(1)', revdsg: 'DSG Art. 16 Abs. 1; DSV Art. 8, Anhang 1' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.adequacy.notListed.title',
    message: 'check.transfer.adequacy.notListed',
    check(s, report) {
      eachTransfer(s, (c) => {
        const m = c.transfer.mechanism === null ? undefined : mechanism(c.transfer.mechanism)
        if (m?.group !== 'adequacy' || !m.regimes.includes(c.transfer.regime)) return
        if (adequacyOf(c.transfer.regime, c.transfer.country).status === 'not_listed') report(hit(c, 'mechanism', { mechanism: m.code }))
      })
    }
  }),
  rule({
    id: 'transfer.adequacy.dpfMissing',
    severity: 'error',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 45(1); Implementing Decision (EU) 2023/1795 (EU-U.S. DPF)', revdsg: 'DSG Art. 16 Abs. 1; DSV Anhang 1 (Swiss-U.S. DPF)' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.adequacy.dpfMissing.title',
    message: 'check.transfer.adequacy.dpfMissing',
    check(s, report) {
      eachTransfer(s, (c) => {
        const m = c.transfer.mechanism === null ? undefined : mechanism(c.transfer.mechanism)
        if (m?.group !== 'adequacy' || !m.regimes.includes(c.transfer.regime)) return
        const a = adequacyOf(c.transfer.regime, c.transfer.country)
        if (a.status === 'listed' && a.entry.condition === 'dpf' && !dpfCertified(c.recipient, c.transfer.regime)) report(hit(c, 'mechanism', { mechanism: m.code }))
      })
    }
  }),
  rule({
    id: 'transfer.adequacy.partial',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 45(1)', revdsg: 'DSG Art. 16 Abs. 1; DSV Anhang 1' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.adequacy.partial.title',
    message: 'check.transfer.adequacy.partial',
    check(s, report) {
      eachTransfer(s, (c) => {
        const m = c.transfer.mechanism === null ? undefined : mechanism(c.transfer.mechanism)
        if (m?.group !== 'adequacy' || !m.regimes.includes(c.transfer.regime)) return
        const a = adequacyOf(c.transfer.regime, c.transfer.country)
        if (a.status === 'listed' && a.entry.condition === 'scope') report(hit(c, 'mechanism', { mechanism: m.code }))
      })
    }
  }),
  rule({
    // Every transfer recorded for an activity is regular processing: derogations are for specific, occasional cases.
    id: 'transfer.derogation.regular',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 49(1); EDPB Guidelines 2/2018', revdsg: 'DSG Art. 17 Abs. 1' },
    entityKinds: kinds,
    field: 'transfers.0.mechanism',
    title: 'check.transfer.derogation.regular.title',
    message: 'check.transfer.derogation.regular',
    check(s, report) {
      eachTransfer(s, (c) => {
        const m = c.transfer.mechanism === null ? undefined : mechanism(c.transfer.mechanism)
        if (m?.derogation && m.regimes.includes(c.transfer.regime)) report(hit(c, 'mechanism', { mechanism: m.code }))
      })
    }
  }),
  rule({
    id: 'transfer.assessment.undocumented',
    severity: 'error',
    regimes: GDPR,
    ref: { gdpr: 'GDPR Art. 49(1) subpara. 2, Art. 49(6), Art. 30(1)(e)' },
    entityKinds: kinds,
    field: 'transfers.0.notes',
    title: 'check.transfer.assessment.undocumented.title',
    message: 'check.transfer.assessment.undocumented',
    check(s, report) {
      eachTransfer(s, (c) => {
        const m = c.transfer.mechanism === null ? undefined : mechanism(c.transfer.mechanism)
        if (m?.obligations.includes('document_assessment') && blank(c.transfer.notes)) report(hit(c, 'notes', { mechanism: m.code }))
      })
    }
  }),
  rule({
    id: 'transfer.regime.outOfScope',
    severity: 'warning',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 3, Art. 44', revdsg: 'DSG Art. 3, Art. 16' },
    entityKinds: kinds,
    field: 'transfers.0.regime',
    title: 'check.transfer.regime.outOfScope.title',
    message: 'check.transfer.regime.outOfScope',
    check(s, report) {
      eachTransfer(s, (c) => {
        const regimes = regimesOf(s, c.holder.kind, c.holder.entity)
        // Reported under the entity's own regimes: the transfer's regime is the one that does not apply.
        if (!regimes.includes(c.transfer.regime)) report(hit(c, 'regime', {}, regimes))
      })
    }
  }),
  rule({
    id: 'transfer.notAbroad',
    severity: 'info',
    regimes: BOTH,
    ref: { gdpr: 'GDPR Art. 44', revdsg: 'DSG Art. 16 Abs. 1' },
    entityKinds: kinds,
    field: 'transfers.0.country',
    title: 'check.transfer.notAbroad.title',
    message: 'check.transfer.notAbroad',
    check(s, report) {
      eachTransfer(s, (c) => {
        if (!isThirdCountry(c.transfer.regime, c.transfer.country)) report(hit(c, 'country'))
      })
    }
  }),
  rule({
    id: 'transfer.recipient.countryMismatch',
    severity: 'info',
    regimes: BOTH,
    ref: chapterV,
    entityKinds: kinds,
    field: 'transfers.0.country',
    title: 'check.transfer.recipient.countryMismatch.title',
    message: 'check.transfer.recipient.countryMismatch',
    check(s, report) {
      eachTransfer(s, (c) => {
        const home = c.recipient?.country ?? null
        if (home !== null && home !== c.transfer.country) report(hit(c, 'country', { recipientCountry: home }))
      })
    }
  }),
  rule({
    id: 'transfer.recipient.unrecorded',
    severity: 'warning',
    regimes: BOTH,
    ref: chapterV,
    entityKinds: kinds,
    field: 'transfers',
    title: 'check.transfer.recipient.unrecorded.title',
    message: 'check.transfer.recipient.unrecorded',
    check(s, report) {
      for (const holder of holders(s)) {
        const ids = holder.kind === 'activities' ? holder.entity.recipientIds : holder.entity.subProcessorIds
        const regimes = regimesOf(s, holder.kind, holder.entity)
        for (const id of ids) {
          const r = lookup(s, 'recipients', id)
          if (!r || r.kind === 'internal' || r.country === null) continue
          for (const regime of regimes) {
            if (!abroad(s, regime, r.country)) continue
            if (hasTransfer(holder.entity.transfers, regime, r.country, r.id)) continue
            report({ kind: holder.kind, entity: holder.entity, field: 'transfers', params: { recipient: r.name, country: r.country, regime }, regimes: [regime] })
          }
        }
      }
    }
  }),
  rule({
    id: 'transfer.hosting.unrecorded',
    severity: 'warning',
    regimes: BOTH,
    ref: chapterV,
    entityKinds: kinds,
    field: 'transfers',
    title: 'check.transfer.hosting.unrecorded.title',
    message: 'check.transfer.hosting.unrecorded',
    check(s, report) {
      for (const holder of holders(s)) {
        const recipientIds: readonly string[] = holder.kind === 'activities' ? holder.entity.recipientIds : holder.entity.subProcessorIds
        const regimes = regimesOf(s, holder.kind, holder.entity)
        for (const id of holder.entity.systemIds) {
          const system = lookup(s, 'systems', id)
          const country = system?.hostingCountry ?? null
          if (!system || country === null) continue
          // A vendor that is itself a linked recipient in that country is reported by transfer.recipient.unrecorded.
          const vendor = lookup(s, 'recipients', system.vendorId)
          if (vendor && vendor.country === country && recipientIds.includes(vendor.id)) continue
          for (const regime of regimes) {
            if (!abroad(s, regime, country) || hasTransfer(holder.entity.transfers, regime, country, null)) continue
            report({ kind: holder.kind, entity: holder.entity, field: 'transfers', params: { system: system.name, country, regime }, regimes: [regime] })
          }
        }
      }
    }
  })
]

/** A transfer of the regime to the recipient (by id), or to the country when no recipient is given. */
function hasTransfer(transfers: readonly Transfer[], regime: Regime, country: string, recipientId: string | null): boolean {
  return transfers.some(
    (t) => t.regime === regime && (recipientId !== null ? t.recipientId === recipientId || (t.recipientId === null && t.country === country) : t.country === country)
  )
}

