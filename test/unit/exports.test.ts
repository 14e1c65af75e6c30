import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import Ajv from 'ajv'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import { ChangesExportFile, ExportLogEntry, RopaExportFile, ropaJsonSchema, type RopaKind } from '../../src/shared/exports'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

/*
 * Document exports on the demo workspace (Helvetia Shop AG, GDPR and revDSG). PDFs are read back
 * with poppler (pdftotext, pdfinfo, pdffonts), DOCX and XLSX are opened by LibreOffice when it is
 * installed, XLSX also with exceljs, JSON is validated against the published schema.
 */

const root = resolve(__dirname, '../..')
const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
if (!soffice) console.warn('[exports.test] LibreOffice (soffice) is not installed: the DOCX/XLSX conversion tests are skipped.')
const SLOW = 240_000

let dir: string
let cleanup: () => void
let core: Core
let file: string
let injectionId: string
let activityCount: { gdpr: number; revdsg: number }

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('dpo-exports-'))
  core = makeCore(dir)
  file = join(dir, 'demo.dpo')
  await core.call('workspace.create', { file, passphrase: PASSPHRASE, organisationName: 'x', regimes: ['gdpr', 'revdsg'], language: 'de', demo: true })
  // A name that a spreadsheet would run as a formula, unless neutralised.
  const injected = await core.call('activities.create', {
    data: { name: '=HYPERLINK("http://x")', purposes: ['+41 44 000 00 00 anrufen', '@SUM(A1)', '-Rabatt'], regimes: ['gdpr'] }
  })
  injectionId = injected.id
  const all = (await core.call('activities.list', { limit: 1000 })).rows
  activityCount = {
    gdpr: all.filter((a) => a.regimes.length === 0 || a.regimes.includes('gdpr')).length,
    revdsg: all.filter((a) => a.regimes.length === 0 || a.regimes.includes('revdsg')).length
  }
}, SLOW)

afterAll(() => {
  core?.close()
  cleanup?.()
})

// ---------------------------------------------------------------------------------------------
// Helpers

type RopaInput = { kind: RopaKind; depth?: 'authority' | 'internal'; format: 'pdf' | 'docx' | 'xlsx' | 'csv' | 'json'; lang: 'de' | 'en' } & Record<string, unknown>

async function ropa(input: RopaInput): Promise<{ bytes: Buffer; path: string; sha256: string; exportId: string; fileName: string; auditHead: string }> {
  const result = await core.call('exports.ropa', input as never)
  const bytes = Buffer.from(result.base64, 'base64')
  const path = join(dir, `${result.exportId}.${input.format}`)
  writeFileSync(path, bytes)
  return { bytes, path, sha256: result.sha256, exportId: result.exportId, fileName: result.fileName, auditHead: result.auditHead }
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
/** Text as a reader sees it: non-breaking spaces as spaces, every run of white space one space. */
const norm = (text: string): string => text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ')
const pdfText = (path: string, pages?: [number, number]): string =>
  execFileSync('pdftotext', ['-raw', ...(pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : []), path, '-'], { encoding: 'utf8' })
const pdfPages = (path: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])

