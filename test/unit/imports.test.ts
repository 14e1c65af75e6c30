import { spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import type { ImportMapping } from '../../src/shared/imports'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'
import { b64, BAD_ROWS_CSV, badRowsCsv, englishWorkbook, GERMAN_HEADERS, GERMAN_ROWS, germanWorkbook, mojibakeCsv, refusedFiles, refusedJson, sheetOf, windows1252Csv, xlsx } from './support/imports'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir('dpo-import-')))
afterEach(() => cleanup())

type Any = Record<string, unknown> & { name: string; id: string }

async function byName(core: Core, kind: 'dataSubjects' | 'dataCategories' | 'recipients' | 'systems' | 'toms', ids: string[]): Promise<string[]> {
  const rows = (await core.call(`${kind}.list`, { limit: 20_000, archived: 'include' })).rows as unknown as Any[]
  return ids.map((id) => rows.find((r) => r.id === id)?.name ?? `?${id}`)
}
async function activity(core: Core, name: string): Promise<Any> {
  const rows = (await core.call('activities.list', { limit: 20_000, archived: 'include' })).rows as unknown as Any[]
  const found = rows.find((r) => r.name === name)
  if (!found) throw new Error(`no activity ${name}`)
  return found
}
async function auditCount(core: Core): Promise<number> {
  return (await core.call('audit.verify', {})).entries
}
/** What the workspace holds: every registry and the audit head. */
async function content(core: Core) {
  const kinds = ['activities', 'processorActivities', 'dataCategories', 'dataSubjects', 'recipients', 'systems', 'toms'] as const
  const rows: Record<string, unknown> = {}
  for (const kind of kinds) rows[kind] = (await core.call(`${kind}.list`, { limit: 20_000, archived: 'include' })).rows
  const audit = await core.call('audit.verify', {})
  return { rows, head: audit.head, entries: audit.entries }
}

async function importXlsx(core: Core, file: Buffer, name = 'VVT.xlsx', mapping?: ImportMapping, dryRun = false) {
  const analysis = await core.call('imports.analyse', { fileName: name, base64: b64(file) })
  return core.call('imports.commit', { fileName: name, base64: b64(file), mapping: mapping ?? analysis.suggestedMapping, dryRun })
}

