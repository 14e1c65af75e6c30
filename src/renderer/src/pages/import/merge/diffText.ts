import type { Translate } from '../../../i18n/I18nContext'

/**
 * One side of a field difference as short text. Links arrive as names (the core translates them);
 * lists are joined with "; ", objects (a transfer, a retention rule) show their filled values.
 */
export function diffText(t: Translate, value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'boolean') return t(value ? 'merge.diff.yes' : 'merge.diff.no')
  if (Array.isArray(value)) return value.map((v) => diffText(t, v)).filter(Boolean).join('; ')
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .map((v) => diffText(t, v))
      .filter(Boolean)
      .join(', ')
  }
  return String(value)
}
