import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalogs } from '../../src/core/catalogs'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

async function create(regimes: Array<'gdpr' | 'revdsg'>, language: 'de' | 'en' = 'de', name = 'ws', core = makeCore(dir)) {
  await core.call('workspace.create', { file: join(dir, `${name}.dpo`), passphrase: PASSPHRASE, organisationName: 'Muster AG', regimes, language })
  return core
}

const names = async (core: Awaited<ReturnType<typeof create>>, kind: 'dataCategories' | 'dataSubjects') =>
  (await core.call(`${kind}.list`, { limit: 1000 })).rows.map((r) => r.name)

describe('seeding a new workspace from the catalogs', () => {
  it('follows the regime: Swiss-only categories, Swiss spelling and the Swiss adequacy list for revDSG', async () => {
    const core = await create(['revdsg'])
    const categories = await names(core, 'dataCategories')
    expect(categories.length).toBe(catalogs.dataCategories.filter((c) => c.regimes.includes('revdsg')).length)
    expect(categories.join(' ')).not.toMatch(/ß/)
    expect((await core.call('dataCategories.list', { query: 'Sozialhilfe' })).total).toBe(1)
    const adequacy = await core.call('catalog.adequacy', {})
    expect(adequacy.map((a) => a.regime)).toEqual(['revdsg'])
    const listed = adequacy[0].list.countries.map((c) => c.country)
    expect(listed).toContain('DE')
    expect(listed).not.toContain('JP')
    const options = await core.call('catalog.options', {})
    expect(options.transferMechanisms.every((m) => String(m.value).startsWith('CH-'))).toBe(true)
    expect(options.legalBases.some((b) => String(b.value).startsWith('dsg-31'))).toBe(true)
    expect(options.legalBases.some((b) => String(b.value).startsWith('gdpr-'))).toBe(false)
    core.close()
  })

  it('follows the regime and language: EU list and English names for an English GDPR workspace', async () => {
    const core = await create(['gdpr'], 'en')
    const categories = await names(core, 'dataCategories')
    expect(categories).toContain('Health data')
    expect(categories).not.toContain('Gesundheitsdaten')
    // Social-assistance data is ordinary personal data under the GDPR, sensitive only under the DSG.
    const social = (await core.call('dataCategories.list', { query: 'social assistance' })).rows[0]
    expect(social).toMatchObject({ gdprSpecial: 'none', dsgSensitiveClause: 6 })
    const adequacy = await core.call('catalog.adequacy', {})
    expect(adequacy.map((a) => a.regime)).toEqual(['gdpr'])
    const listed = adequacy[0].list.countries.map((c) => c.country)
    expect(listed).toEqual(expect.arrayContaining(['JP', 'KR', 'CH', 'GB']))
    expect(adequacy[0].list.domestic.countries).toContain('DE')
    const options = await core.call('catalog.options', {})
    expect(options.transferMechanisms.every((m) => String(m.value).startsWith('EU-'))).toBe(true)
    expect(await core.call('catalog.info', {})).toMatchObject({ catalogVersion: catalogs.catalogVersion, workspaceCatalogVersion: catalogs.catalogVersion, pending: 0 })
    core.close()
  })
})