describe('spreadsheet import', () => {
  it('imports a German record spreadsheet field by field, re-imports without changes, and updates only edited fields', async () => {
    const { core } = await createWorkspaceFile(dir)
    const file = await germanWorkbook()
    const analysis = await core.call('imports.analyse', { fileName: 'VVT.xlsx', base64: b64(file) })
    expect(analysis.format).toBe('xlsx')
    expect(analysis.rowCount).toBe(8)
    expect(analysis.suggestedMapping).toEqual({
      'Nr.': 'ref',
      'Bezeichnung der Verarbeitungstätigkeit': 'name',
      'Zweck der Verarbeitung': 'purposes',
      Rechtsgrundlage: 'legalBases',
      'Kategorien betroffener Personen': 'dataSubjects',
      'Kategorien personenbezogener Daten': 'dataCategories',
      Empfänger: 'recipients',
      Drittlandübermittlung: 'transfers',
      Löschfrist: 'retention',
      TOM: 'tomSummary',
      Verantwortlich: 'owner',
      Status: 'status'
    })

    const preview = await core.call('imports.preview', { fileName: 'VVT.xlsx', base64: b64(file), mapping: analysis.suggestedMapping })
    expect(preview.counts).toEqual({ create: 8, update: 0, unchanged: 0, skip: 0 })
    expect(preview.newEntities).toEqual(expect.arrayContaining([{ kind: 'recipients', name: 'Steuerberater' }, { kind: 'dataCategories', name: 'Bankverbindung' }]))
    // Seeded catalog entries are matched by name, never created again.
    expect(preview.newEntities.find((n) => n.name === 'Beschäftigte' || n.name === 'Kontaktdaten')).toBeUndefined()

    const before = await auditCount(core)
    const report = await importXlsx(core, file)
    expect(report).toMatchObject({ dryRun: false, created: 8, updated: 0, unchanged: 0, skippedRows: [] })
    expect(report.backupFile).toMatch(/ws\.pre-import\..+\.dpo$/)
    expect(existsSync(report.backupFile!)).toBe(true)

    const lohn = await activity(core, 'Lohnbuchhaltung')
    expect(lohn.purposes).toEqual(['Lohn- und Gehaltsabrechnung'])
    expect(lohn.legalBases).toEqual(['gdpr-6-1-b', 'gdpr-6-1-c'])
    expect(lohn.legalBasisNotes).toBe('')
    expect(await byName(core, 'dataSubjects', lohn.dataSubjectIds as string[])).toEqual(['Beschäftigte'])
    expect(await byName(core, 'dataCategories', lohn.dataCategoryIds as string[])).toEqual(['Personalstammdaten', 'Bankverbindung'])
    expect(await byName(core, 'recipients', lohn.recipientIds as string[])).toEqual(['Steuerberater', 'Krankenkassen'])
    expect(lohn.transfers).toEqual([])
    expect(lohn.retention).toEqual([{ dataCategoryId: null, period: { amount: 10, unit: 'years' }, criteria: '', startEvent: 'nach Ende des Kalenderjahres', deletionProcedure: '', legalReference: '' }])
    expect(lohn.tomSummary).toBe('Zugriff nur Personalabteilung')
    expect(lohn.owner).toBe('Personalabteilung')
    expect(lohn.status).toBe('approved')

    const bewerber = await activity(core, 'Bewerbermanagement')
    expect(bewerber.legalBases).toEqual([])
    expect(bewerber.legalBasisNotes).toBe('§ 26 BDSG')
    expect(await byName(core, 'dataCategories', bewerber.dataCategoryIds as string[])).toEqual(['Bewerbungsunterlagen', 'Kontaktdaten'])
    expect(bewerber.retention).toMatchObject([{ period: { amount: 6, unit: 'months' }, startEvent: 'nach Abschluss des Verfahrens' }])
    expect(bewerber.status).toBe('draft')

    const newsletter = await activity(core, 'Newsletter')
    expect(newsletter.legalBases).toEqual(['gdpr-6-1-a', 'dsg-31-1-consent'])
    expect(newsletter.transfers).toEqual([
      { recipientId: null, country: 'US', mechanism: 'EU-SCC', regime: 'gdpr', notes: '' },
      { recipientId: null, country: 'US', mechanism: 'CH-SCC', regime: 'revdsg', notes: '' }
    ])
    expect(newsletter.retention).toMatchObject([{ period: null, criteria: 'bis zum Widerruf' }])
    expect(newsletter.status).toBe('in_review')
    expect(await byName(core, 'dataCategories', newsletter.dataCategoryIds as string[])).toEqual(['Kontaktdaten', 'Werbepräferenzen und Einwilligungsnachweise'])

    const kunden = await activity(core, 'Kundenverwaltung')
    expect(kunden.purposes).toEqual(['Vertragsabwicklung', 'Kundenservice'])
    expect(kunden.legalBases).toEqual(['gdpr-6-1-b', 'dsg-31-2-a'])
    const video = await activity(core, 'Videoüberwachung Eingang')
    expect(await byName(core, 'dataSubjects', video.dataSubjectIds as string[])).toEqual(['Besucher vor Ort', 'Beschäftigte'])
    expect(video.legalBases).toEqual(['gdpr-6-1-f'])
    // "72 Stunden" is no period we know: kept as the criteria text.
    expect(video.retention).toMatchObject([{ period: null, criteria: '72 Stunden' }])
    const web = await activity(core, 'Website-Analyse')
    expect((web.transfers as Array<{ country: string; regime: string }>).map((t) => `${t.country}/${t.regime}`)).toEqual(['US/gdpr', 'US/revdsg', 'IN/gdpr', 'IN/revdsg'])
    expect(web.retention).toMatchObject([{ period: { amount: 14, unit: 'months' } }])
    // Each linked entity exists once, however many rows name it.
    const recipients = (await core.call('recipients.list', { limit: 1000 })).rows
    expect(recipients.filter((r) => r.name === 'Steuerberater')).toHaveLength(1)

    // The same file again: nothing changes, no audit entries, no backup.
    const afterFirst = await auditCount(core)
    expect(afterFirst).toBeGreaterThan(before)
    const again = await importXlsx(core, file)
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 8, backupFile: null })
    expect(await auditCount(core)).toBe(afterFirst)

    // An edited file: exactly the edited fields change.
    const edited = GERMAN_ROWS.map((r) => [...r])
    edited[1][2] = 'Bewerbungsverfahren und Talentpool'
    edited[3][11] = 'Entwurf'
    const editedFile = await xlsx(sheetOf([GERMAN_HEADERS, ...edited]))
    const third = await importXlsx(core, editedFile)
    expect(third).toMatchObject({ created: 0, updated: 2, unchanged: 6, skippedRows: [] })
    const audit = (await core.call('audit.list', { limit: 10 })).rows.filter((e) => e.action === 'update')
    expect(audit).toHaveLength(2)
    const changes = audit.map((e) => e.changes.map((c) => `${c.field}:${JSON.stringify(c.after)}`)).flat().sort()
    expect(changes).toEqual(['purposes:["Bewerbungsverfahren und Talentpool"]', 'status:"draft"'])
    expect(await auditCount(core)).toBe(afterFirst + 2)
    core.close()
  })

  it('imports an English workbook and reports hidden sheets, formulas, merged cells, empty and duplicate headers', async () => {
    const { core } = await createWorkspaceFile(dir, 'en', { regimes: ['gdpr'] })
    await core.call('settings.update', { language: 'en' })
    const file = await englishWorkbook()
    const analysis = await core.call('imports.analyse', { fileName: 'record.xlsx', base64: b64(file) })
    expect(analysis.sheets).toEqual([
      { name: 'Old', hidden: true, rows: 1, columns: 1 },
      { name: 'Record', hidden: false, rows: 4, columns: 13 }
    ])
    expect(analysis.sheet).toBe('Record')
    expect(analysis.headers[10]).toBe('Column 11')
    expect(analysis.headers[12]).toBe('Notes (Column 13)')
    const codes = analysis.issues.map((i) => i.code)
    expect(codes).toEqual(expect.arrayContaining(['sheet.hidden', 'cell.formula', 'cell.merged', 'header.empty', 'header.duplicate']))
    expect(analysis.issues.every((i) => i.message.length > 10)).toBe(true)
    expect(analysis.suggestedMapping).toMatchObject({
      Reference: 'ref',
      'Name of processing activity': 'name',
      Purposes: 'purposes',
      'Legal basis': 'legalBases',
      'Data subjects': 'dataSubjects',
      'Categories of personal data': 'dataCategories',
      Recipients: 'recipients',
      'Third country transfers': 'transfers',
      Retention: 'retention',
      Owner: 'owner',
      'Column 11': 'ignore',
      Notes: 'notes',
      'Notes (Column 13)': 'notes'
    })
    const report = await core.call('imports.commit', { fileName: 'record.xlsx', base64: b64(file), mapping: analysis.suggestedMapping, dryRun: false })
    expect(report).toMatchObject({ created: 4, skippedRows: [] })
    const payroll = await activity(core, 'Payroll')
    expect(payroll.legalBases).toEqual(['gdpr-6-1-b'])
    expect(payroll.notes).toBe('Notes: first note\nNotes (Column 13): second note')
    const crm = await activity(core, 'CRM')
    expect(crm.purposes).toEqual(['Customer care', 'Sales'])
    expect(crm.legalBases).toEqual(['gdpr-6-1-f'])
    expect(crm.transfers).toEqual([{ recipientId: null, country: 'US', mechanism: 'EU-ADQ', regime: 'gdpr', notes: '' }])
    expect(crm.retention).toMatchObject([{ period: { amount: 3, unit: 'years' }, startEvent: 'after last contact' }])
    expect((await activity(core, 'Payroll copy')).purposes).toEqual(['Formula row'])
    expect((await activity(core, 'Merged owner')).owner).toBe('Ops')
    expect((await core.call('activities.list', { query: 'Should not be imported' })).total).toBe(0)
    core.close()
  })

  it('reads a Windows-1252 CSV with semicolons and a quoted line break', async () => {
    const { core } = await createWorkspaceFile(dir)
    const bytes = windows1252Csv()
    const analysis = await core.call('imports.analyse', { fileName: 'vvt.csv', base64: b64(bytes) })
    expect(analysis).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', rowCount: 2 })
    expect(analysis.issues.map((i) => i.code)).toContain('encoding.windows1252')
    expect(analysis.headers).toContain('Empfänger')
    expect(analysis.suggestedMapping).toMatchObject({ Bezeichnung: 'name', Zwecke: 'purposes', Betroffene: 'dataSubjects', Datenkategorien: 'dataCategories', Empfänger: 'recipients', Löschfrist: 'retention', Fachbereich: 'owner' })
    const report = await core.call('imports.commit', { fileName: 'vvt.csv', base64: b64(bytes), mapping: analysis.suggestedMapping })
    expect(report).toMatchObject({ created: 2, skippedRows: [] })
    const m = await activity(core, 'Mitgliederverwaltung')
    expect(m.purposes).toEqual(['Verwaltung der Mitglieder', 'Beitragseinzug'])
    expect(m.owner).toBe('Geschäftsstelle')
    expect(m.retention).toMatchObject([{ period: { amount: 3, unit: 'years' }, startEvent: 'nach Austritt' }])
    expect(await byName(core, 'dataCategories', m.dataCategoryIds as string[])).toEqual(['Kontaktdaten', 'Zahlungs- und Bankdaten'])
    const s = await activity(core, 'Spenden; Quittungen')
    expect(s.legalBases).toEqual(['gdpr-6-1-c'])
    expect(await byName(core, 'recipients', s.recipientIds as string[])).toEqual(['Finanzamt'])
    core.close()
  })

  it('saves and lists mappings', async () => {
    const { core } = await createWorkspaceFile(dir)
    await core.call('imports.saveMapping', { name: 'Kunde A', mapping: { Bezeichnung: 'name', Zweck: 'purposes' } })
    await core.call('imports.saveMapping', { name: 'Kunde A', mapping: { Titel: 'name' } })
    await core.call('imports.saveMapping', { name: 'Kunde B', mapping: { Name: 'name' } })
    const list = await core.call('imports.mappings', {})
    expect(list.map((m) => [m.name, m.mapping])).toEqual([
      ['Kunde A', { Titel: 'name' }],
      ['Kunde B', { Name: 'name' }]
    ])
    core.close()
  })
})

