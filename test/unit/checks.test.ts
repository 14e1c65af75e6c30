import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Core } from '../../src/core'
import { rules } from '../../src/core/checks'
import { catalogs } from '../../src/core/catalogs'
import { buildDemoData, seedDemo } from '../../src/core/demo'
import type { InputOf } from '../../src/shared/api'
import { CheckCliOutput, CheckReport, type Finding } from '../../src/shared/checks'
import { hasMessage, type Message } from '../../src/shared/i18n'
import { checks as checkMessages } from '../../src/shared/i18n/messages/checks'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

/*
 * Every rule of the consistency checks has a case where it fires and one where it stays silent,
 * on real encrypted workspaces. Dates are compared with a fixed TODAY (checks.run / checks.entity
 * take `today`; DPO_TODAY does the same for callers that cannot pass it, such as acknowledge).
 */
const TODAY = '2026-03-10'
const ACTIVITY = 'activities' as const

type ActivityData = InputOf<'activities.create'>['data']
type Regimes = Array<'gdpr' | 'revdsg'>

const spaces: Array<() => void> = []
afterAll(() => spaces.reverse().forEach((cleanup) => cleanup()))

async function workspace(regimes: Regimes = ['gdpr', 'revdsg'], organisation: InputOf<'organisation.update'>['changes'] = {}, catalogsSeeded = false): Promise<Core> {
  const { dir, cleanup } = tempDir('dpo-checks-')
  spaces.push(cleanup)
  const unseeded = { ...catalogs, dataCategories: [], dataSubjectCategories: [] }
  const core = makeCore(dir, catalogsSeeded ? {} : { catalogs: unseeded })
  await core.call('workspace.create', { file: join(dir, 'ws.dpo'), passphrase: PASSPHRASE, organisationName: 'Muster AG', regimes, language: 'de' })
  await core.call('organisation.update', { changes: { country: 'DE', headcount: 500, contact: { name: 'Datenschutz', address: '', email: 'dsb@muster.example', phone: '' }, ...organisation } })
  spaces.push(() => core.close())
  return core
}

const ids = (findings: readonly Finding[]): string[] => findings.map((f) => f.ruleId)

// ---------------------------------------------------------------------------------------------
// One workspace (GDPR + revDSG, organisation in Germany, 500 employees) for the entity rules.

let core: Core
const e = {} as Record<'subject' | 'plain' | 'health' | 'criminal' | 'social' | 'internal' | 'processor' | 'us' | 'japan' | 'third' | 'tomDone' | 'tomPlanned' | 'system', string>

beforeAll(async () => {
  core = await workspace()
  const make = async (kind: 'dataSubjects' | 'dataCategories' | 'recipients' | 'toms' | 'systems', data: Record<string, unknown>) =>
    (await core.call(`${kind}.create`, { data } as never)).id as string
  e.subject = await make('dataSubjects', { name: 'Kunden' })
  e.plain = await make('dataCategories', { name: 'Kontaktdaten' })
  e.health = await make('dataCategories', { name: 'Gesundheitsdaten', gdprSpecial: 'art9', dsgSensitiveClause: 2 })
  e.criminal = await make('dataCategories', { name: 'Strafregisterdaten', gdprSpecial: 'art10', dsgSensitiveClause: 5 })
  e.social = await make('dataCategories', { name: 'Sozialhilfedaten', dsgSensitiveClause: 6 })
  e.internal = await make('recipients', { name: 'Personalabteilung', kind: 'internal', country: 'DE', dpaStatus: 'not_required' })
  e.processor = await make('recipients', { name: 'Hosting GmbH', kind: 'processor', country: 'DE', dpaStatus: 'signed' })
  e.us = await make('recipients', { name: 'Cloud Inc.', kind: 'processor', country: 'US', dpaStatus: 'signed', dpfCertifiedEu: true, dpfCertifiedCh: false })
  e.japan = await make('recipients', { name: 'Tokyo KK', kind: 'processor', country: 'JP', dpaStatus: 'signed' })
  e.third = await make('recipients', { name: 'Versicherung AG', kind: 'controller', country: 'DE', dpaStatus: 'not_required' })
  e.tomDone = await make('toms', { name: 'Verschlüsselung', status: 'implemented', evidence: 'Konfiguration geprüft' })
  e.tomPlanned = await make('toms', { name: 'MFA', status: 'planned' })
  e.system = await make('systems', { name: 'ERP', owner: 'IT', hostingCountry: 'DE', vendorId: e.processor, tomIds: [e.tomDone] })
})

/** A complete, consistent activity; each case changes what its rule is about. */
const clean = (): ActivityData => ({
  name: 'Vertragsabwicklung',
  purposes: ['Abwicklung von Bestellungen'],
  legalBases: ['gdpr-6-1-b', 'dsg-31-2-a'],
  dataSubjectIds: [e.subject],
  dataCategoryIds: [e.plain],
  recipientIds: [e.internal],
  retention: [{ dataCategoryId: e.plain, period: { amount: 10, unit: 'years' } }],
  tomIds: [e.tomDone],
  dpia: { wp248: [], art35_3: [], dsg22: [], result: 'not_required', justification: '', screenedAt: '2026-01-10' },
  reviewDate: '2027-01-01'
})

async function entityFindings(kind: InputOf<'checks.entity'>['kind'], id: string, c: Core = core): Promise<Finding[]> {
  return c.call('checks.entity', { kind, id, today: TODAY })
}

async function activity(changes: Partial<ActivityData>, c: Core = core): Promise<Finding[]> {
  const created = await c.call('activities.create', { data: { ...clean(), ...changes } })
  return entityFindings(ACTIVITY, created.id, c)
}

/** The rule fires on the first case and stays silent on the second. */
async function expectRule(ruleId: string, fires: Promise<Finding[]>, silent: Promise<Finding[]>): Promise<Finding> {
  const [yes, no] = await Promise.all([fires, silent])
  expect(ids(no), `${ruleId} must stay silent`).not.toContain(ruleId)
  const hit = yes.find((f) => f.ruleId === ruleId)
  expect(hit, `${ruleId} must fire; got ${ids(yes).join(', ')}`).toBeDefined()
  return hit!
}

describe('a clean activity', () => {
  it('has no findings at all', async () => {
    expect(await activity({})).toEqual([])
  })
})

