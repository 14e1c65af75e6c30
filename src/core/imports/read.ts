import type ExcelJS from 'exceljs'
import { unzipSync, zipSync } from 'fflate'
import { DomainError } from '../../shared/errors'
import type { ImportIssue } from '../../shared/imports'

/** Limits of a spreadsheet import (docs/CLI.md): bytes, uncompressed zip content, ratio, rows. */
export const LIMITS = { fileBytes: 50 * 1024 * 1024, unzippedBytes: 50 * 1024 * 1024, ratio: 100, rows: 20_000, columns: 200 } as const

export type IssueDraft = Omit<ImportIssue, 'message'> & { params?: Record<string, string | number> }

export interface Sheet {
  name: string
  hidden: boolean
  /** Cell text, header row first; trailing empty rows dropped; rows numbered from `firstRow`. */
  rows: string[][]
  /** Spreadsheet row number of rows[0]. */
  firstRow: number
  issues: IssueDraft[]
}

export interface Book {
  format: 'xlsx' | 'csv'
  encoding: string | null
  delimiter: string | null
  sheets: Sheet[]
  issues: IssueDraft[]
}

const invalid = (reason: string): DomainError => new DomainError('IMPORT_INVALID', { reason })
const tooLarge = (reason: string): DomainError => new DomainError('IMPORT_TOO_LARGE', { reason })

export function decodeBase64(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length === 0) throw invalid('empty file')
  if (bytes.length > LIMITS.fileBytes) throw tooLarge(`${Math.round(bytes.length / 1024 / 1024)} MB, at most ${LIMITS.fileBytes / 1024 / 1024} MB`)
  return bytes
}

/** Reads an XLSX or CSV file; everything odd is an issue, everything unreadable a typed error. */
export async function readBook(fileName: string, bytes: Buffer): Promise<Book> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  if (isZip) return readXlsx(bytes)
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw invalid('an old Excel file (.xls); save it as .xlsx or CSV')
  if (/\.xlsx$|\.xlsm$/i.test(fileName)) throw invalid('not a valid XLSX file (no zip archive)')
  return readCsv(bytes)
}

// ---------------------------------------------------------------------------------------------
// XLSX

/**
 * The zip's central directory is checked before anything is inflated (fflate's filter sees each
 * entry's declared sizes first): at most 50 MB uncompressed in total and a ratio of at most 100:1.
 * fflate inflates into buffers of the declared size, so a lying header cannot grow beyond it.
 * The checked entries are handed to exceljs re-packed without compression.
 */
function unpackChecked(bytes: Buffer): Record<string, Uint8Array> {
  let total = 0
  let compressed = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize
        compressed += entry.size
        if (total > LIMITS.unzippedBytes) throw tooLarge(`more than ${LIMITS.unzippedBytes / 1024 / 1024} MB uncompressed`)
        if (entry.originalSize > 1024 * 1024 && entry.originalSize > entry.size * LIMITS.ratio) throw tooLarge(`compression ratio above ${LIMITS.ratio}:1 (${entry.name})`)
        return true
      }
    })
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw invalid('the XLSX file is damaged or truncated')
  }
  if (total > 1024 * 1024 && total > compressed * LIMITS.ratio) throw tooLarge(`compression ratio above ${LIMITS.ratio}:1`)
  if (!files['[Content_Types].xml'] || !Object.keys(files).some((n) => n.startsWith('xl/'))) throw invalid('a zip archive, but not an XLSX workbook')
  return files
}

type CellValue = ExcelJS.CellValue

function text(value: CellValue): { text: string; formula: boolean; error: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false, error: false }
  if (value instanceof Date) return { text: isoDate(value), formula: false, error: false }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result
      const inner = text(result as CellValue)
      return { text: inner.text, formula: true, error: inner.error }
    }
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), formula: false, error: false }
    if ('error' in value) return { text: '', formula: false, error: true }
    if ('text' in value) return { text: String((value as { text: unknown }).text ?? ''), formula: false, error: false }
    return { text: '', formula: false, error: false }
  }
  return { text: String(value), formula: false, error: false }
}

const isoDate = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))

async function readXlsx(bytes: Buffer): Promise<Book> {
  const files = unpackChecked(bytes)
  // Loaded on first use: a worker thread that reads only CSV files starts without it (~0.2 s).
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(zipSync(files, { level: 0 })) as unknown as ArrayBuffer)
  } catch {
    throw invalid('the XLSX file is damaged')
  }
  const sheets: Sheet[] = []
  for (const ws of workbook.worksheets) {
    const issues: IssueDraft[] = []
    const hidden = ws.state !== 'visible' && ws.state !== undefined
    if (hidden) issues.push({ code: 'sheet.hidden', severity: 'info', sheet: ws.name })
    if (ws.actualRowCount > LIMITS.rows + 50) throw tooLarge(`${ws.actualRowCount} rows in sheet "${ws.name}", at most ${LIMITS.rows}`)
    const columns = Math.min(ws.columnCount, LIMITS.columns)
    const rows: string[][] = []
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).length
    if (merges) issues.push({ code: 'cell.merged', severity: 'warning', sheet: ws.name, params: { count: merges } })
    let formulas = 0
    let firstFormula: { row: number; column: number } | null = null
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c)
        // A merged range's value belongs to its top-left cell only.
        if (cell.isMerged && cell.master !== cell) {
          cells.push('')
          continue
        }
        const t = text(cell.value)
        if (t.formula) {
          formulas++
          firstFormula ??= { row: r, column: c }
        }
        if (t.error) issues.push({ code: 'cell.error', severity: 'warning', sheet: ws.name, row: r, params: { column: c } })
        cells.push(t.text.trim())
      }
      rows.push(cells)
    }
    if (formulas && firstFormula) issues.push({ code: 'cell.formula', severity: 'info', sheet: ws.name, row: firstFormula.row, params: { count: formulas } })
    sheets.push(finishSheet(ws.name, hidden, rows, issues))
  }
  if (sheets.length === 0) throw invalid('the workbook has no sheets')
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, issues: [] }
}

