import type { RopaExportFile } from '../../shared/exports'
import { recordTable } from './columns'
import { neutralise } from './neutralise'
import type { Words } from './words'

export interface CsvOptions {
  readonly bom: boolean
  readonly delimiter: ',' | ';'
}

function field(text: string, delimiter: string): string {
  const safe = neutralise(text)
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * RFC 4180 CSV in UTF-8 (CRLF line ends; a list cell keeps one item a line inside its quotes).
 * A BOM on request so Excel reads the umlauts; ";" for German Excel. Every cell that could be read
 * as a formula is neutralised (see view.ts).
 */
export function renderCsv(record: RopaExportFile, w: Words, options: CsvOptions): Buffer {
  const table = recordTable(record, w)
  const line = (cells: readonly string[]): string => cells.map((c) => field(c, options.delimiter)).join(options.delimiter)
  const text = [line(table.headers), ...table.rows.map(line)].join('\r\n')
  return Buffer.from(`${options.bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8')
}