describe('bad input is refused or reported, the workspace unchanged', () => {
  it('refuses broken, huge and hostile files with typed errors', async () => {
    const { core } = await createWorkspaceFile(dir)
    await core.call('activities.create', { data: { name: 'Bestand', purposes: ['bleibt'] } })
    const before = await content(core)
    const expectRefused = async (fileName: string, bytes: Buffer | Uint8Array, code: string) => {
      const result = await core.dispatch('imports.analyse', { fileName, base64: b64(bytes) })
      expect(result, fileName).toMatchObject({ ok: false, error: { code } })
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20)
      const commit = await core.dispatch('imports.commit', { fileName, base64: b64(bytes), mapping: { Bezeichnung: 'name' } })
      expect(commit, fileName).toMatchObject({ ok: false, error: { code } })
    }
    for (const { fileName, bytes, code } of await refusedFiles()) {
      const started = Date.now()
      await expectRefused(fileName, bytes, code)
      // 100,000 rows: refused quickly, without reading them all.
      if (fileName === 'big.csv') expect(Date.now() - started).toBeLessThan(5000)
    }
    // A malformed JSON export is refused with its issues.
    const [malformed, notJson] = refusedJson()
    const json = await core.dispatch('imports.json', { base64: b64(malformed) })
    expect(json).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } })
    if (!json.ok) expect(json.error.issues?.length).toBeGreaterThan(0)
    expect(await core.dispatch('imports.json', { base64: b64(notJson) })).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } })
    expect(await content(core)).toEqual(before)
    core.close()
  })

  it('reports bad rows per cell; a strict import or a file of bad rows writes nothing', async () => {
    const { core } = await createWorkspaceFile(dir)
    const before = await content(core)
    const csv = BAD_ROWS_CSV
    const base64 = b64(badRowsCsv())
    const analysis = await core.call('imports.analyse', { fileName: 'rows.csv', base64 })
    expect(analysis).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' })
    expect(analysis.suggestedMapping).toMatchObject({ Bezeichnung: 'name', Zweck: 'purposes', Status: 'status', 'Nächste Prüfung': 'reviewDate', Verantwortlich: 'owner' })
    const preview = await core.call('imports.preview', { fileName: 'rows.csv', base64, mapping: analysis.suggestedMapping })
    const errorsOf = (row: number) => preview.rows.find((r) => r.row === row)!.errors.map((e) => `${e.column}|${e.field}`)
    expect(errorsOf(2)).toEqual(['Bezeichnung|name'])
    expect(errorsOf(3)).toEqual(['Status|status'])
    expect(errorsOf(4)).toEqual(['Nächste Prüfung|reviewDate'])
    expect(errorsOf(5)).toEqual(['Verantwortlich|owner'])
    expect(errorsOf(7)).toEqual(['Bezeichnung|name'])
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0, skip: 5 })

    const strict = await core.dispatch('imports.commit', { fileName: 'rows.csv', base64, mapping: analysis.suggestedMapping, options: { strict: true } })
    expect(strict).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } })
    const dry = await core.call('imports.commit', { fileName: 'rows.csv', base64, mapping: analysis.suggestedMapping, dryRun: true })
    expect(dry).toMatchObject({ dryRun: true, created: 1, backupFile: null })
    expect(dry.skippedRows.map((s) => s.row)).toEqual([2, 3, 4, 5, 7])
    expect(dry.skippedRows[1].reasons[0]).toContain('Status')
    // Only bad rows: nothing to write.
    const onlyBad = b64(Buffer.from(csv.split('\n').filter((_, i) => i !== 5 && i !== 6).join('\n')))
    const bad = await core.call('imports.commit', { fileName: 'rows.csv', base64: onlyBad, mapping: analysis.suggestedMapping })
    expect(bad).toMatchObject({ created: 0, updated: 0, backupFile: null })
    expect(bad.skippedRows).toHaveLength(4)
    expect(await content(core)).toEqual(before)
    expect(readdirSync(dir).filter((f) => f.includes('pre-import'))).toEqual([])
    core.close()
  })

  it('warns about text that was saved with the wrong encoding', async () => {
    const { core } = await createWorkspaceFile(dir)
    const doubled = mojibakeCsv()
    const analysis = await core.call('imports.analyse', { fileName: 'x.csv', base64: b64(doubled) })
    expect(analysis.issues.map((i) => i.code)).toContain('encoding.mojibake')
    core.close()
  })
})