describe('record of processing activities (GDPR Art. 30(1), DSG Art. 12 Abs. 2)', () => {
  it('ropa.purpose.missing', async () => {
    const f = await expectRule('ropa.purpose.missing', activity({ purposes: [] }), activity({}))
    expect(f).toMatchObject({ severity: 'error', field: 'purposes', ref: 'GDPR Art. 30(1)(b); DSG Art. 12 Abs. 2 lit. b', regimes: ['gdpr', 'revdsg'] })
  })
  it('ropa.dataSubjects.missing', async () => {
    await expectRule('ropa.dataSubjects.missing', activity({ dataSubjectIds: [] }), activity({}))
  })
  it('ropa.dataCategories.missing', async () => {
    await expectRule('ropa.dataCategories.missing', activity({ dataCategoryIds: [], retention: [] }), activity({}))
  })
  it('ropa.recipients.missing (a warning: "none" is possible)', async () => {
    const f = await expectRule('ropa.recipients.missing', activity({ recipientIds: [] }), activity({}))
    expect(f.severity).toBe('warning')
  })
  it('ropa.retention.missing (a warning: "where possible")', async () => {
    const f = await expectRule('ropa.retention.missing', activity({ retention: [] }), activity({}))
    expect(f).toMatchObject({ severity: 'warning', ref: 'GDPR Art. 30(1)(f); DSG Art. 12 Abs. 2 lit. e' })
  })
  it('ropa.retention.incomplete: neither period nor criteria', async () => {
    const f = await expectRule(
      'ropa.retention.incomplete',
      activity({ retention: [{ dataCategoryId: e.plain, period: null, criteria: '' }] }),
      activity({ retention: [{ dataCategoryId: e.plain, period: null, criteria: 'Ende der Garantiefrist' }] })
    )
    expect(f.field).toBe('retention.0.period')
  })
  it('ropa.retention.unlinkedCategory: retention for a category the activity does not link', async () => {
    const f = await expectRule(
      'ropa.retention.unlinkedCategory',
      activity({ retention: [{ dataCategoryId: e.plain, period: { amount: 1, unit: 'years' } }, { dataCategoryId: e.health, period: { amount: 1, unit: 'years' } }] }),
      activity({})
    )
    expect(f).toMatchObject({ field: 'retention.1.dataCategoryId', params: { category: 'Gesundheitsdaten' } })
  })
  it('ropa.toms.missing: no linked measure and no description', async () => {
    await expectRule('ropa.toms.missing', activity({ tomIds: [], tomSummary: '' }), activity({ tomIds: [], tomSummary: 'Verschlüsselung, Rollenkonzept' }))
  })
  it('ropa.jointControllers.missing: GDPR only, so not for a revDSG-only activity', async () => {
    await expectRule('ropa.jointControllers.missing', activity({ role: 'joint_controller' }), activity({ role: 'joint_controller', jointControllers: 'Partner AG, Zürich' }))
    expect(ids(await activity({ role: 'joint_controller', regimes: ['revdsg'], legalBases: ['dsg-31-2-a'] }))).not.toContain('ropa.jointControllers.missing')
  })
})

describe('processor record (GDPR Art. 30(2), DSG Art. 12 Abs. 3)', () => {
  const processing = async (data: Record<string, unknown>): Promise<Finding[]> => {
    const created = await core.call('processorActivities.create', {
      data: { name: 'Hosting für Kunden', controllers: [{ name: 'Kunde AG' }], processingCategories: ['Hosting'], tomIds: [e.tomDone], ...data }
    })
    return entityFindings('processorActivities', created.id)
  }
  it('processor.controllers.missing', async () => {
    await expectRule('processor.controllers.missing', processing({ controllers: [] }), processing({}))
  })
  it('processor.categories.missing', async () => {
    await expectRule('processor.categories.missing', processing({ processingCategories: [] }), processing({}))
  })
  it('processor.toms.missing', async () => {
    await expectRule('processor.toms.missing', processing({ tomIds: [] }), processing({ tomIds: [], tomSummary: 'ISO 27001' }))
  })
  it('processorActivity.review.overdue', async () => {
    await expectRule('processorActivity.review.overdue', processing({ reviewDate: '2026-01-31' }), processing({ reviewDate: TODAY }))
  })
})

describe('lawfulness (GDPR Art. 6, 9, 10; DSG Art. 6 Abs. 7, 30, 31)', () => {
  it('lawfulness.gdpr.basisMissing: a warning, and never for a revDSG-only activity', async () => {
    const f = await expectRule('lawfulness.gdpr.basisMissing', activity({ legalBases: ['dsg-31-2-a'] }), activity({ legalBases: ['dsg-31-2-a'], regimes: ['revdsg'] }))
    expect(f.severity).toBe('warning')
  })
  it('lawfulness.art9.conditionMissing', async () => {
    const health = { dataCategoryIds: [e.health], retention: [] }
    await expectRule(
      'lawfulness.art9.conditionMissing',
      activity({ ...health, legalBases: ['gdpr-6-1-b', 'dsg-31-2-a'] }),
      activity({ ...health, legalBases: ['gdpr-6-1-b', 'gdpr-9-2-b', 'dsg-31-2-a'] })
    )
  })
  it('lawfulness.special.art6Missing: an Art. 9(2) condition alone is not enough', async () => {
    const health = { dataCategoryIds: [e.health], retention: [] }
    const fires = await activity({ ...health, legalBases: ['gdpr-9-2-b', 'dsg-31-2-a'] })
    await expectRule('lawfulness.special.art6Missing', Promise.resolve(fires), activity({ ...health, legalBases: ['gdpr-6-1-b', 'gdpr-9-2-b', 'dsg-31-2-a'] }))
    // The general "no Art. 6 basis" warning gives way to the error.
    expect(ids(fires)).not.toContain('lawfulness.gdpr.basisMissing')
  })
  it('lawfulness.art10.authorisationMissing', async () => {
    const criminal = { dataCategoryIds: [e.criminal], retention: [] }
    await expectRule('lawfulness.art10.authorisationMissing', activity(criminal), activity({ ...criminal, legalBases: ['gdpr-6-1-b', 'gdpr-10', 'dsg-31-2-a'] }))
  })
  it('lawfulness.basis.otherRegime: a GDPR code on a revDSG-only activity', async () => {
    const f = await expectRule(
      'lawfulness.basis.otherRegime',
      activity({ regimes: ['revdsg'], legalBases: ['dsg-31-2-a', 'gdpr-6-1-b'] }),
      activity({ regimes: ['revdsg'], legalBases: ['dsg-31-2-a'] })
    )
    expect(f).toMatchObject({ field: 'legalBases.1', params: { code: 'gdpr-6-1-b' }, regimes: ['revdsg'], ref: 'DSG Art. 31' })
  })
  it('lawfulness.consent.records: consent needs records and withdrawal (info)', async () => {
    const f = await expectRule('lawfulness.consent.records', activity({ legalBases: ['gdpr-6-1-a', 'dsg-31-1-consent'] }), activity({}))
    expect(f.severity).toBe('info')
  })
  it('dsg.consent.express: consent for sensitive data must be express, resolved by saying so', async () => {
    const data = { dataCategoryIds: [e.social], retention: [], legalBases: ['gdpr-6-1-a', 'dsg-31-1-consent'] }
    const f = await expectRule('dsg.consent.express', activity(data), activity({ ...data, legalBasisNotes: 'Ausdrückliche Einwilligung im Formular (Häkchen, nicht vorausgefüllt).' }))
    expect(f).toMatchObject({ severity: 'warning', ref: 'DSG Art. 6 Abs. 7 lit. a', regimes: ['revdsg'] })
  })
  it('dsg.sensitive.disclosure: sensitive data to a third party needs a justification', async () => {
    const data = { dataCategoryIds: [e.social], retention: [], recipientIds: [e.third] }
    await expectRule('dsg.sensitive.disclosure', activity({ ...data, legalBases: ['gdpr-6-1-b'] }), activity({ ...data, legalBases: ['gdpr-6-1-b', 'dsg-31-1-interest'] }))
    // A processor is not a third party.
    expect(ids(await activity({ ...data, recipientIds: [e.processor], legalBases: ['gdpr-6-1-b'] }))).not.toContain('dsg.sensitive.disclosure')
  })
})

