import { z } from 'zod'
import { DomainError } from '../../shared/errors'
import { RopaExportFile } from '../../shared/exports'
import type { AnalyseResult, ImportIssue } from '../../shared/imports'
import { translate, type Locale, type MessageKey } from '../../shared/i18n'
import { suggestMapping } from './mapping'
import { decodeBase64, headersOf, readBook, type Book, type IssueDraft, type Sheet } from './read'

/**
 * Reading an import file into plain data: the database-free part of imports, which the core hands
 * to its worker thread (src/core/worker/tasks.ts). Nothing here may import src/core/workspace.
 */

export function issueText(locale: Locale, draft: IssueDraft): ImportIssue {
  const { params, ...rest } = draft
  const key = `import.issue.${draft.code}` as MessageKey
  return { ...rest, message: translate(locale, key, { ...params, sheet: draft.sheet ?? '', row: draft.row ?? '', column: draft.column ?? '' }) }
}

/** An import spreadsheet as a call hands it over: the file and, if chosen, the sheet to read. */
export interface SheetFile {
  readonly fileName: string
  readonly base64: string
  readonly sheet?: string
}

/** The sheet a plan is built from: its cells, headers and the issues found while reading. */
export interface LoadedSheet {
  readonly sheet: Sheet
  readonly headers: string[]
  readonly issues: IssueDraft[]
}

function chooseSheet(book: Book, wanted: string | undefined): Sheet {
  if (wanted !== undefined) {
    const sheet = book.sheets.find((s) => s.name === wanted)
    if (!sheet) throw new DomainError('IMPORT_INVALID', { reason: `no sheet "${wanted}"` })
    return sheet
  }
  // Hidden sheets are listed but never chosen by default.
  return book.sheets.find((s) => !s.hidden && s.rows.length > 0) ?? book.sheets.find((s) => !s.hidden) ?? book.sheets[0]
}

export async function loadSheet(file: SheetFile, lang: 'de' | 'en'): Promise<LoadedSheet & { book: Book }> {
  const book = await readBook(file.fileName, decodeBase64(file.base64))
  const sheet = chooseSheet(book, file.sheet)
  if (sheet.rows.length === 0) throw new DomainError('IMPORT_INVALID', { reason: `sheet "${sheet.name}" is empty` })
  const { headers, issues } = headersOf(sheet, lang)
  const hiddenOthers = book.sheets.filter((s) => s !== sheet).flatMap((s) => s.issues.filter((i) => i.code === 'sheet.hidden'))
  return { book, sheet, headers, issues: [...book.issues, ...sheet.issues, ...hiddenOthers, ...issues] }
}

export async function analyse(file: SheetFile, locale: Locale): Promise<AnalyseResult> {
  const lang = locale === 'en' ? 'en' : 'de'
  const { book, sheet, headers, issues } = await loadSheet(file, lang)
  return {
    fileName: file.fileName,
    format: book.format,
    encoding: book.encoding,
    delimiter: book.delimiter,
    sheets: book.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: Math.max(0, s.rows.length - 1), columns: s.rows[0]?.length ?? 0 })),
    sheet: sheet.name,
    headers,
    sampleRows: sheet.rows.slice(1, 21),
    rowCount: sheet.rows.length - 1,
    suggestedMapping: suggestMapping(headers),
    issues: issues.map((i) => issueText(locale, i))
  }
}

/**
 * Parses and validates a JSON export (RopaExportFile); a malformed file is refused with its issues,
 * in zod's words in the user's language. The locale is given to the parse itself, not set with
 * z.config: the dispatcher sets that on the core's thread only, a worker's zod is its own.
 */
export function parseRopaFile(base64: string, locale: Locale): RopaExportFile {
  let raw: unknown
  try {
    raw = JSON.parse(Buffer.from(base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    throw new DomainError('IMPORT_INVALID', { reason: 'not a JSON file' })
  }
  const parsed = RopaExportFile.safeParse(raw, { error: (locale === 'en' ? z.locales.en() : z.locales.de()).localeError })
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new DomainError('IMPORT_INVALID', { reason: `not a DPO Workbench record export (${issues.length} problems, first: ${issues[0]?.path}: ${issues[0]?.message})` }, issues)
  }
  return parsed.data
}