describe('backups before an import', () => {
  it('takes an encrypted backup before each writing commit and keeps the last five', async () => {
    const { core, file } = await createWorkspaceFile(dir)
    const backups: string[] = []
    for (let i = 0; i < 7; i++) {
      const csv = Buffer.from(`Bezeichnung;Zweck\nTätigkeit ${i};Zweck ${i}\n`)
      const analysis = await core.call('imports.analyse', { fileName: 'a.csv', base64: b64(csv) })
      const report = await core.call('imports.commit', { fileName: 'a.csv', base64: b64(csv), mapping: analysis.suggestedMapping })
      expect(report.created).toBe(1)
      backups.push(report.backupFile!)
    }
    const left = readdirSync(dir).filter((f) => /^ws\.pre-import\..+\.dpo$/.test(f))
    expect(left).toHaveLength(5)
    expect(left.map((f) => join(dir, f)).sort()).toEqual(backups.slice(2).sort())
    expect(existsSync(backups[0])).toBe(false)
    // The last backup holds the workspace as it was before the last import.
    core.close()
    const other = makeCore(dir)
    const restored = await other.call('workspace.restore', { backup: backups[6], file: join(dir, 'restored.dpo'), passphrase: PASSPHRASE })
    await other.call('workspace.open', { file: restored.file, passphrase: PASSPHRASE })
    const names = (await other.call('activities.list', { limit: 100 })).rows.map((r) => r.name)
    expect(names).toEqual(['Tätigkeit 0', 'Tätigkeit 1', 'Tätigkeit 2', 'Tätigkeit 3', 'Tätigkeit 4', 'Tätigkeit 5'])
    other.close()
    void file
  })
})