/** Drops empty rows before the header and at the end. */
function finishSheet(name: string, hidden: boolean, rows: string[][], issues: IssueDraft[]): Sheet {
  let first = 0
  while (first < rows.length && rows[first].every((c) => c === '')) first++
  let last = rows.length
  while (last > first && rows[last - 1].every((c) => c === '')) last--
  const kept = rows.slice(first, last)
  const width = kept.reduce((w, r) => Math.max(w, lastFilled(r)), 0)
  return { name, hidden, rows: kept.map((r) => padTo(r.slice(0, width), width)), firstRow: first + 1, issues }
}

const lastFilled = (row: string[]): number => {
  let n = row.length
  while (n > 0 && row[n - 1] === '') n--
  return n
}
const padTo = (row: string[], width: number): string[] => (row.length >= width ? row : [...row, ...Array<string>(width - row.length).fill('')])

// ---------------------------------------------------------------------------------------------
// CSV

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; binary files are refused. */
export function decodeText(bytes: Buffer): { text: string; encoding: string; issues: IssueDraft[] } {
  const issues: IssueDraft[] = []
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', issues }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', issues }
  const sample = bytes.subarray(0, 64 * 1024)
  let control = 0
  for (const b of sample) if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  if (sample.includes(0) || control > sample.length / 100) throw invalid('a binary file, not a CSV text file')
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes)
    // UTF-8 read as Windows-1252 and saved again: "Ã¤" for "ä".
    if (/Ã[¤¶¼„–œŸ]|Ã©/.test(text)) issues.push({ code: 'encoding.mojibake', severity: 'warning' })
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', issues }
  } catch {
    issues.push({ code: 'encoding.windows1252', severity: 'info' })
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', issues }
  }
}

/** The delimiter that splits the first lines into the most equal number of fields (outside quotes). */
export function detectDelimiter(text: string): string {
  const lines: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    if (!quoted && (ch === '\n' || ch === '\r')) {
      if (current.trim()) lines.push(current)
      current = ''
    } else current += ch
  }
  if (current.trim() && lines.length < 20) lines.push(current)
  let best = ';'
  let bestScore = -1
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => countOutsideQuotes(l, d))
    const first = counts[0] ?? 0
    if (first === 0) continue
    const consistent = counts.filter((c) => c === first).length
    const score = consistent * 1000 + first
    if (score > bestScore) {
      bestScore = score
      best = d
    }
  }
  return best
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === d) n++
  }
  return n
}

/**
 * RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF or CR
 * end a record. Stops with IMPORT_TOO_LARGE after `maxRows` records, so a huge file costs little.
 */
export function parseCsv(text: string, delimiter: string, maxRows: number): { rows: string[][]; unclosedQuote: boolean } {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const n = text.length
  const endRow = (): void => {
    row.push(field)
    field = ''
    rows.push(row)
    row = []
    if (rows.length > maxRows) throw tooLarge(`more than ${maxRows - 1} rows, at most ${maxRows - 1}`)
  }
  while (i < n) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true
      field = ''
      i++
    } else if (ch === delimiter) {
      row.push(field)
      field = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += ch
      i++
    }
  }
  const unclosedQuote = quoted
  if (field !== '' || row.length) endRow()
  return { rows, unclosedQuote }
}

function readCsv(bytes: Buffer): Book {
  const { text, encoding, issues } = decodeText(bytes)
  const delimiter = detectDelimiter(text)
  const { rows, unclosedQuote } = parseCsv(text, delimiter, LIMITS.rows + 1)
  if (unclosedQuote) issues.push({ code: 'csv.unclosedQuote', severity: 'warning' })
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0)
  if (width > LIMITS.columns) throw tooLarge(`${width} columns, at most ${LIMITS.columns}`)
  const sheet = finishSheet('CSV', false, rows.map((r) => r.map((c) => c.trim())), [])
  if (sheet.rows.length === 0) throw invalid('the file holds no rows')
  return { format: 'csv', encoding, delimiter, sheets: [sheet], issues }
}

// ---------------------------------------------------------------------------------------------
// Headers

/** Empty headers become "Spalte 3"/"Column 3", duplicates get their column number; both reported. */
export function headersOf(sheet: Sheet, lang: 'de' | 'en'): { headers: string[]; issues: IssueDraft[] } {
  const raw = sheet.rows[0] ?? []
  const issues: IssueDraft[] = []
  const seen = new Map<string, number>()
  const word = lang === 'de' ? 'Spalte' : 'Column'
  const headers = raw.map((h, i) => {
    const clean = h.replace(/\s+/g, ' ').trim()
    if (!clean) {
      issues.push({ code: 'header.empty', severity: 'warning', sheet: sheet.name, row: sheet.firstRow, column: `${word} ${i + 1}` })
      return `${word} ${i + 1}`
    }
    const key = clean.toLowerCase()
    if (seen.has(key)) {
      const renamed = `${clean} (${word} ${i + 1})`
      issues.push({ code: 'header.duplicate', severity: 'warning', sheet: sheet.name, row: sheet.firstRow, column: renamed, params: { header: clean } })
      return renamed
    }
    seen.set(key, i)
    return clean
  })
  return { headers, issues }
}
