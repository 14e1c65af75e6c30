import type { CatalogOption, CatalogOptions } from '../../../../shared/api'
import { label, type Label } from '../../../../shared/catalog'
import type { Locale } from '../../../../shared/i18n'
import type { Translate } from '../../i18n/I18nContext'
import { enumText } from '../../i18n/format'

/** A catalog label in the UI locale (de-CH: the Swiss text, else German with ß written as ss). */
export const pick = (l: Label, locale: Locale): string => label(l, locale)

const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale)

/** Country names from ISO codes in the UI language (Intl.DisplayNames); unknown codes show as they are. */
export function countryNamer(locale: Locale): (code: string) => string {
  let names: Intl.DisplayNames | null = null
  try {
    names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' })
  } catch {
    names = null
  }
  return (code) => names?.of(code.toUpperCase()) ?? code
}

/** Sorts by the text people read, the way the language sorts (ä next to a). */
export function byText<T>(items: readonly T[], text: (item: T) => string, locale: Locale): T[] {
  const collator = new Intl.Collator(intlLocale(locale))
  return [...items].sort((a, b) => collator.compare(text(a), text(b)))
}

/** Case- and accent-insensitive "contains" for the quick filters. */
export function matcher(query: string): (...texts: Array<string | undefined>) => boolean {
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
  const words = fold(query).split(/\s+/).filter(Boolean)
  return (...texts) => {
    if (words.length === 0) return true
    const hay = fold(texts.filter(Boolean).join(' '))
    return words.every((w) => hay.includes(w))
  }
}

/** Option lists whose codes may appear as values in catalog changes (TOM mappings). */
const codeLists = ['controlAreas', 'sdmGoals', 'dsvControls'] as const satisfies ReadonlyArray<keyof CatalogOptions>

/**
 * A value of a catalog change (before or after) as text: codes become their catalog labels,
 * lists are joined, empty values say so.
 */
export function valueText(t: Translate, locale: Locale, field: string, value: unknown, options: CatalogOptions | undefined): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('catalogs.empty')
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (field === 'gdprSpecial' && typeof value === 'string') return enumText(t, 'gdprSpecial', value)
  if (field === 'dsgSensitiveClause' && typeof value === 'number') return t('enum.dsgSensitive', { clause: value })
  const list = (codeLists as readonly string[]).includes(field) ? (options?.[field as (typeof codeLists)[number]] ?? []) : []
  const one = (v: unknown): string => {
    const option = list.find((o: CatalogOption) => o.value === v)
    if (option) return pick(option.label, locale)
    return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)
  }
  // Art. 32(1) letters stay letters (a, b): their labels are long, and the field name says which article.
  return Array.isArray(value) ? value.map(one).join(field === 'art32' ? ', ' : '; ') : one(value)
}