/** An export without what varies per export: its ids, times and the audit position. */
function stable(json: unknown): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'id').map(([k, x]) => [k, strip(x)]))
    return v
  }
  const copy = strip(json) as { meta: Record<string, unknown> }
  for (const k of ['exportId', 'documentId', 'generatedAt', 'auditHead', 'auditSeq', 'contentSha256']) delete copy.meta[k]
  return copy
}

async function seedSource(core: Core) {
  const vendor = await core.call('recipients.create', { data: { name: 'Cloud GmbH', kind: 'processor', country: 'DE' } })
  const us = await core.call('recipients.create', { data: { name: 'Mail Inc.', kind: 'processor', country: 'US' } })
  const tom = await core.call('toms.create', { data: { name: 'Verschlüsselung', status: 'implemented' } })
  const sys = await core.call('systems.create', { data: { name: 'CRM', vendorId: vendor.id, tomIds: [tom.id] } })
  const cats = (await core.call('dataCategories.list', { limit: 100 })).rows
  const subjects = (await core.call('dataSubjects.list', { limit: 100 })).rows
  const contact = cats.find((c) => c.name === 'Kontaktdaten')!
  const health = cats.find((c) => c.name === 'Gesundheitsdaten')!
  const custom = await core.call('dataCategories.create', { data: { name: 'Eigene Kategorie', gdprSpecial: 'art9', dsgSensitiveClause: 2 } })
  const kids = await core.call('dataSubjects.create', { data: { name: 'Kinder', vulnerable: true } })
  const a = await core.call('activities.create', {
    data: {
      name: 'Kundenbetreuung',
      description: 'Beschreibung',
      role: 'joint_controller',
      jointControllers: 'Partner AG',
      purposes: ['Betreuung', 'Support'],
      legalBases: ['gdpr-6-1-b', 'dsg-31-2-a'],
      legalBasisNotes: 'Notiz',
      dataSubjectIds: [subjects.find((s) => s.name === 'Kunden')!.id, kids.id],
      dataCategoryIds: [contact.id, health.id, custom.id],
      recipientIds: [vendor.id, us.id],
      transfers: [
        { recipientId: us.id, country: 'US', mechanism: 'EU-SCC', regime: 'gdpr', notes: 'TIA vorhanden' },
        { recipientId: us.id, country: 'US', mechanism: 'CH-SCC', regime: 'revdsg', notes: '' }
      ],
      retention: [{ dataCategoryId: contact.id, period: { amount: 3, unit: 'years' }, startEvent: 'Vertragsende', criteria: '', legalReference: 'BGB § 195', deletionProcedure: 'automatisch' }],
      systemIds: [sys.id],
      tomIds: [tom.id],
      tomSummary: '',
      dpia: { wp248: [3, 7], art35_3: ['b'], dsg22: ['a'], result: 'recommended', justification: 'viele Daten', screenedAt: '2025-01-02' },
      owner: 'Vertrieb',
      status: 'approved',
      approvedBy: 'GF',
      approvedAt: '2025-02-01',
      reviewDate: '2026-02-01',
      notes: 'intern'
    }
  })
  await core.call('activities.update', { id: a.id, changes: { notes: 'intern, geändert' } })
  const old = await core.call('activities.create', { data: { name: 'Alte Tätigkeit', purposes: ['früher'], tomSummary: 'Schrank abgeschlossen' } })
  await core.call('activities.archive', { ids: [old.id] })
  await core.call('processorActivities.create', {
    data: { name: 'Lohnabrechnung für Kunden', controllers: [{ name: 'Kunde X', address: 'Weg 1', email: '', phone: '', representative: '', dpo: '' }], processingCategories: ['Abrechnung'], subProcessorIds: [vendor.id], tomIds: [tom.id] }
  })
  await core.call('organisation.update', { changes: { address: 'Hauptstrasse 1', country: 'CH', headcount: 42, supervisoryAuthority: 'EDÖB' } })
}