describe('catalog updates', () => {
  it('changes catalog-owned entries only, and never what the user edited', async () => {
    const v1 = await create(['gdpr', 'revdsg'], 'de', 'upd')
    const contact = (await v1.call('dataCategories.list', { query: 'Kontaktdaten' })).rows[0]
    const identity = (await v1.call('dataCategories.list', { query: 'Identifikations' })).rows[0]
    const userOwn = await v1.call('dataCategories.create', { data: { name: 'Kundennummern (eigene Kategorie)' } })
    await v1.call('dataCategories.update', { id: contact.id, changes: { description: 'Unsere eigene Beschreibung' } })
    v1.close()

    // A later release relabels two entries and adds one category.
    const relabel = (key: string, de: string) =>
      catalogs.dataCategories.map((c) => (c.key === key ? { ...c, label: { ...c.label, de, 'de-CH': de } } : c))
    let changed = relabel('contact', 'Kontaktdaten (Adresse, E-Mail, Telefon)')
    changed = changed.map((c) => (c.key === 'identity' ? { ...c, label: { ...c.label, de: 'Stammdaten', 'de-CH': 'Stammdaten' } } : c))
    const added = { ...catalogs.dataCategories[0], key: 'vehicle', label: { de: 'Fahrzeugdaten', en: 'Vehicle data' } }
    const v2catalogs = { ...catalogs, catalogVersion: '2027.1.0', dataCategories: [...changed, added] } as unknown as typeof catalogs
    const v2 = makeCore(dir, { catalogs: v2catalogs })
    await v2.call('workspace.open', { file: join(dir, 'upd.dpo'), passphrase: PASSPHRASE })

    const pending = await v2.call('catalog.updates', {})
    const byKey = Object.fromEntries(pending.map((p) => [p.key, p]))
    expect(byKey.contact).toMatchObject({ change: 'kept', entityId: contact.id })
    expect(byKey.identity).toMatchObject({ change: 'update', entityId: identity.id, fields: [{ field: 'name', after: 'Stammdaten' }] })
    expect(byKey.vehicle).toMatchObject({ change: 'new', entityId: null })
    expect(pending).toHaveLength(3)
    expect((await v2.call('catalog.info', {})).pending).toBe(2)

    expect(await v2.call('catalog.apply', { items: 'all' })).toEqual({ applied: 2, kept: 1 })
    expect(await v2.call('dataCategories.get', { id: contact.id })).toMatchObject({ name: contact.name, description: 'Unsere eigene Beschreibung' })
    expect(await v2.call('dataCategories.get', { id: identity.id })).toMatchObject({ name: 'Stammdaten' })
    expect(await v2.call('dataCategories.get', { id: userOwn.id })).toMatchObject({ name: 'Kundennummern (eigene Kategorie)', version: 1 })
    expect((await v2.call('dataCategories.list', { query: 'Fahrzeugdaten' })).total).toBe(1)
    const history = await v2.call('audit.history', { entity: 'dataCategories', entityId: identity.id })
    expect(history.at(-1)).toMatchObject({ action: 'update', changes: [{ field: 'name', after: 'Stammdaten' }] })
    expect(await v2.call('catalog.info', {})).toMatchObject({ workspaceCatalogVersion: '2027.1.0', pending: 0 })
    expect((await v2.call('catalog.updates', {})).map((p) => p.change)).toEqual(['kept'])
    v2.close()
  })
})

describe('templates and the TOM catalogue', () => {
  it('creates a draft activity from a template, reusing what the workspace has', async () => {
    const core = await create(['gdpr'], 'de')
    const before = (await core.call('dataCategories.list', {})).total
    const activity = await core.call('activities.fromTemplate', { templateKey: 'tpl-payroll' })
    expect(activity.status).toBe('draft')
    expect(activity.purposes.length).toBeGreaterThan(0)
    expect(activity.legalBases.every((b) => b.startsWith('gdpr-'))).toBe(true)
    expect(activity.dataCategoryIds.length).toBeGreaterThan(0)
    expect(activity.tomIds.length).toBeGreaterThan(2)
    expect(activity.retention.length).toBeGreaterThan(0)
    expect((await core.call('dataCategories.list', {})).total).toBe(before)
    const second = await core.call('activities.fromTemplate', { templateKey: 'tpl-payroll' })
    expect(second.recipientIds).toEqual(activity.recipientIds)
    expect(second.tomIds).toEqual(activity.tomIds)
    expect(await core.dispatch('activities.fromTemplate', { templateKey: 'tpl-nothing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const { ids } = await core.call('catalog.addToms', { keys: [catalogs.toms[0].key, catalogs.toms[1].key] })
    expect(await core.call('toms.get', { id: ids[0] })).toMatchObject({ catalogKey: catalogs.toms[0].key, status: 'planned' })
    core.close()
  })
})
