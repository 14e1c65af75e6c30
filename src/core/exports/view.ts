import ExcelJS from 'exceljs'
import type { Locale } from '../../shared/i18n'
import { translate } from '../../shared/i18n'
import { cellValues, LIST_SEPARATOR, type CellContext, type ColumnType, type ViewColumn } from '../../shared/registry-view'
import { neutralise } from './neutralise'

/**
 * "Export current view": the rows and columns a registry list shows, as CSV or XLSX, built in
 * memory (nothing is written next to the workspace). Pure functions; the handler feeds them.
 */

export type ViewCell = string | Date | null

export interface ViewTable {
  readonly headers: readonly string[]
  readonly types: readonly ColumnType[]
  readonly rows: ReadonlyArray<readonly ViewCell[]>
}

export interface CsvOptions {
  readonly bom: boolean
  readonly delimiter: ',' | ';'
}

/** YYYY-MM-DD as a Date at UTC midnight, so a spreadsheet shows the same day everywhere. */
function dateOf(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** A timestamp as people read it, in the machine's time zone: "2026-03-01 14:05". */
export function localDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The table of a view: one header per column, one row per entity, list values joined by "; ". */
export function buildViewTable(columns: readonly ViewColumn[], entities: ReadonlyArray<Readonly<Record<string, unknown>>>, ctx: CellContext): ViewTable {
  const headers = columns.map((c) => translate(ctx.locale, c.header))
  const rows = entities.map((entity) =>
    columns.map((column): ViewCell => {
      const values = cellValues(column, entity, ctx)
      if (values.length === 0) return null
      if (column.type === 'date') return dateOf(values[0]) ?? values[0]
      if (column.type === 'datetime') return localDateTime(values[0])
      return values.join(LIST_SEPARATOR)
    })
  )
  return { headers, types: columns.map((c) => c.type), rows }
}

export { neutralise }

const isoDate = (d: Date): string => d.toISOString().slice(0, 10)

function csvField(cell: ViewCell, delimiter: string): string {
  if (cell === null) return ''
  const text = neutralise(cell instanceof Date ? isoDate(cell) : cell)
  return text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r') ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 CSV: CRLF line ends, fields quoted where needed; BOM on request so Excel reads UTF-8. */
export function toCsv(table: ViewTable, options: CsvOptions): string {
  const line = (cells: readonly ViewCell[]): string => cells.map((cell) => csvField(cell, options.delimiter)).join(options.delimiter)
  const lines = [line(table.headers), ...table.rows.map(line)]
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}

/** Excel forbids \ / ? * [ ] : in sheet names and allows 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31) || 'Sheet1'
}

function displayLength(cell: ViewCell): number {
  if (cell === null) return 0
  if (cell instanceof Date) return 10
  // A long cell wraps at the column's width; the longest line counts.
  return Math.max(...cell.split('\n').map((l) => l.length))
}

/**
 * XLSX in memory: bold, frozen header row, autofilter over the data, columns as wide as their
 * content (within reason). Every text is written as a string, never as a formula.
 */
export async function toXlsx(table: ViewTable, options: { sheet: string; locale: Locale }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'DPO Workbench'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName(options.sheet), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }] })
  const dateFormat = options.locale === 'en' ? 'yyyy-mm-dd' : 'dd.mm.yyyy'

  sheet.columns = table.headers.map((header, i) => {
    let width = header.length
    for (let r = 0; r < table.rows.length && r < 2000; r++) width = Math.max(width, displayLength(table.rows[r][i]))
    return { key: `c${i}`, width: Math.min(60, Math.max(8, width + 2)) }
  })
  const head = sheet.addRow([...table.headers])
  head.font = { bold: true }
  head.alignment = { vertical: 'middle' }
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EDF2' } }
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A3' } } }
  })

  for (const cells of table.rows) {
    // A string that looks like a formula stays a string: exceljs writes formulas only when given { formula }.
    const row = sheet.addRow([...cells])
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1)
      if (cell instanceof Date) target.numFmt = dateFormat
      if (table.types[i] === 'longText' || table.types[i] === 'textList') target.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length } }

  const buffer = await workbook.xlsx.writeBuffer()
  return Buffer.from(buffer as ArrayBuffer)
}

/** "Verarbeitungstätigkeiten 2026-03-01.csv": the list's name, the day, nothing a file system minds. */
export function exportFileName(title: string, format: 'csv' | 'xlsx', now = new Date()): string {
  const safe = title.replace(/[\\/:*?"<>|()]/g, '').replace(/\s+/g, ' ').trim() || 'export'
  return `${safe} ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${format}`
}