const exportJson = async (core: Core, kind: 'gdpr-controller' | 'revdsg' | 'gdpr-processor') =>
  (await core.call('exports.ropa', { kind, depth: 'internal', format: 'json', lang: 'de', scope: { type: 'all' }, includeArchived: true })).base64

describe('JSON import of our own export', () => {
  it('is lossless: export, import into a new workspace, export again', async () => {
    const { core: source } = await createWorkspaceFile(dir, 'source')
    await seedSource(source)
    const exported = await exportJson(source, 'gdpr-controller')
    const processors = await exportJson(source, 'gdpr-processor')
    source.close()

    const { core: target } = await createWorkspaceFile(dir, 'target')
    const dry = await target.call('imports.json', { base64: exported, dryRun: true, organisation: 'replace' })
    expect(dry).toMatchObject({ dryRun: true, backupFile: null })
    expect(dry.created).toBeGreaterThan(2)
    const report = await target.call('imports.json', { base64: exported, organisation: 'replace' })
    expect(report.backupFile).toMatch(/pre-import/)
    expect(report.organisationUpdated).toBe(true)
    await target.call('imports.json', { base64: processors })
    const again = JSON.parse(Buffer.from(await exportJson(target, 'gdpr-controller'), 'base64').toString('utf8'))
    const original = JSON.parse(Buffer.from(exported, 'base64').toString('utf8'))
    expect(stable(again)).toEqual(stable(original))
    const againProcessors = JSON.parse(Buffer.from(await exportJson(target, 'gdpr-processor'), 'base64').toString('utf8'))
    expect(stable(againProcessors)).toEqual(stable(JSON.parse(Buffer.from(processors, 'base64').toString('utf8'))))
    // Refs, versions and timestamps are the file's.
    expect(again.entries.map((e: { ref: string; version: number }) => `${e.ref}@${e.version}`)).toEqual(original.entries.map((e: { ref: string; version: number }) => `${e.ref}@${e.version}`))

    // The same file once more changes nothing.
    const count = await auditCount(target)
    const twice = await target.call('imports.json', { base64: exported, organisation: 'replace' })
    expect(twice.entities.filter((e) => e.action !== 'unchanged')).toEqual([])
    expect(twice).toMatchObject({ created: 0, updated: 0, backupFile: null, organisationUpdated: false })
    expect(await auditCount(target)).toBe(count)
    target.close()
  })
})

