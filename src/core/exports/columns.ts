import type { RopaExportFile } from '../../shared/exports'
import type { EntryKey } from './fields'
import { fieldValue, flatten } from './values'
import type { Words } from './words'

/**
 * The record as one table for the spreadsheet formats: one row per entry, the fields in the
 * record's order, every list in ONE cell (one item a line), never one row per data category.
 */
export interface RecordTable {
  readonly headers: readonly string[]
  /** Suggested width per column, in characters. */
  readonly widths: readonly number[]
  readonly rows: ReadonlyArray<readonly string[]>
}

export function recordTable(record: RopaExportFile, w: Words): RecordTable {
  const archived = record.meta.includeArchived
  const fields = record.fields.map((f) => ({ ...f, header: f.ref ? `${f.label} – ${f.ref}` : f.label }))
  const headers = [w.t('field.ref'), w.t('field.name'), ...(archived ? [w.t('field.archived')] : []), ...fields.map((f) => f.header)]
  const rows = record.entries.map((entry) => [
    entry.ref,
    entry.name,
    ...(archived ? [entry.archivedAt ? w.date(entry.archivedAt) : ''] : []),
    ...fields.map((f) => flatten(fieldValue(entry, f.key as EntryKey, w, record)))
  ])
  const widths = headers.map((header, i) => {
    let longest = Math.min(header.length, 30)
    for (const row of rows.slice(0, 500)) for (const line of row[i].split('\n')) longest = Math.max(longest, line.length)
    return i === 0 ? 10 : Math.min(i === 1 ? 40 : 60, Math.max(12, longest + 2))
  })
  return { headers, widths, rows }
}
