import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import { neutralise, toCsv } from '../../src/core/exports/view'
import { createWorkspaceFile, tempDir } from './support/core'

/**
 * "Export current view" through the real core on a temp encrypted workspace: the rows and columns
 * the list shows, as CSV (BOM, delimiter, quoting, formula neutralisation) and as XLSX read back
 * with exceljs (one row per activity, list fields in one cell, frozen header, autofilter).
 */

let dir: string
let cleanup: () => void
let core: Core
let ids: { categories: string[]; toms: string[] }

const FORMULAS = ['=HYPERLINK("http://x")', '+1', '-2', '@x'] as const

beforeEach(async () => {
  ;({ dir, cleanup } = tempDir('dpo-view-export-'))
  ;({ core } = await createWorkspaceFile(dir, 'export'))
  const categories = [
    (await core.call('dataCategories.create', { data: { name: 'Kontaktdaten' } })).id,
    (await core.call('dataCategories.create', { data: { name: 'Zahlungsdaten; Bank' } })).id
  ]
  const toms = [(await core.call('toms.create', { data: { name: 'Verschlüsselung' } })).id]
  ids = { categories, toms }
  // Names sort: the four formula-like names first (by code point), then the ordinary ones.
  await core.call('activities.create', {
    data: {
      name: 'Kundenkonto',
      description: 'Zeile eins\nZeile "zwei"; mit Semikolon',
      status: 'approved',
      owner: 'Verkauf',
      legalBases: ['gdpr-6-1-b', 'gdpr-6-1-c'],
      dataCategoryIds: categories,
      tomIds: toms,
      reviewDate: '2027-01-31'
    }
  })
  await core.call('activities.create', { data: { name: 'Newsletter', owner: 'Marketing, Online' } })
  for (const name of FORMULAS) await core.call('activities.create', { data: { name, owner: name } })
})
afterEach(() => {
  core.close()
  cleanup()
})

const decode = (base64: string): Buffer => Buffer.from(base64, 'base64')