describe('merge from another workspace', () => {
  it('previews conflicts and copies selected entities with their links in one go', async () => {
    const { core: other, file: otherFile } = await createWorkspaceFile(dir, 'other')
    await seedSource(other)
    const otherContent = await content(other)
    other.close()

    const { core } = await createWorkspaceFile(dir, 'main')
    await core.call('activities.create', { data: { name: 'Kundenbetreuung', purposes: ['anders'] } })
    await core.call('recipients.create', { data: { name: 'Cloud GmbH', kind: 'processor', country: 'DE' } })
    const preview = await core.call('imports.mergePreview', { file: otherFile, passphrase: PASSPHRASE, kinds: ['activities', 'recipients'] })
    expect(preview.organisation).toBe('Muster AG')
    const find = (name: string) => preview.entities.find((e) => e.name === name)!
    expect(find('Kundenbetreuung')).toMatchObject({ kind: 'activities', status: 'conflict' })
    expect(find('Kundenbetreuung').diff.map((d) => d.field)).toContain('purposes')
    expect(find('Kundenbetreuung').links.map((l) => l.name)).toEqual(expect.arrayContaining(['Cloud GmbH', 'Mail Inc.', 'CRM', 'Verschlüsselung', 'Kinder']))
    expect(find('Cloud GmbH')).toMatchObject({ status: 'identical' })
    expect(find('Mail Inc.')).toMatchObject({ status: 'new', existing: null })
    expect(find('Alte Tätigkeit')).toMatchObject({ status: 'new', archived: true })

    const result = await core.call('imports.merge', {
      file: otherFile,
      passphrase: PASSPHRASE,
      selection: [
        { kind: 'activities', id: find('Kundenbetreuung').id, resolution: 'overwrite' },
        { kind: 'activities', id: find('Alte Tätigkeit').id, resolution: 'copy' },
        { kind: 'recipients', id: find('Cloud GmbH').id, resolution: 'skip' }
      ]
    })
    expect(result).toMatchObject({ overwritten: 1 })
    expect(result.backupFile).toMatch(/main\.pre-import/)
    const actions = result.entities.map((e) => `${e.action}:${e.name}`)
    expect(actions).toEqual(expect.arrayContaining(['overwritten:Kundenbetreuung', 'copied:Alte Tätigkeit', 'copied:Mail Inc.', 'copied:CRM', 'copied:Verschlüsselung', 'copied:Kinder', 'matched:Cloud GmbH', 'matched:Kontaktdaten']))

    const merged = await activity(core, 'Kundenbetreuung')
    expect(merged.purposes).toEqual(['Betreuung', 'Support'])
    expect(await byName(core, 'recipients', merged.recipientIds as string[])).toEqual(['Cloud GmbH', 'Mail Inc.'])
    expect(await byName(core, 'systems', merged.systemIds as string[])).toEqual(['CRM'])
    expect(await byName(core, 'dataCategories', merged.dataCategoryIds as string[])).toEqual(['Kontaktdaten', 'Gesundheitsdaten', 'Eigene Kategorie'])
    const mail = (await core.call('recipients.list', { limit: 100 })).rows.find((r) => r.name === 'Mail Inc.')!
    expect((merged.transfers as Array<{ recipientId: string }>).map((t) => t.recipientId)).toEqual([mail.id, mail.id])
    const crm = (await core.call('systems.list', { limit: 100 })).rows.find((r) => r.name === 'CRM')!
    expect(await byName(core, 'recipients', [crm.vendorId!])).toEqual(['Cloud GmbH'])
    expect((await core.call('recipients.list', { limit: 100 })).rows.filter((r) => r.name === 'Cloud GmbH')).toHaveLength(1)
    expect((await activity(core, 'Alte Tätigkeit')).archivedAt).not.toBeNull()
    expect((await core.call('workspace.verify', {})).ok).toBe(true)
    core.close()

    // The other file was only read.
    const check = makeCore(dir)
    await check.call('workspace.open', { file: otherFile, passphrase: PASSPHRASE })
    expect(await content(check)).toEqual(otherContent)
    check.close()
  })

  it('refuses a wrong passphrase for the other file', async () => {
    const { core: other, file: otherFile } = await createWorkspaceFile(dir, 'other')
    other.close()
    const { core } = await createWorkspaceFile(dir, 'main')
    expect(await core.dispatch('imports.mergePreview', { file: otherFile, passphrase: 'falsch' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })
    core.close()
  })
})

// ---------------------------------------------------------------------------------------------
// CLI

const root = resolve(__dirname, '../..')
const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href
function dpo(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/cli/index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LANG: 'en_US.UTF-8', DPO_CONFIG_DIR: join(dir, 'config'), DPO_PASSPHRASE: PASSPHRASE, DPO_NEW_PASSPHRASE: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((done, fail) => {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

describe('dpo import, backup, restore', () => {
  it('imports a CSV (dry run, then for real), backs up and restores', { timeout: 180_000 }, async () => {
    const { core, file } = await createWorkspaceFile(dir)
    core.close()
    const csv = join(dir, 'vvt.csv')
    writeFileSync(csv, Buffer.from('Bezeichnung;Zweck;Status\nLohn;Abrechnung;freigegeben\nKaputt;Zweck;???\n', 'latin1'))

    const dry = await dpo(['import', file, '--from', csv, '--dry-run', '--json'])
    expect(dry.code, dry.stderr).toBe(1)
    const dryReport = JSON.parse(dry.stdout)
    expect(dryReport).toMatchObject({ ok: true, value: { dryRun: true, created: 1, backupFile: null } })
    expect(dryReport.value.skippedRows).toMatchObject([{ row: 3 }])

    const real = await dpo(['import', file, '--from', csv])
    expect(real.code, real.stderr).toBe(1)
    expect(real.stdout).toContain('1 created, 0 updated, 0 unchanged, 1 rows rejected')
    expect(real.stdout).toMatch(/Backup before the import: .*ws\.pre-import\./)

    const strict = await dpo(['import', file, '--from', csv, '--strict', '--json'])
    expect(JSON.parse(strict.stdout)).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } })

    const backupFile = join(dir, 'copy.dpo')
    const backup = await dpo(['backup', file, '--to', backupFile, '--json'])
    expect(backup.code, backup.stderr).toBe(0)
    expect(JSON.parse(backup.stdout)).toMatchObject({ ok: true, value: { file: backupFile } })
    expect((await dpo(['backup', file, '--to', backupFile])).code).toBe(4)

    const restoredFile = join(dir, 'restored.dpo')
    const restore = await dpo(['restore', backupFile, '--to', restoredFile])
    expect(restore.code, restore.stderr).toBe(0)
    expect(restore.stdout).toContain('Restored:')

    const check = makeCore(dir)
    await check.call('workspace.open', { file: restoredFile, passphrase: PASSPHRASE })
    const lohn = (await check.call('activities.list', { limit: 10 })).rows
    expect(lohn.map((a) => [a.name, a.purposes, a.status])).toEqual([['Lohn', ['Abrechnung'], 'approved']])
    check.close()
  })
})