describe('transfers abroad (GDPR Art. 44–49, DSG Art. 16–17)', () => {
  type T = NonNullable<ActivityData['transfers']>[number]
  const transfer = (t: Partial<T> & { country: string; regime: 'gdpr' | 'revdsg' }): Promise<Finding[]> =>
    activity({ recipientIds: [e.internal, ...(t.recipientId ? [t.recipientId] : [])], transfers: [{ mechanism: null, notes: '', ...t }] })

  it('transfer.mechanism.missing: India without a mechanism', async () => {
    const f = await expectRule('transfer.mechanism.missing', transfer({ country: 'IN', regime: 'gdpr' }), transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-SCC' }))
    expect(f).toMatchObject({ severity: 'error', field: 'transfers.0.mechanism', regimes: ['gdpr'], ref: 'GDPR Art. 30(1)(e), Art. 44–49' })
  })
  it('transfer.mechanism.adequacyUnnamed: an adequate country with no mechanism named', async () => {
    await expectRule('transfer.mechanism.adequacyUnnamed', transfer({ country: 'NZ', regime: 'gdpr' }), transfer({ country: 'NZ', regime: 'gdpr', mechanism: 'EU-ADQ' }))
  })
  it('transfer.mechanism.wrongRegime: EU-* on a revDSG transfer', async () => {
    await expectRule(
      'transfer.mechanism.wrongRegime',
      transfer({ country: 'IN', regime: 'revdsg', mechanism: 'EU-SCC' }),
      transfer({ country: 'IN', regime: 'revdsg', mechanism: 'CH-SCC' })
    )
  })
  it('transfer.adequacy.notListed: Japan is adequate for the EU, not on the Swiss list', async () => {
    const f = await expectRule(
      'transfer.adequacy.notListed',
      transfer({ country: 'JP', regime: 'revdsg', mechanism: 'CH-ADQ', recipientId: e.japan }),
      transfer({ country: 'JP', regime: 'gdpr', mechanism: 'EU-ADQ', recipientId: e.japan })
    )
    expect(f.ref).toBe('DSG Art. 16 Abs. 1; DSV Art. 8, Anhang 1')
  })
  it('transfer.adequacy.dpfMissing: a US recipient certified for the EU, not under the Swiss-U.S. DPF', async () => {
    const f = await expectRule(
      'transfer.adequacy.dpfMissing',
      transfer({ country: 'US', regime: 'revdsg', mechanism: 'CH-ADQ', recipientId: e.us }),
      transfer({ country: 'US', regime: 'gdpr', mechanism: 'EU-ADQ', recipientId: e.us })
    )
    expect(f.params).toMatchObject({ recipient: 'Cloud Inc.', country: 'US', mechanism: 'CH-ADQ' })
    expect(f.message).toContain('revDSG')
  })
  it('transfer.adequacy.partial: Canada (PIPEDA) covers part of the country only', async () => {
    await expectRule('transfer.adequacy.partial', transfer({ country: 'CA', regime: 'gdpr', mechanism: 'EU-ADQ' }), transfer({ country: 'NZ', regime: 'gdpr', mechanism: 'EU-ADQ' }))
  })
  it('transfer.derogation.regular: Art. 49 / DSG Art. 17 for a recorded (regular) transfer', async () => {
    await expectRule('transfer.derogation.regular', transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-49-B' }), transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-SCC' }))
    expect(ids(await transfer({ country: 'IN', regime: 'revdsg', mechanism: 'CH-17-B1' }))).toContain('transfer.derogation.regular')
  })
  it('transfer.assessment.undocumented: EU-49-2 needs the documented assessment', async () => {
    await expectRule(
      'transfer.assessment.undocumented',
      transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-49-2' }),
      transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-49-2', notes: 'Beurteilung vom 3.2.2026; Aufsichtsbehörde informiert.' })
    )
  })
  it('transfer.regime.outOfScope: a revDSG transfer on a GDPR-only activity', async () => {
    const outOfScope = activity({ regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'], transfers: [{ country: 'IN', regime: 'revdsg', mechanism: 'CH-SCC' }] })
    const inScope = activity({ regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'], transfers: [{ country: 'IN', regime: 'gdpr', mechanism: 'EU-SCC' }] })
    const f = await expectRule('transfer.regime.outOfScope', outOfScope, inScope)
    expect(f.regimes).toEqual(['gdpr'])
  })
  it('transfer.notAbroad: France is no third country under the GDPR', async () => {
    await expectRule('transfer.notAbroad', transfer({ country: 'FR', regime: 'gdpr' }), transfer({ country: 'FR', regime: 'revdsg', mechanism: 'CH-ADQ' }))
  })
  it('transfer.recipient.countryMismatch', async () => {
    await expectRule(
      'transfer.recipient.countryMismatch',
      transfer({ country: 'IN', regime: 'gdpr', mechanism: 'EU-SCC', recipientId: e.us }),
      transfer({ country: 'US', regime: 'gdpr', mechanism: 'EU-ADQ', recipientId: e.us })
    )
  })
  it('transfer.recipient.unrecorded: a recipient abroad needs a transfer under each regime', async () => {
    const none = await activity({ recipientIds: [e.internal, e.us] })
    const hits = none.filter((f) => f.ruleId === 'transfer.recipient.unrecorded')
    expect(hits.map((f) => f.regimes)).toEqual([['gdpr'], ['revdsg']])
    const onlyEu = await activity({ recipientIds: [e.us], transfers: [{ country: 'US', regime: 'gdpr', mechanism: 'EU-ADQ', recipientId: e.us }] })
    expect(onlyEu.filter((f) => f.ruleId === 'transfer.recipient.unrecorded').map((f) => f.regimes)).toEqual([['revdsg']])
    const both = await activity({
      recipientIds: [e.us],
      transfers: [
        { country: 'US', regime: 'gdpr', mechanism: 'EU-ADQ', recipientId: e.us },
        { country: 'US', regime: 'revdsg', mechanism: 'CH-SCC', recipientId: e.us }
      ]
    })
    expect(ids(both)).not.toContain('transfer.recipient.unrecorded')
  })
  it('transfer.hosting.unrecorded: a linked system hosted abroad', async () => {
    const usHosted = (await core.call('systems.create', { data: { name: 'Analytics', owner: 'Marketing', hostingCountry: 'US' } })).id
    await expectRule(
      'transfer.hosting.unrecorded',
      activity({ systemIds: [usHosted], regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'] }),
      activity({ systemIds: [usHosted], regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'], transfers: [{ country: 'US', regime: 'gdpr', mechanism: 'EU-SCC' }] })
    )
  })
})

describe('recipients, systems, measures, links', () => {
  const recipient = async (data: Record<string, unknown>): Promise<Finding[]> =>
    entityFindings('recipients', (await core.call('recipients.create', { data: { name: 'Dienstleister', ...data } })).id)
  const system = async (data: Record<string, unknown>): Promise<Finding[]> =>
    entityFindings('systems', (await core.call('systems.create', { data: { name: 'CRM', owner: 'Verkauf', hostingCountry: 'DE', ...data } })).id)
  const tom = async (data: Record<string, unknown>): Promise<Finding[]> =>
    entityFindings('toms', (await core.call('toms.create', { data: { name: 'Backup', status: 'implemented', evidence: 'Restore-Test', ...data } })).id)

  it('recipient.dpa.missing: a processor without a signed agreement', async () => {
    const f = await expectRule('recipient.dpa.missing', recipient({ kind: 'processor', country: 'DE', dpaStatus: 'missing' }), recipient({ kind: 'processor', country: 'DE', dpaStatus: 'signed' }))
    expect(f.message).toContain('fehlt')
    expect(ids(await recipient({ kind: 'processor', country: 'DE', dpaStatus: 'in_negotiation' }))).toContain('recipient.dpa.missing')
  })
  it('recipient.dpa.notRequired: "not required" does not fit a processor', async () => {
    await expectRule('recipient.dpa.notRequired', recipient({ kind: 'processor', country: 'DE', dpaStatus: 'not_required' }), recipient({ kind: 'controller', country: 'DE', dpaStatus: 'not_required' }))
  })
  it('recipient.country.missing: an external recipient without a country', async () => {
    await expectRule('recipient.country.missing', recipient({ kind: 'controller', dpaStatus: 'not_required' }), recipient({ kind: 'internal', dpaStatus: 'not_required' }))
  })
  it('system.owner.missing', async () => {
    await expectRule('system.owner.missing', system({ owner: '' }), system({}))
  })
  it('system.hosting.missing (not for paper files)', async () => {
    await expectRule('system.hosting.missing', system({ hostingCountry: null }), system({ kind: 'paper', hostingCountry: null }))
  })
  it('system.vendor.noDpa: the vendor is a processor without an agreement', async () => {
    const vendor = (await core.call('recipients.create', { data: { name: 'Wartung AG', kind: 'processor', country: 'DE', dpaStatus: 'missing' } })).id
    await expectRule('system.vendor.noDpa', system({ vendorId: vendor }), system({ vendorId: e.processor }))
  })
  it('tom.notImplemented: an activity or system relies on a planned measure', async () => {
    const f = await expectRule('tom.notImplemented', activity({ tomIds: [e.tomDone, e.tomPlanned] }), activity({}))
    // Parameters keep the codes; the message says them in the user's language.
    expect(f).toMatchObject({ field: 'tomIds.1', params: { tom: 'MFA', status: 'planned' } })
    expect(f.message).toContain('(Status: geplant)')
    await expectRule('tom.notImplemented', system({ tomIds: [e.tomPlanned] }), system({ tomIds: [e.tomDone] }))
  })
  it('tom.evidence.missing: implemented without evidence (info)', async () => {
    await expectRule('tom.evidence.missing', tom({ evidence: '' }), tom({ status: 'planned', evidence: '' }))
  })
  it('tom.review.overdue', async () => {
    await expectRule('tom.review.overdue', tom({ reviewDate: '2026-03-09' }), tom({ reviewDate: TODAY }))
  })
  it('link.archived: a current activity links an archived entry', async () => {
    const old = (await core.call('dataCategories.create', { data: { name: 'Faxnummern' } })).id
    const a = await core.call('activities.create', { data: { ...clean(), dataCategoryIds: [e.plain, old] } })
    expect(ids(await entityFindings(ACTIVITY, a.id))).not.toContain('link.archived')
    await core.call('dataCategories.archive', { ids: [old] })
    const f = (await entityFindings(ACTIVITY, a.id)).find((x) => x.ruleId === 'link.archived')
    expect(f).toMatchObject({ field: 'dataCategoryIds.1', params: { target: 'Faxnummern' } })
  })
})

describe('DPIA (GDPR Art. 35, WP248; DSG Art. 22)', () => {
  const dpia = (d: Partial<NonNullable<ActivityData['dpia']>>, more: Partial<ActivityData> = {}) =>
    activity({ ...more, dpia: { wp248: [], art35_3: [], dsg22: [], result: null, justification: '', screenedAt: '2026-01-10', ...d } })

  it('dpia.required.unassessed: two WP248 criteria without result or justification', async () => {
    const f = await expectRule('dpia.required.unassessed', dpia({ wp248: [3, 7] }), dpia({ wp248: [3, 7], result: 'recommended', justification: 'Nicht umfangreich, Bereich nicht öffentlich.' }))
    expect(f).toMatchObject({ severity: 'error', params: { criteria: 'WP248 3, 7' } })
    expect(ids(await dpia({ wp248: [3, 7], result: 'required' }))).not.toContain('dpia.required.unassessed')
  })
  it('dpia.required.unassessed: an Art. 35(3) case counts under the GDPR only, DSG Art. 22 Abs. 2 under the DSG only', async () => {
    expect(ids(await dpia({ art35_3: ['b'] }, { regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'] }))).toContain('dpia.required.unassessed')
    expect(ids(await dpia({ art35_3: ['b'] }, { regimes: ['revdsg'], legalBases: ['dsg-31-2-a'] }))).not.toContain('dpia.required.unassessed')
    expect(ids(await dpia({ dsg22: ['a'] }, { regimes: ['gdpr'], legalBases: ['gdpr-6-1-b'] }))).not.toContain('dpia.required.unassessed')
    const dsg = (await dpia({ dsg22: ['b'] }, { regimes: ['revdsg'], legalBases: ['dsg-31-2-a'] })).find((f) => f.ruleId === 'dpia.required.unassessed')
    expect(dsg).toMatchObject({ regimes: ['revdsg'], ref: 'DSG Art. 22 Abs. 1–2', params: { criteria: 'DSG Art. 22 Abs. 2 lit. b' } })
  })
  it('dpia.required.undocumented: a required DPIA that is not referenced (info)', async () => {
    await expectRule('dpia.required.undocumented', dpia({ wp248: [1, 5], result: 'required' }), dpia({ wp248: [1, 5], result: 'required', justification: 'DSFA vom 12.1.2026, Restrisiko tragbar.' }))
  })
  it('dpia.largeScaleSensitive: large-scale special categories are an Art. 35(3)(b) / Art. 22 Abs. 2 lit. a case', async () => {
    const health = { dataCategoryIds: [e.health], retention: [], legalBases: ['gdpr-6-1-b', 'gdpr-9-2-h', 'dsg-31-2-a'] }
    const fires = await dpia({ wp248: [4, 5], result: 'required', justification: 'DSFA läuft' }, health)
    expect(fires.filter((f) => f.ruleId === 'dpia.largeScaleSensitive').map((f) => [f.field, f.regimes])).toEqual([
      ['dpia.art35_3', ['gdpr']],
      ['dpia.dsg22', ['revdsg']]
    ])
    expect(ids(await dpia({ wp248: [4, 5], art35_3: ['b'], dsg22: ['a'], result: 'required', justification: 'DSFA läuft' }, health))).not.toContain('dpia.largeScaleSensitive')
  })
  it('dpia.screening.missing: sensitive data and no screening at all (info)', async () => {
    const health = { dataCategoryIds: [e.health], retention: [], legalBases: ['gdpr-6-1-b', 'gdpr-9-2-h', 'dsg-31-2-a'] }
    await expectRule('dpia.screening.missing', activity({ ...health, dpia: undefined }), activity(health))
  })
})

describe('reviews and approvals', () => {
  it('activity.review.overdue: due before today (today itself is not overdue)', async () => {
    const f = await expectRule('activity.review.overdue', activity({ reviewDate: '2026-03-09' }), activity({ reviewDate: TODAY }))
    expect(f.params).toMatchObject({ date: '2026-03-09' })
  })
  it('activity.approval.incomplete', async () => {
    await expectRule('activity.approval.incomplete', activity({ status: 'approved', approvedBy: 'CEO' }), activity({ status: 'approved', approvedBy: 'CEO', approvedAt: '2026-02-01' }))
  })
  it('activity.approval.stale: a change of content after the approval, not of notes; re-approval clears it', async () => {
    const a = await core.call('activities.create', { data: { ...clean(), status: 'approved', approvedBy: 'CEO', approvedAt: '2026-02-01' } })
    const stale = async () => ids(await entityFindings(ACTIVITY, a.id)).includes('activity.approval.stale')
    expect(await stale()).toBe(false)
    await core.call('activities.update', { id: a.id, changes: { notes: 'Nur eine Notiz' } })
    expect(await stale()).toBe(false)
    await core.call('activities.update', { id: a.id, changes: { purposes: ['Abwicklung von Bestellungen', 'Werbung'] } })
    expect(await stale()).toBe(true)
    const f = (await entityFindings(ACTIVITY, a.id)).find((x) => x.ruleId === 'activity.approval.stale')
    expect(f?.params).toMatchObject({ date: '2026-02-01', fields: 'purposes' })
    await core.call('activities.update', { id: a.id, changes: { approvedAt: TODAY } })
    expect(await stale()).toBe(false)
  })
})

describe('data categories', () => {
  const category = async (data: Record<string, unknown>, link = false): Promise<Finding[]> => {
    const id = (await core.call('dataCategories.create', { data: { name: 'Kategorie', ...data } })).id
    if (link) await core.call('activities.create', { data: { ...clean(), dataCategoryIds: [id], retention: [] } })
    return entityFindings('dataCategories', id)
  }
  it('dataCategory.unused', async () => {
    await expectRule('dataCategory.unused', category({}), category({}, true))
  })
  it('dataCategory.dsgClause.missing: an Art. 9 category is sensitive under the DSG too', async () => {
    await expectRule('dataCategory.dsgClause.missing', category({ gdprSpecial: 'art9' }, true), category({ gdprSpecial: 'art9', dsgSensitiveClause: 2 }, true))
  })
  it('dataCategory.gdprSpecial.check: DSG-sensitive but not special under the GDPR (not for social assistance)', async () => {
    await expectRule('dataCategory.gdprSpecial.check', category({ dsgSensitiveClause: 2 }, true), category({ dsgSensitiveClause: 6 }, true))
  })
})

describe('regimes', () => {
  it('checks a revDSG-only activity against no GDPR rule', async () => {
    const findings = await activity({ regimes: ['revdsg'], dataCategoryIds: [e.health, e.criminal], retention: [], legalBases: [], dpia: undefined, recipientIds: [e.us] })
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(f.regimes, f.ruleId).toEqual(['revdsg'])
      expect(f.ref, f.ruleId).not.toMatch(/GDPR/)
    }
    expect(ids(findings)).not.toContain('lawfulness.art9.conditionMissing')
  })
  it('follows the organisation when the activity names no regime, and the workspace when it has one regime', async () => {
    const dsgOnly = await workspace(['revdsg'], { country: 'CH' })
    const cat = (await dsgOnly.call('dataCategories.create', { data: { name: 'Gesundheit', gdprSpecial: 'art9', dsgSensitiveClause: 2 } })).id
    const a = await dsgOnly.call('activities.create', { data: { name: 'HR', purposes: ['Lohn'], dataCategoryIds: [cat], legalBases: [] } })
    const findings = await entityFindings(ACTIVITY, a.id, dsgOnly)
    expect(findings.every((f) => f.regimes.join() === 'revdsg')).toBe(true)
    expect(ids(findings)).toContain('dpia.screening.missing')
    // Swiss German messages for a Swiss organisation.
    expect(findings.find((f) => f.ruleId === 'ropa.dataSubjects.missing')?.message).toMatch(/Kategorien betroffener Personen/)
    expect(findings.find((f) => f.ruleId === 'dpia.screening.missing')?.message).toMatch(/besonders schützenswerte Personendaten/)
  })
})

// ---------------------------------------------------------------------------------------------

describe('the organisation (GDPR Art. 27, 30(1)(a), 30(5); DSV Art. 24)', () => {
  const org = (c: Core) => entityFindings('organisation', 'organisation', c)

  it('org.exemption.gdpr: fewer than 250 employees, yet regular processing must be recorded', async () => {
    const c = await workspace(['gdpr'], { headcount: 120 })
    expect(ids(await org(c))).not.toContain('org.exemption.gdpr')
    await c.call('activities.create', { data: { name: 'CRM', purposes: ['Kundenbetreuung'] } })
    const f = (await org(c)).find((x) => x.ruleId === 'org.exemption.gdpr')
    expect(f).toMatchObject({ severity: 'info', entityKind: 'organisation', entityId: 'organisation', field: 'headcount', params: { headcount: 120, regular: 1, special: 0 } })
    await c.call('organisation.update', { changes: { headcount: 250 } })
    expect(ids(await org(c))).not.toContain('org.exemption.gdpr')
  })
  it('org.exemption.dsg / dsgApplies: large-scale sensitive data or high-risk profiling decide', async () => {
    const c = await workspace(['revdsg'], { country: 'CH', headcount: 80 })
    const health = (await c.call('dataCategories.create', { data: { name: 'Gesundheit', gdprSpecial: 'art9', dsgSensitiveClause: 2 } })).id
    await c.call('activities.create', { data: { name: 'Absenzen', purposes: ['Lohnfortzahlung'], dataCategoryIds: [health] } })
    let found = ids(await org(c))
    expect(found).toContain('org.exemption.dsgApplies')
    expect(found).not.toContain('org.exemption.dsg')
    await c.call('activities.create', {
      data: { name: 'Case Management', purposes: ['Wiedereingliederung'], dataCategoryIds: [health], dpia: { wp248: [4, 5], art35_3: [], dsg22: [], result: null, justification: '', screenedAt: null } }
    })
    found = ids(await org(c))
    expect(found).toContain('org.exemption.dsg')
    expect(found).not.toContain('org.exemption.dsgApplies')
    const f = (await org(c)).find((x) => x.ruleId === 'org.exemption.dsg')
    expect(f?.params).toMatchObject({ headcount: 80, sensitive: 1, profiling: 0 })
    expect(f?.message).toMatch(/massgebend ist der 1\. Januar/)
  })
  it('org.headcount.missing', async () => {
    const c = await workspace(['gdpr', 'revdsg'], { headcount: null })
    expect(ids(await org(c))).toContain('org.headcount.missing')
    await c.call('organisation.update', { changes: { headcount: 40 } })
    expect(ids(await org(c))).not.toContain('org.headcount.missing')
  })
  it('org.contact.missing', async () => {
    const c = await workspace(['gdpr'], { contact: { name: '', address: '', email: '', phone: '' } })
    expect(ids(await org(c))).toContain('org.contact.missing')
    await c.call('organisation.update', { changes: { address: 'Musterstrasse 1, 8000 Zürich' } })
    expect(ids(await org(c))).not.toContain('org.contact.missing')
  })
  it('org.representative.missing: a controller outside the EEA under the GDPR', async () => {
    const c = await workspace(['gdpr', 'revdsg'], { country: 'CH' })
    expect(ids(await org(c))).toContain('org.representative.missing')
    await c.call('organisation.update', { changes: { representative: { name: 'EuRep GmbH', address: 'München', email: '', phone: '' } } })
    expect(ids(await org(c))).not.toContain('org.representative.missing')
    const dsgOnly = await workspace(['revdsg'], { country: 'CH' })
    expect(ids(await org(dsgOnly))).not.toContain('org.representative.missing')
  })
})

// ---------------------------------------------------------------------------------------------

describe('every rule', () => {
  it('is tested above with a finding and without one', async () => {
    const source = readFileSync(__filename, 'utf8')
    const untested = rules.map((r) => r.id).filter((id) => !source.includes(`'${id}'`))
    expect(untested).toEqual([])
    expect(rules.length).toBeGreaterThanOrEqual(25)
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })

  it('is listed by checks.rules with its reference and messages in the user language', async () => {
    const german = await core.call('checks.rules', {})
    expect(german.map((r) => r.id)).toEqual(rules.map((r) => r.id))
    for (const r of german) {
      expect(r.ref, r.id).not.toBe('')
      expect(r.title, r.id).not.toMatch(/^check\./)
      expect(r.regimes.length, r.id).toBeGreaterThan(0)
    }
    expect(german.find((r) => r.id === 'ropa.purpose.missing')).toMatchObject({ severity: 'error', ref: 'GDPR Art. 30(1)(b); DSG Art. 12 Abs. 2 lit. b', title: 'Zweck fehlt' })
    await core.call('settings.update', { language: 'en' })
    try {
      const english = await core.call('checks.rules', {})
      expect(english.find((r) => r.id === 'transfer.adequacy.dpfMissing')?.message).toContain('{recipient}')
      expect((await activity({ purposes: [] })).find((f) => f.ruleId === 'ropa.purpose.missing')?.message).toMatch(/^No purpose/)
    } finally {
      await core.call('settings.update', { language: 'de' })
    }
  })

  it('has a title and a message in every language, with the same placeholders', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const r of rules) {
      expect(hasMessage(r.title) && hasMessage(r.message), r.id).toBe(true)
      expect(r.message, r.id).toBe(`check.${r.id}`)
    }
    for (const [key, m] of Object.entries(checkMessages) as Array<[string, Message]>) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) {
        expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
        expect(m['de-CH'], key).not.toMatch(/ß/)
      }
      // Swiss spelling wherever German uses ß; Swiss terms wherever a rule is not GDPR-only.
      const gdprOnly = rules.find((r) => r.message === key || r.title === key)?.regimes.join() === 'gdpr'
      if (/ß/.test(m.de) || (!gdprOnly && /[Vv]erarbeit/.test(m.de))) expect(m['de-CH'], key).toBeDefined()
    }
  })
})

describe('a full check asked for again', () => {
  it('counts open findings per entity of a kind, and follows every change, acknowledgement and day', async () => {
    const a = await core.call('activities.create', { data: { ...clean(), purposes: [] } })
    const none = { error: 0, warning: 0, info: 0 }
    const countsOf = async (today = TODAY) => (await core.call('checks.counts', { kind: ACTIVITY, today }))[a.id] ?? none
    const open = (await core.call('checks.run', { today: TODAY })).findings.filter((f) => f.entityId === a.id && !f.acknowledged)
    const bySeverity = (severity: string) => open.filter((f) => f.severity === severity).length
    expect(await countsOf()).toEqual({ error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info') })
    expect(await countsOf()).toEqual({ ...none, error: 1 })

    // An edit that fixes the finding: the next answer is a new check, not the kept one.
    await core.call('activities.update', { id: a.id, changes: { purposes: ['Abwicklung von Bestellungen'] } })
    expect(await countsOf()).toEqual(none)

    // Another day is another check: a review date a week ago is overdue today, not a month ago.
    await core.call('activities.update', { id: a.id, changes: { reviewDate: '2026-03-03' } })
    expect(await countsOf()).toEqual({ ...none, warning: 1 })
    expect(await countsOf('2026-02-10')).toEqual(none)

    // An acknowledgement is audited like an edit: the finding stops counting at once.
    await core.call('checks.acknowledge', { ruleId: 'activity.review.overdue', entityId: a.id, reason: 'Überprüfung ist terminiert' })
    expect(await countsOf()).toEqual(none)
    const acknowledged = (await core.call('checks.run', { today: TODAY })).findings.find((f) => f.entityId === a.id && f.ruleId === 'activity.review.overdue')
    expect(acknowledged?.acknowledged).toMatchObject({ reason: 'Überprüfung ist terminiert' })
  })
})

// ---------------------------------------------------------------------------------------------
// The demo company, built for a fixed day so that its relative dates never move.

describe('the demo workspace (Helvetia Shop AG)', () => {
  let demo: Core
  const previousToday = process.env.DPO_TODAY
  beforeAll(async () => {
    const { dir, cleanup } = tempDir('dpo-checks-demo-')
    spaces.push(cleanup)
    demo = makeCore(dir, { catalogs: { ...catalogs, dataCategories: [], dataSubjectCategories: [] } })
    spaces.push(() => demo.close())
    await demo.call('workspace.create', { file: join(dir, 'demo.dpo'), passphrase: PASSPHRASE, organisationName: 'Helvetia Shop AG', regimes: ['gdpr', 'revdsg'], language: 'de' })
    await seedDemo(demo.call, buildDemoData(new Date(`${TODAY}T12:00:00Z`)))
  })
  afterEach(() => {
    if (previousToday === undefined) delete process.env.DPO_TODAY
    else process.env.DPO_TODAY = previousToday
  })

  it('yields a known, plausible set of findings, the deliberate gaps included', async () => {
    const report = await demo.call('checks.run', { today: TODAY })
    expect(CheckReport.parse(report)).toBeTruthy()
    const summary = report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.entityRef || 'ORG'} ${f.field}`)
    expect(summary).toEqual([
      'error transfer.adequacy.dpfMissing VT-0003 transfers.1.mechanism',
      'error recipient.dpa.missing EM-0024 dpaStatus',
      'warning tom.notImplemented VT-0002 tomIds.0',
      'warning tom.notImplemented VT-0002 tomIds.7',
      'warning activity.review.overdue VT-0003 reviewDate',
      'warning tom.notImplemented VT-0003 tomIds.5',
      'warning ropa.retention.missing VT-0007 retention',
      'warning transfer.hosting.unrecorded VT-0010 transfers',
      'warning activity.review.overdue VT-0011 reviewDate',
      'warning transfer.hosting.unrecorded VT-0011 transfers',
      'warning transfer.hosting.unrecorded VT-0014 transfers',
      'warning activity.review.overdue VT-0015 reviewDate',
      'warning activity.review.overdue VT-0017 reviewDate',
      'warning tom.notImplemented SY-0001 tomIds.7',
      'warning tom.notImplemented SY-0002 tomIds.3',
      'warning tom.notImplemented SY-0003 tomIds.6',
      'warning system.vendor.noDpa SY-0010 vendorId',
      'warning tom.notImplemented SY-0012 tomIds.4',
      'warning tom.review.overdue TOM-0007 reviewDate',
      'warning tom.review.overdue TOM-0017 reviewDate',
      'warning tom.review.overdue TOM-0025 reviewDate',
      'info org.exemption.dsg ORG headcount',
      'info org.exemption.gdpr ORG headcount',
      'info lawfulness.consent.records VT-0003 legalBasisNotes',
      'info lawfulness.consent.records VT-0007 legalBasisNotes',
      'info lawfulness.consent.records VT-0008 legalBasisNotes',
      'info dpia.screening.missing VT-0013 dpia',
      'info dpia.screening.missing VT-0014 dpia',
      'info dpia.screening.missing VT-0015 dpia'
    ])
    expect(report.counts).toEqual({ error: 2, warning: 19, info: 8, acknowledged: 0 })
    expect(report.byRule['tom.notImplemented']).toBe(7)
    expect(report.today).toBe(TODAY)

    // The deliberate gaps of src/core/demo/demo-data.ts, by name.
    const about = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.entityName)
    expect(about('ropa.retention.missing')).toEqual(['Produktbewertungen'])
    expect(about('recipient.dpa.missing')).toEqual(['Wachtmeister Sicherheitstechnik AG'])
    expect(report.findings.filter((f) => f.ruleId === 'tom.notImplemented' && f.params.tom === 'Mehr-Faktor-Authentifizierung für Kundenkonten').map((f) => f.entityRef)).toEqual(['VT-0002', 'SY-0002'])
    const newsletter = report.findings.find((f) => f.ruleId === 'transfer.adequacy.dpfMissing')
    expect(newsletter).toMatchObject({ entityName: 'Newsletter und E-Mail-Marketing', regimes: ['revdsg'], params: { mechanism: 'CH-ADQ', country: 'US', recipient: 'CloudReach Inc.' } })
    expect(about('activity.review.overdue').length).toBeGreaterThanOrEqual(2)
    // The CRM activity uses CH-SCC for the same recipient: no finding there.
    expect(report.findings.some((f) => f.entityName.startsWith('CRM') && f.ruleId.startsWith('transfer.adequacy'))).toBe(false)
    // Swiss German for a Swiss organisation, with the regime and status terms translated.
    expect(newsletter?.message).toMatch(/^Bekanntgabe Nr\. 2 an CloudReach Inc\. \(US, revDSG\)/)

    // Completeness per field of the record: only the retention gap.
    const row = (field: string) => report.completeness.find((c) => c.field === field)!
    expect(row('purposes').filled).toBe(row('purposes').total)
    expect(row('retention')).toMatchObject({ filled: row('retention').total - 1 })
    expect(row('transfers').filled).toBe(row('transfers').total)
  })

  it('gives the same findings for one entity as the full run', async () => {
    const report = await demo.call('checks.run', { today: TODAY })
    const byEntity = new Map<string, { kind: string; findings: string[] }>()
    for (const f of report.findings) {
      const entry = byEntity.get(f.entityId) ?? { kind: f.entityKind, findings: [] }
      entry.findings.push(`${f.ruleId} ${f.field} ${f.ref}`)
      byEntity.set(f.entityId, entry)
    }
    for (const [id, { kind, findings }] of byEntity) {
      const one = await demo.call('checks.entity', { kind: kind as never, id, today: TODAY })
      expect(one.map((f) => `${f.ruleId} ${f.field} ${f.ref}`), `${kind} ${id}`).toEqual(findings)
    }
  })

  it('acknowledges a finding with a reason (audited, no longer open) and withdraws it again', async () => {
    process.env.DPO_TODAY = TODAY
    const before = await demo.call('checks.run', {})
    expect(before.today).toBe(TODAY)
    const gap = before.findings.find((f) => f.ruleId === 'recipient.dpa.missing')!
    expect(gap.acknowledged).toBeNull()

    expect(await demo.dispatch('checks.acknowledge', { ruleId: gap.ruleId, entityId: gap.entityId, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await demo.dispatch('checks.acknowledge', { ruleId: 'ropa.purpose.missing', entityId: gap.entityId, reason: 'Kein Befund' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await demo.dispatch('checks.acknowledge', { ruleId: 'no.such.rule', entityId: gap.entityId, reason: 'Kein Befund' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const reason = 'Vertrag liegt im Entwurf vor, Unterzeichnung bis Monatsende zugesagt.'
    expect(await demo.call('checks.acknowledge', { ruleId: gap.ruleId, entityId: gap.entityId, reason })).toEqual({ ok: true })
    const after = await demo.call('checks.run', {})
    const acked = after.findings.find((f) => f.ruleId === gap.ruleId && f.entityId === gap.entityId)!
    expect(acked.acknowledged).toMatchObject({ reason, by: 'Test DPO' })
    expect(after.counts).toEqual({ ...before.counts, error: before.counts.error - 1, acknowledged: 1 })
    expect(after.byRule[gap.ruleId]).toBeUndefined()
    expect((await demo.call('checks.entity', { kind: 'recipients', id: gap.entityId }))[0].acknowledged?.reason).toBe(reason)

    const history = await demo.call('audit.history', { entity: 'checks', entityId: gap.entityId })
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ action: 'update', author: 'Test DPO', changes: [{ field: 'recipient.dpa.missing', before: null, after: reason }] })

    expect(await demo.call('checks.unacknowledge', { ruleId: gap.ruleId, entityId: gap.entityId })).toEqual({ ok: true })
    const reopened = await demo.call('checks.run', {})
    expect(reopened.counts).toEqual(before.counts)
    expect(reopened.findings.find((f) => f.ruleId === gap.ruleId)?.acknowledged).toBeNull()
    const history2 = await demo.call('audit.history', { entity: 'checks', entityId: gap.entityId })
    expect(history2.map((h) => h.changes[0].after)).toEqual([reason, null])
    expect(await demo.dispatch('checks.unacknowledge', { ruleId: gap.ruleId, entityId: gap.entityId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await demo.call('audit.verify', {})).ok).toBe(true)

    // Organisation-level findings are acknowledged the same way.
    await demo.call('checks.acknowledge', { ruleId: 'org.exemption.gdpr', entityId: 'organisation', reason: 'Verzeichnis wird ohnehin geführt.' })
    expect((await demo.call('checks.entity', { kind: 'organisation', id: 'organisation' })).find((f) => f.ruleId === 'org.exemption.gdpr')?.acknowledged).not.toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------

describe('the JSON Schema of `dpo check --json`', () => {
  it('is generated from the zod schema (run `npx tsx scripts/check-report-schema.ts` after a change)', () => {
    const file = resolve(__dirname, '../../docs/schemas/check-report.schema.json')
    const generated = `${JSON.stringify(z.toJSONSchema(CheckCliOutput, { target: 'draft-2020-12' }), null, 2)}\n`
    expect(readFileSync(file, 'utf8')).toBe(generated)
  })
})