/** A small RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = (): void => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) endField()
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      i++
    } else field += ch
  }
  if (field !== '' || row.length) {
    endField()
    rows.push(row)
  }
  return rows
}

describe('registry.exportView as CSV', () => {
  it('writes a header and one line per row, with BOM and semicolons for German Excel', async () => {
    const out = await core.call('registry.exportView', {
      kind: 'activities',
      query: { sort: { field: 'name', dir: 'asc' } },
      columns: ['ref', 'name', 'status', 'owner', 'description', 'legalBases', 'dataCategoryIds', 'tomIds', 'reviewDate'],
      format: 'csv',
      locale: 'de',
      csv: { bom: true, delimiter: ';' }
    })
    expect(out.mimeType).toBe('text/csv;charset=utf-8')
    expect(out.fileName).toMatch(/^Verarbeitungstätigkeiten \d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = decode(out.base64)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const rows = parseCsv(text, ';')
    expect(rows).toHaveLength(1 + 6)
    expect(rows[0]).toEqual(['Nr.', 'Bezeichnung', 'Status', 'Verantwortlich', 'Beschreibung', 'Rechtsgrundlagen', 'Datenkategorien', 'Maßnahmen (TOM)', 'Nächste Prüfung'])
    expect(rows.every((r) => r.length === 9)).toBe(true)

    const konto = rows.find((r) => r[1] === 'Kundenkonto')!
    // A newline, quotes and the delimiter inside a field survive as one quoted field.
    expect(konto[4]).toBe('Zeile eins\nZeile "zwei"; mit Semikolon')
    expect(text).toContain('"Zeile eins\nZeile ""zwei""; mit Semikolon"')
    expect(konto[2]).toBe('Freigegeben')
    // List fields: one cell, "; "-joined, linked ids resolved to names, catalog codes to labels.
    expect(konto[6]).toBe('Kontaktdaten; Zahlungsdaten; Bank')
    expect(konto[7]).toBe('Verschlüsselung')
    expect(konto[5].split('; ')).toHaveLength(2)
    expect(konto[5]).not.toMatch(/gdpr-6/)
    expect(konto[8]).toBe('2027-01-31')
  })

  it('neutralises formula injection with a leading apostrophe', async () => {
    const out = await core.call('registry.exportView', {
      kind: 'activities',
      query: { sort: { field: 'name', dir: 'asc' } },
      columns: ['name', 'owner'],
      format: 'csv',
      locale: 'en',
      csv: { bom: false, delimiter: ',' }
    })
    const text = decode(out.base64).toString('utf8')
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    const rows = parseCsv(text, ',')
    expect(rows[0]).toEqual(['Name', 'Owner'])
    const names = rows.slice(1).map((r) => r[0])
    expect(names).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@x", 'Kundenkonto', 'Newsletter']))
    // Every cell of the file: nothing starts with a formula trigger any more.
    for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    // The comma inside a value is quoted under the comma delimiter.
    expect(text).toContain('"Marketing, Online"')
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"')
  })

  it('follows the query: search, filters and archived', async () => {
    const csv = async (query: object): Promise<string[][]> => {
      const out = await core.call('registry.exportView', {
        kind: 'activities',
        query,
        columns: ['name'],
        format: 'csv',
        locale: 'de',
        csv: { bom: false, delimiter: ';' }
      })
      return parseCsv(decode(out.base64).toString('utf8'), ';').slice(1)
    }
    expect(await csv({ query: 'Kunden' })).toEqual([['Kundenkonto']])
    expect(await csv({ filters: { status: ['approved'] } })).toEqual([['Kundenkonto']])
    const all = await core.call('activities.list', { query: 'Newsletter' })
    await core.call('activities.archive', { ids: [all.rows[0].id] })
    expect((await csv({})).flat()).not.toContain('Newsletter')
    expect(await csv({ archived: 'only' })).toEqual([['Newsletter']])
  })

  it('refuses an unknown column, naming it', async () => {
    const result = await core.dispatch('registry.exportView', { kind: 'activities', query: {}, columns: ['name', 'secret'], format: 'csv', locale: 'de' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'columns.1' }] } })
  })

  it('neutralise() covers every trigger and leaves other text alone', () => {
    for (const t of ['=1', '+1', '-2', '@x', '\tx', '\rx']) expect(neutralise(t)).toBe(`'${t}`)
    for (const t of ['1', 'a=b', ' =x', '', 'Straße']) expect(neutralise(t)).toBe(t)
    const csv = toCsv({ headers: ['a'], types: ['text'], rows: [['x\r\ny'], [null]] }, { bom: false, delimiter: ';' })
    expect(csv).toBe('a\r\n"x\r\ny"\r\n\r\n')
  })
})

describe('registry.exportView as XLSX', () => {
  it('has one row per activity, list fields in one cell, a frozen header and an autofilter', async () => {
    const out = await core.call('registry.exportView', {
      kind: 'activities',
      query: { sort: { field: 'ref', dir: 'asc' } },
      columns: ['ref', 'name', 'status', 'dataCategoryIds', 'tomIds', 'reviewDate'],
      format: 'xlsx',
      locale: 'de'
    })
    expect(out.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(out.fileName).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(decode(out.base64) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('Verarbeitungstätigkeiten')
    expect(sheet.rowCount).toBe(1 + 6)
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nr.', 'Bezeichnung', 'Status', 'Datenkategorien', 'Maßnahmen (TOM)', 'Nächste Prüfung'])
    expect(sheet.getRow(1).font?.bold).toBe(true)

    const refs = new Set<string>()
    for (let r = 2; r <= sheet.rowCount; r++) refs.add(String(sheet.getRow(r).getCell(1).value))
    expect(refs.size).toBe(6)

    const konto = sheet.getRow(2)
    expect(konto.getCell(2).value).toBe('Kundenkonto')
    expect(konto.getCell(4).value).toBe('Kontaktdaten; Zahlungsdaten; Bank')
    expect(konto.getCell(5).value).toBe('Verschlüsselung')
    const review = konto.getCell(6).value as Date
    expect(review).toBeInstanceOf(Date)
    expect(review.toISOString().slice(0, 10)).toBe('2027-01-31')

    // Formula-like names are plain strings, not formulas.
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(2)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
    }
    const names = Array.from({ length: 6 }, (_, i) => sheet.getRow(i + 2).getCell(2).value)
    expect(names).toEqual(expect.arrayContaining([...FORMULAS]))

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    // From the header over every data row and column.
    expect(sheet.autoFilter).toBe('A1:F7')
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(12)
  })
})

describe('registry.linkTom', () => {
  it('adds a TOM to each entity with its own audit entry, once', async () => {
    const list = await core.call('activities.list', { sort: { field: 'ref', dir: 'asc' } })
    const targets = list.rows.slice(0, 3).map((r) => r.id)
    const tom = (await core.call('toms.create', { data: { name: 'Zugriffskonzept' } })).id
    expect(await core.call('registry.linkTom', { kind: 'activities', ids: targets, tomId: tom })).toEqual({ updated: 3 })
    expect(await core.call('registry.linkTom', { kind: 'activities', ids: targets, tomId: tom })).toEqual({ updated: 0 })
    const first = await core.call('activities.get', { id: targets[0] })
    expect(first.tomIds).toEqual([...ids.toms, tom])
    for (const id of targets) {
      const history = await core.call('audit.history', { entity: 'activities', entityId: id })
      expect(history.filter((h) => h.action === 'update')).toHaveLength(1)
    }
    const usage = await core.call('toms.usage', { id: tom })
    expect(usage.map((u) => u.id).sort()).toEqual([...targets].sort())
    const wrong = await core.dispatch('registry.linkTom', { kind: 'systems', ids: targets, tomId: tom })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
