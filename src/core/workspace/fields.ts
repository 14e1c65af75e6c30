import type { FieldChange } from '../../shared/model'

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** Field-level diff of two documents; deep values compare by their JSON form. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const field of keys) {
    const a = before[field]
    const b = after[field]
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    changes.push({ field, before: a ?? null, after: b ?? null })
  }
  return changes
}

/** What a create records: every field that carries a value (defaults that say nothing are left out). */
export function createdFields(after: Record<string, unknown>): FieldChange[] {
  return Object.entries(after)
    .filter(([, value]) => !isEmpty(value))
    .map(([field, value]) => ({ field, before: null, after: value }))
}

/** Flattens a document's text for the search index. */
export function searchText(data: Record<string, unknown>, fields: readonly string[]): string {
  const parts: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value)
    else if (Array.isArray(value)) value.forEach(collect)
  }
  for (const field of fields) collect(data[field])
  return parts.join('\n')
}

/**
 * Which index answers a quick search: words of three or more characters are found anywhere in
 * a word (trigram index, so "portal" finds "Kundenportal"); shorter ones as word prefixes.
 */
export function textSearch(input: string): { table: 'search' | 'search_sub'; match: string } | null {
  const words = input.normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 12)
  if (words.length === 0) return null
  if (words.every((w) => [...w].length >= 3)) return { table: 'search_sub', match: words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ') }
  return { table: 'search', match: ftsQuery(input)! }
}

/** Turns what a user types into an FTS5 query: every word must match, as a prefix. */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 12)
  if (words.length === 0) return null
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' AND ')
}