/** LibreOffice headless conversion, with a profile of its own so runs never share one. */
function convert(path: string, to: string): string {
  const outDir = join(dir, `lo-${Math.random().toString(36).slice(2)}`)
  mkdirSync(outDir)
  const run = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(outDir, 'profile')).href}`, '--headless', '--convert-to', to, '--outdir', outDir, path], {
    encoding: 'utf8',
    timeout: 180_000
  })
  expect(run.status, run.stderr).toBe(0)
  const produced = readdirSync(outDir).find((f) => f !== 'profile')
  expect(produced, run.stdout + run.stderr).toBeDefined()
  return join(outDir, produced!)
}

const labels = {
  de: [
    'Name und Kontaktdaten des Verantwortlichen',
    'Vertreter in der Union',
    'Datenschutzbeauftragter',
    'Gemeinsam Verantwortliche',
    'Zwecke der Verarbeitung',
    'Kategorien betroffener Personen',
    'Kategorien personenbezogener Daten',
    'Kategorien von Empfängern',
    'Übermittlungen an Drittländer oder internationale Organisationen',
    'Vorgesehene Fristen für die Löschung',
    // A Swiss organisation's GDPR record: the GDPR's terms, Swiss spelling.
    'Technische und organisatorische Massnahmen (allgemeine Beschreibung)',
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((lit) => `Art. 30 Abs. 1 lit. ${lit}`)
  ],
  en: [
    'Name and contact details of the controller',
    'Representative in the Union',
    'Data protection officer',
    'Joint controllers',
    'Purposes of the processing',
    'Categories of data subjects',
    'Categories of personal data',
    'Categories of recipients',
    'Transfers to third countries or international organisations',
    'Envisaged time limits for erasure',
    'Technical and organisational security measures (general description)',
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((lit) => `Art. 30(1)(${lit})`)
  ]
}

/** Values of two sample activities (user data: the same in both languages, apart from catalog labels). */
const samples = {
  common: [
    'VT-0001 Bestellabwicklung im Online-Shop',
    'Annahme, Bestätigung und Abwicklung von Bestellungen',
    'Zahlungs- und Bankdaten',
    'Rheinfracht Logistik GmbH',
    'OR Art. 958f',
    'Hosting in der Schweiz mit verschlüsselter Speicherung',
    'VT-0003 Newsletter und E-Mail-Marketing',
    'Versand von Newslettern mit Angeboten und Neuheiten',
    'Werbepräferenzen und Einwilligungsnachweise',
    'CloudReach Inc.',
    'EU-U.S. Data Privacy Framework.',
    'Bis zur Abmeldung vom Newsletter.'
  ],
  de: ['Vereinigte Staaten', 'Angemessenheitsbeschluss', '2 Jahre ab Lieferung', '10 Jahre ab Ende des Geschäftsjahres'],
  en: ['United States', 'Adequacy decision', '2 years from Lieferung', '10 years from Ende des Geschäftsjahres']
}

// ---------------------------------------------------------------------------------------------

describe('record of processing activities as PDF', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`contains every Art. 30(1) field and the data of two activities, with outline, contents and page numbers (${lang})`, async () => {
      const { path, bytes } = await ropa({ kind: 'gdpr-controller', depth: 'authority', format: 'pdf', lang })
      const text = norm(pdfText(path))
      for (const label of labels[lang]) expect(text, label).toContain(label)
      for (const value of [...samples.common, ...samples[lang]]) expect(text, value).toContain(value)
      // revDSG-only activities (HR) are not in the GDPR record.
      expect(text).not.toContain('Lohnbuchhaltung und Personaladministration')

      // Cover, contents, one page or more per activity; not absurdly many.
      const pages = pdfPages(path)
      expect(pages).toBeGreaterThanOrEqual(3 + activityCount.gdpr)
      expect(pages).toBeLessThan(4 * activityCount.gdpr + 10)
      expect(text).toContain(lang === 'de' ? `Seite 2 von ${pages}` : `Page 2 of ${pages}`)

      // Bookmarks (outline) and a contents page whose page numbers are right.
      const raw = bytes.toString('latin1')
      expect(raw).toContain('/Outlines')
      expect(raw).toContain('/PageMode /UseOutlines')
      const contents = norm(pdfText(path, [2, 2]))
      expect(contents).toContain(lang === 'de' ? 'Inhaltsverzeichnis' : 'Contents')
      const entry = /VT-0003 Newsletter und E-Mail-Marketing (\d+)/.exec(contents)
      expect(entry, contents).not.toBeNull()
      const target = Number(entry![1])
      expect(target).toBeGreaterThan(2)
      expect(norm(pdfText(path, [target, target]))).toContain('VT-0003 Newsletter und E-Mail-Marketing')
      expect(norm(pdfText(path, [target, target]))).toContain('Versand von Newslettern mit Angeboten und Neuheiten')

      // Real text in an embedded font; non-breaking spaces keep citations together: no line ends in "Art." or "§".
      expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/)
      expect(pdfText(path).split('\n').filter((line) => /(?:\bArt\.|\bAbs\.|\blit\.|§)$/.test(line.trim()))).toEqual([])
    })
  }

  it('writes the internal version with legal bases, DPIA, approval and the confidentiality mark', async () => {
    const { path } = await ropa({ kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de' })
    const text = norm(pdfText(path))
    for (const value of ['Vertraulich – nur für den internen Gebrauch', 'Rechtsgrundlagen', 'Vertrag / vorvertragliche Massnahmen (Art. 6 Abs. 1 lit. b DSGVO)', 'Datenschutz-Folgenabschätzung', 'Daniela Meier (CEO)', 'Nächste Überprüfung', 'Online-Shop (SY-0001)']) {
      expect(text, value).toContain(value)
    }
    // The GDPR record shows the GDPR's legal bases only, not the Swiss justifications.
    expect(text).not.toContain('Art. 31 Abs. 2 lit. a DSG')
  })

  it('writes the revDSG record with Swiss terms and references and the revDSG-only activities', async () => {
    const { path } = await ropa({ kind: 'revdsg', depth: 'authority', format: 'pdf', lang: 'de' })
    const raw = pdfText(path)
    const text = norm(raw)
    for (const value of ['Verzeichnis der Bearbeitungstätigkeiten', 'Bearbeitungszweck', 'Kategorien bearbeiteter Personendaten', 'Aufbewahrungsdauer oder Kriterien zu ihrer Festlegung', 'Bekanntgabe ins Ausland: Staat und Garantien', 'Art. 12 Abs. 2 lit. g DSG', 'Lohnbuchhaltung und Personaladministration', 'besonders schützenswert (Art. 5 lit. c Ziff. 2 DSG)']) {
      expect(text, value).toContain(value)
    }
    expect(raw).not.toContain('ß')
    expect(pdfPages(path)).toBeGreaterThanOrEqual(3 + activityCount.revdsg)
  })

  it('writes the processor records (GDPR Art. 30(2), revDSG Art. 12 Abs. 3)', async () => {
    const gdpr = norm(pdfText((await ropa({ kind: 'gdpr-processor', format: 'pdf', lang: 'en' })).path))
    for (const value of ['Record of all categories of processing activities', 'Controllers on whose behalf the processor acts', 'Art. 30(2)(b) GDPR', 'Fulfilment für Partnershops', 'Teehaus Zug']) expect(gdpr, value).toContain(value)
    const dsg = norm(pdfText((await ropa({ kind: 'revdsg-processor', format: 'pdf', lang: 'de' })).path))
    for (const value of ['des Auftragsbearbeiters nach Art. 12 Abs. 3 DSG', 'Identität der Verantwortlichen', 'Kategorien von Bearbeitungen im Auftrag']) expect(dsg, value).toContain(value)
  })

  it('repeats the header of a table that crosses a page and never splits a row', { timeout: SLOW }, async () => {
    const category = (await core.call('dataCategories.list', { limit: 1 })).rows[0]
    const rules = Array.from({ length: 70 }, (_, i) => ({
      dataCategoryId: category.id,
      period: { amount: i + 1, unit: 'months' as const },
      criteria: `Regel-${i + 1}: Aufbewahrung gemäss interner Weisung, danach Löschung oder Anonymisierung nach "Verfahren ${i + 1}" - ohne Ausnahme.`,
      legalReference: `HGB § 257 Abs. ${(i % 4) + 1}`
    }))
    const long = await core.call('activities.create', { data: { name: 'Archivierung mit vielen Fristen', purposes: ['Archivierung'], regimes: ['gdpr'], retention: rules } })
    // Archived again at once (the flag is honoured for chosen ids too): the other tests count the demo's activities.
    await core.call('activities.archive', { ids: [long.id] })
    const { path } = await ropa({ kind: 'gdpr-controller', depth: 'internal', format: 'pdf', lang: 'de', scope: { type: 'ids', ids: [long.id] }, includeArchived: true })
    const pages = pdfPages(path)
    const pageTexts = Array.from({ length: pages }, (_, i) => norm(pdfText(path, [i + 1, i + 1])))
    const withRules = pageTexts.filter((t) => /Regel-\d+:/.test(t))
    expect(withRules.length).toBeGreaterThan(1)
    // Every page the table continues on starts with its header row again.
    for (const t of withRules) expect(t).toMatch(/Datenkategorie Frist Kriterien Vorschrift Löschverfahren/)
    // Each row is whole on one page; typography: „…“ quotes, en dash, non-breaking space in "§ 257".
    for (let i = 1; i <= 70; i++) {
      const row = `Regel-${i}: Aufbewahrung gemäss interner Weisung, danach Löschung oder Anonymisierung nach „Verfahren ${i}“ – ohne Ausnahme.`
      expect(pageTexts.filter((t) => t.includes(row)).length, row).toBe(1)
    }
    expect(pdfText(path).split('\n').filter((line) => /(?:\bArt\.|\bAbs\.|§)$/.test(line.trim()))).toEqual([])
  })
})

describe('record of processing activities as DOCX, XLSX and CSV', () => {
  it('DOCX has headings, a TOC field, PAGE/NUMPAGES in the footer, repeated header rows, and opens in LibreOffice', { timeout: SLOW }, async () => {
    const { path } = await ropa({ kind: 'gdpr-controller', depth: 'internal', format: 'docx', lang: 'de' })
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(xml).toMatch(/TOC (?:\\h )?\\o (?:"|&quot;)1-2(?:"|&quot;)/)
    expect(xml).toContain('Art.\u00a030 Abs.\u00a01')
    expect(xml).toContain('w:pStyle w:val="Heading2"')
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('<w:cantSplit/>')
    const footers = execFileSync('sh', ['-c', `unzip -p "${path}" 'word/footer*.xml'`], { encoding: 'utf8' })
    expect(footers).toContain('PAGE')
    expect(footers).toContain('NUMPAGES')
    expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toMatch(/word\/fonts\/font\d+\.odttf/)
    if (!soffice) return console.warn('[exports.test] skipped: DOCX → PDF needs LibreOffice (soffice), which is not installed')
    const pdf = convert(path, 'pdf')
    const text = norm(pdfText(pdf))
    for (const value of [...labels.de.slice(0, 11), ...samples.common, 'Inhaltsverzeichnis', 'Rechtsgrundlagen']) expect(text, value).toContain(value)
    expect(text).toMatch(/Seite 2 von \d+/)
    // A short document carries the TOC's page numbers (docx's Word-compatible layout), so they show in any viewer.
    expect(text).toMatch(/VT-0003 Newsletter und E-Mail-Marketing ?\.{3,} ?\d+/)
  })

  it('XLSX has one row per activity, lists in one cell, frozen header and autofilter; LibreOffice reads it', { timeout: SLOW }, async () => {
    const { path } = await ropa({ kind: 'gdpr-controller', depth: 'internal', format: 'xlsx', lang: 'de' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(path)
    const sheet = book.worksheets[0]
    expect(sheet.rowCount).toBe(activityCount.gdpr + 1)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    expect(headers[0]).toBe('Nr.')
    expect(headers).toContain('Kategorien personenbezogener Daten – Art. 30 Abs. 1 lit. c DSGVO')
    const column = headers.indexOf('Kategorien personenbezogener Daten – Art. 30 Abs. 1 lit. c DSGVO') + 1
    const first = sheet.getRow(2)
    expect(first.getCell(1).value).toBe('VT-0001')
    expect(String(first.getCell(column).value).split('\n')).toContain('Zahlungs- und Bankdaten')
    for (let c = 1; c <= headers.length; c++) expect(sheet.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(8)
    // The formula-looking name is text with a leading apostrophe, never a formula.
    const injected = sheet.getRows(2, activityCount.gdpr)!.find((r) => String(r.getCell(2).value).includes('HYPERLINK'))!
    expect(injected.getCell(2).value).toBe(`'=HYPERLINK("http://x")`)
    expect(injected.getCell(2).type).toBe(ExcelJS.ValueType.String)
    expect(String(injected.getCell(headers.indexOf('Zwecke der Verarbeitung – Art. 30 Abs. 1 lit. b DSGVO') + 1).value)).toBe("'+41 44 000 00 00 anrufen\n@SUM(A1)\n-Rabatt")

    if (!soffice) return console.warn('[exports.test] skipped: XLSX → CSV needs LibreOffice (soffice), which is not installed')
    const csv = readFileSync(convert(path, 'csv:Text - txt - csv (StarCalc):44,34,76,1'), 'utf8')
    for (const value of ['VT-0001', 'Bestellabwicklung im Online-Shop', 'Zahlungs- und Bankdaten', "'=HYPERLINK(\"\"http://x\"\")"]) expect(csv, value).toContain(value)
  })

  it('CSV is UTF-8 with optional BOM and semicolons, one line per activity, formulas neutralised', async () => {
    const semicolon = (await ropa({ kind: 'gdpr-controller', format: 'csv', lang: 'de', csv: { bom: true, delimiter: ';' } })).bytes
    expect([...semicolon.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = semicolon.toString('utf8').slice(1)
    expect(text.split('\r\n')[0]).toMatch(/^Nr\.;Bezeichnung;/)
    expect(text).toContain(`;"'=HYPERLINK(""http://x"")";`)
    expect(text).toContain(`"'+41 44 000 00 00 anrufen\n@SUM(A1)\n-Rabatt"`)
    // Rows start with a ref at the beginning of a CRLF line: exactly one per activity.
    expect(text.match(/\r\nVT-\d{4};/g)?.length).toBe(activityCount.gdpr)
    const comma = (await ropa({ kind: 'gdpr-controller', format: 'csv', lang: 'en', csv: { bom: false, delimiter: ',' } })).bytes.toString('utf8')
    expect(comma.startsWith('No.,Name,')).toBe(true)
  })
})

