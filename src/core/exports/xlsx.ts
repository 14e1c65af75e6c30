import ExcelJS from 'exceljs'
import type { RopaExportFile } from '../../shared/exports'
import { recordTable } from './columns'
import { neutralise, sheetName } from './view'
import type { Words } from './words'

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EDF2' } } as const
const LINE_HEIGHT = 15

/** Rows with wrapped text get a height from their longest cell, so every line shows in Excel too. */
function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  let lines = 1
  cells.forEach((cell, i) => {
    const perLine = Math.max(1, widths[i] - 1)
    lines = Math.max(lines, cell.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0))
  })
  return Math.min(409, lines * LINE_HEIGHT)
}

/**
 * XLSX: the record on its first sheet, one row per entry (every list summarised in one cell),
 * bold frozen header row with autofilter and sensible widths; the controller (or processor) and
 * the document's data (ID, audit head, scope) on two further sheets. Text is always written as
 * text, and text that could be taken for a formula is neutralised.
 */
export async function renderXlsx(record: RopaExportFile, w: Words): Promise<Buffer> {
  const { meta, organisation } = record
  const table = recordTable(record, w)
  const book = new ExcelJS.Workbook()
  book.creator = meta.generator.name
  book.title = `${meta.title} – ${organisation.name}`
  book.subject = meta.legalBasis
  book.keywords = `${meta.documentId} ${meta.auditHead}`
  book.created = new Date(meta.generatedAt)

  const sheet = book.addWorksheet(sheetName(w.t(meta.role === 'controller' ? 'section.activities' : 'section.processorActivities')), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1, activeCell: 'C2' }]
  })
  sheet.columns = table.widths.map((width, i) => ({ key: `c${i}`, width }))
  const head = sheet.addRow(table.headers.map(neutralise))
  head.height = Math.min(90, Math.max(...table.headers.map((h, i) => Math.ceil(h.length / Math.max(1, table.widths[i] - 1)))) * LINE_HEIGHT)
  head.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'top', wrapText: true }
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A3' } } }
  })
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(neutralise))
    row.height = rowHeight(cells, table.widths)
    row.alignment = { vertical: 'top', wrapText: true }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length } }

  const pairs = (name: string, rows: ReadonlyArray<readonly [string, string]>): void => {
    const s = book.addWorksheet(sheetName(name))
    s.columns = [
      { key: 'label', width: 38 },
      { key: 'value', width: 90 }
    ]
    for (const [label, value] of rows) {
      const row = s.addRow([neutralise(label), neutralise(value)])
      row.getCell(1).font = { bold: true }
      row.alignment = { vertical: 'top', wrapText: true }
      row.height = Math.min(409, Math.max(1, value.split('\n').length) * LINE_HEIGHT)
    }
  }
  const contact = (c: typeof organisation.contact | null): string => (c ? [c.name, c.address, c.email, c.phone].filter((x) => x.trim()).join('\n') : '')
  pairs(w.t(meta.role === 'controller' ? 'section.controller' : 'section.processor'), [
    [w.t(`${meta.role === 'controller' ? 'org.identity' : 'org.processorIdentity'}${meta.regime === 'revdsg' ? '.revdsg' : ''}` as 'org.identity'), [organisation.name, organisation.address, organisation.country?.name ?? ''].filter((x) => x.trim()).join('\n')],
    [w.t('col.contact'), contact(organisation.contact)],
    [w.t(meta.regime === 'revdsg' ? 'org.representative.revdsg' : 'org.representative'), contact(organisation.representative)],
    [w.t(meta.regime === 'revdsg' ? 'org.dpo.revdsg' : 'org.dpo'), contact(organisation.dpo)]
  ])
  pairs(w.t('cover.document'), [
    [w.t('cover.documentId'), meta.documentId],
    [w.t('cover.organisation'), organisation.name],
    [w.t('cover.revision'), w.t('cover.revisionValue', { seq: meta.auditSeq })],
    [w.t('cover.date'), w.dateTime(meta.generatedAt)],
    [w.t('cover.entries'), String(meta.entries)],
    [w.t('cover.auditHead'), meta.auditHead],
    ['', `${meta.title} ${w.t(`subtitle.${meta.kind}`)} – ${w.t(`depth.${meta.depth}`)}`],
    ['', w.t('cover.integrity')]
  ])
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer)
}
