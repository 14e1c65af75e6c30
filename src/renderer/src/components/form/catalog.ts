import { createContext, useContext } from 'react'
import type { CatalogOption, CatalogOptions } from '../../../../shared/api'
import { label } from '../../../../shared/catalog'
import type { Locale } from '../../../../shared/i18n'
import type { Regime } from '../../../../shared/model'
import type { CheckOption, SelectOption } from './fields'

/** The drop-down options of the open workspace (catalog.options), loaded once per page. */
export const CatalogContext = createContext<CatalogOptions | null>(null)

export function useCatalog(): CatalogOptions {
  const options = useContext(CatalogContext)
  if (!options) throw new Error('useCatalog outside CatalogContext')
  return options
}

export const optionText = (locale: Locale, option: CatalogOption): string => label(option, locale)

/** Options that apply to at least one of the regimes (all when none are given). */
export function forRegimes(options: readonly CatalogOption[], regimes: readonly Regime[]): CatalogOption[] {
  return regimes.length === 0 ? [...options] : options.filter((o) => o.regimes.some((r) => regimes.includes(r)))
}

export const checkOptions = (locale: Locale, options: readonly CatalogOption[], withRef = true): CheckOption[] =>
  options.map((o) => ({ value: o.value, label: optionText(locale, o), ref: withRef ? o.ref : undefined }))

export const selectOptions = (locale: Locale, options: readonly CatalogOption[], groupLabel?: (group: string) => string): SelectOption[] =>
  options.map((o) => ({
    value: o.value,
    label: o.ref ? `${optionText(locale, o)} – ${o.ref}` : optionText(locale, o),
    group: groupLabel && o.group ? groupLabel(o.group) : undefined
  }))