describe('the JSON export', () => {
  const varying = (doc: RopaExportFile) => ({ ...doc, meta: { ...doc.meta, exportId: '-', documentId: '-', generatedAt: '-' } })

  it('is published as a JSON Schema, kept in sync, and every export validates against it', async () => {
    const published = JSON.parse(readFileSync(join(root, 'docs/schemas/ropa-export.schema.json'), 'utf8'))
    if (process.env.UPDATE_SCHEMAS) writeFileSync(join(root, 'docs/schemas/ropa-export.schema.json'), `${JSON.stringify(ropaJsonSchema(), null, 2)}\n`)
    expect(published, 'run UPDATE_SCHEMAS=1 npx vitest run test/unit/exports.test.ts').toEqual(ropaJsonSchema())
    const validate = new Ajv({ allErrors: true }).compile(published)
    for (const kind of ['gdpr-controller', 'gdpr-processor', 'revdsg', 'revdsg-processor'] as const) {
      for (const depth of ['authority', 'internal'] as const) {
        const doc = JSON.parse((await ropa({ kind, depth, format: 'json', lang: 'de' })).bytes.toString('utf8'))
        expect(validate(doc), `${kind}/${depth}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
        expect(RopaExportFile.parse(doc).meta.kind).toBe(kind)
      }
    }
  })

  it('is stable: two exports differ only in exportId, documentId and generatedAt; the content hash is reproducible', async () => {
    const a = JSON.parse((await ropa({ kind: 'revdsg', depth: 'internal', format: 'json', lang: 'en' })).bytes.toString('utf8')) as RopaExportFile
    const b = JSON.parse((await ropa({ kind: 'revdsg', depth: 'internal', format: 'json', lang: 'en' })).bytes.toString('utf8')) as RopaExportFile
    expect(a.meta.exportId).not.toBe(b.meta.exportId)
    expect(varying(b)).toEqual(varying(a))
    expect(a.meta.contentSha256).toBe(sha256(Buffer.from(JSON.stringify([a.fields, a.organisation, a.entries]), 'utf8')))
    expect(a.entries.map((e) => e.ref)).toContain('VT-0013')
    expect(a.entries.every((e) => e.type === 'activity')).toBe(true)
  })

  it('is the same from the CLI as from the API', { timeout: SLOW }, async () => {
    const api = RopaExportFile.parse(JSON.parse((await ropa({ kind: 'gdpr-controller', depth: 'internal', format: 'json', lang: 'en' })).bytes.toString('utf8')))
    await core.call('workspace.lock', {})
    try {
      const out = join(dir, 'cli.json')
      const run = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/cli/index.ts'), 'export', file, '--what', 'ropa', '--format', 'json', '--regime', 'gdpr', '--depth', 'internal', '--lang', 'en', '--out', out], {
          cwd: root,
          env: { ...process.env, LANG: 'en_US.UTF-8', DPO_PASSPHRASE: PASSPHRASE, DPO_CONFIG_DIR: join(dir, 'cli-config') },
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let stderr = ''
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.on('error', fail)
        child.on('close', (code) => done({ code, stderr }))
      })
      expect(run.code, run.stderr).toBe(0)
      const cli = RopaExportFile.parse(JSON.parse(readFileSync(out, 'utf8')))
      expect(varying(cli)).toEqual(varying(api))
    } finally {
      await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    }
  })
})

describe('scope', () => {
  it('exports the whole register, a filtered view or chosen ids; archived entries only when asked for', async () => {
    const json = async (input: Partial<RopaInput>) => RopaExportFile.parse(JSON.parse((await ropa({ kind: 'gdpr-controller', format: 'json', lang: 'de', ...input })).bytes.toString('utf8')))
    const approved = await json({ scope: { type: 'filter', query: { filters: { status: ['approved'] } } } })
    expect(approved.entries.length).toBeGreaterThan(0)
    expect(approved.entries.length).toBeLessThan(activityCount.gdpr)
    const chosen = await json({ scope: { type: 'ids', ids: [injectionId] } })
    expect(chosen.entries.map((e) => e.name)).toEqual(['=HYPERLINK("http://x")'])
    await core.call('activities.archive', { ids: [injectionId] })
    try {
      expect((await json({})).entries.some((e) => e.id === injectionId)).toBe(false)
      const withArchived = await json({ includeArchived: true })
      expect(withArchived.entries.find((e) => e.id === injectionId)?.archivedAt).toBeTruthy()
    } finally {
      await core.call('activities.restore', { ids: [injectionId] })
    }
  })
})

describe('TOM annex', () => {
  it('groups by control area or SDM goal, optionally implemented measures only, as PDF and DOCX', { timeout: SLOW }, async () => {
    const byArea = await core.call('exports.toms', { groupBy: 'controlArea', onlyImplemented: false, format: 'pdf', lang: 'de' })
    const areaPath = join(dir, 'toms-area.pdf')
    writeFileSync(areaPath, Buffer.from(byArea.base64, 'base64'))
    const areaText = norm(pdfText(areaPath))
    for (const value of ['Technische und organisatorische Massnahmen', 'Zutrittskontrolle', 'Trennungsgebot', 'Badge-Zutrittssystem und Besucherregelung', 'Mehr-Faktor-Authentifizierung für Kundenkonten', 'Geplant']) expect(areaText, value).toContain(value)
    const implemented = await core.call('exports.toms', { groupBy: 'sdmGoal', onlyImplemented: true, format: 'pdf', lang: 'en' })
    const goalPath = join(dir, 'toms-goal.pdf')
    writeFileSync(goalPath, Buffer.from(implemented.base64, 'base64'))
    const goalText = norm(pdfText(goalPath))
    for (const value of ['Technical and organisational measures', 'Confidentiality', 'Intervenability', 'Badge-Zutrittssystem und Besucherregelung']) expect(goalText, value).toContain(value)
    expect(goalText).not.toContain('Mehr-Faktor-Authentifizierung für Kundenkonten')
    const docx = await core.call('exports.toms', { groupBy: 'controlArea', onlyImplemented: true, format: 'docx', lang: 'de' })
    expect(docx.fileName.endsWith('.docx')).toBe(true)
    if (!soffice) return console.warn('[exports.test] skipped: DOCX → PDF needs LibreOffice (soffice), which is not installed')
    const docxPath = join(dir, 'toms.docx')
    writeFileSync(docxPath, Buffer.from(docx.base64, 'base64'))
    expect(norm(pdfText(convert(docxPath, 'pdf')))).toContain('Zutrittskontrolle')
  })
})

describe('integrity and history', () => {
  it('logs every export with the SHA-256 of its bytes and an audit entry; the audit chain stays intact', async () => {
    const made = await ropa({ kind: 'gdpr-controller', format: 'pdf', lang: 'en' })
    const log = (await core.call('exports.log', {})).map((row) => ExportLogEntry.parse(row))
    const row = log.find((r) => r.id === made.exportId)!
    expect(row).toMatchObject({ what: 'ropa-controller', format: 'pdf', lang: 'en', regime: 'gdpr', depth: 'authority', sha256: sha256(made.bytes), bytes: made.bytes.length, auditHead: made.auditHead, author: 'Test DPO' })
    expect(log[0].id).toBe(made.exportId)
    const audit = await core.call('audit.history', { entity: 'exports', entityId: made.exportId })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', author: 'Test DPO' })
    expect(audit[0].changes).toContainEqual({ field: 'sha256', before: null, after: sha256(made.bytes) })
    expect((await core.call('audit.verify', {})).ok).toBe(true)
    // The log names the content the document was made from: an export alone changes nothing in it.
    const again = await ropa({ kind: 'gdpr-controller', format: 'json', lang: 'en' })
    expect(again.auditHead).toBe(made.auditHead)
  })

  it('reports the changes made after an export, per entity and field, as JSON and PDF', { timeout: SLOW }, async () => {
    const base = await ropa({ kind: 'gdpr-controller', format: 'json', lang: 'de' })
    const activity = (await core.call('activities.list', { query: 'Newsletter' })).rows[0]
    await core.call('activities.update', { id: activity.id, changes: { purposes: [...activity.purposes, 'Gewinnspiele für Abonnenten'] } })
    await core.call('organisation.update', { changes: { headcount: 130 } })

    const json = await core.call('exports.changesSince', { exportId: base.exportId, format: 'json', lang: 'de' })
    const report = ChangesExportFile.parse(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')))
    expect(report.meta.sinceExport?.id).toBe(base.exportId)
    expect(report.entities.map((e) => e.name)).toEqual(['Helvetia Shop AG', 'Newsletter und E-Mail-Marketing'])
    const change = report.entities[1].changes[0]
    // A Swiss organisation: the report speaks Swiss German (Bearbeitung).
    expect(change).toMatchObject({ action: 'update', field: 'purposes', fieldLabel: 'Bearbeitungszweck', author: 'Test DPO' })
    expect(change.afterText).toContain('Gewinnspiele für Abonnenten')
    expect(report.entities[0].changes[0]).toMatchObject({ field: 'headcount', before: 120, after: 130 })

    // "Since the last export of that kind" finds the same starting point; the PDF lists the edit.
    const pdf = await core.call('exports.changesSince', { lastOf: 'gdpr-controller', format: 'pdf', lang: 'de' })
    const path = join(dir, 'changes.pdf')
    writeFileSync(path, Buffer.from(pdf.base64, 'base64'))
    const text = norm(pdfText(path))
    for (const value of ['Änderungen seit dem letzten Export', 'Newsletter und E-Mail-Marketing', 'Bearbeitungszweck', 'Gewinnspiele für Abonnenten', '120', '130']) expect(text, value).toContain(value)
    expect((await core.call('exports.log', {}))[0]).toMatchObject({ id: pdf.exportId, what: 'changes', sha256: pdf.sha256 })
  })
})
