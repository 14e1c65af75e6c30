import { z } from 'zod'
import {
  CatalogBundle,
  label,
  type AdequateCountry,
  type ActivityTemplate,
  type Country,
  type DataCategoryEntry,
  type DataSubjectCategory,
  type Label,
  type LegalBasis,
  type RetentionRuleEntry,
  type TomEntry,
  type TransferMechanism
} from '../../shared/catalog'
import type { Regime } from '../../shared/model/common'
import activityTemplates from './data/activity-templates.json'
import adequacy from './data/adequacy.json'
import countries from './data/countries.json'
import dataCategories from './data/data-categories.json'
import dataSubjectCategories from './data/data-subject-categories.json'
import legalBases from './data/legal-bases.json'
import meta from './data/meta.json'
import retentionRules from './data/retention-rules.json'
import specialCategories from './data/special-categories.json'
import taxonomies from './data/taxonomies.json'
import toms from './data/toms.json'
import transferMechanisms from './data/transfer-mechanisms.json'

export { label }
export type { Locale } from '../../shared/i18n/types'

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** The validated, frozen catalog bundle. */
export type Catalogs = DeepReadonly<CatalogBundle>

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value as DeepReadonly<T>
}

/**
 * Validates a catalog bundle (schemas and cross references) and freezes it. Throws with every
 * problem listed: the built-in catalogs are part of the build, so a broken file must fail loudly.
 */
export function loadCatalogs(raw: unknown): Catalogs {
  const parsed = CatalogBundle.safeParse(raw)
  if (!parsed.success) throw new Error(`The built-in catalogs are invalid:\n${z.prettifyError(parsed.error)}`)
  return deepFreeze(parsed.data)
}

/** The built-in catalogs of this release. */
export const catalogs: Catalogs = loadCatalogs({
  ...meta,
  legalBases,
  specialCategories,
  transferMechanisms,
  adequacy,
  countries,
  dataSubjectCategories,
  dataCategories,
  retentionRules,
  taxonomies,
  toms,
  activityTemplates
})

// ---------------------------------------------------------------------------------------------
// Lookups

const index = <T, K extends keyof T>(items: readonly T[], key: K): ReadonlyMap<unknown, T> => new Map(items.map((item) => [item[key], item]))

const legalBasesByCode = index(catalogs.legalBases, 'code')
const mechanismsByCode = index(catalogs.transferMechanisms, 'code')
const dataCategoriesByKey = index(catalogs.dataCategories, 'key')
const dataSubjectsByKey = index(catalogs.dataSubjectCategories, 'key')
const retentionRulesByKey = index(catalogs.retentionRules, 'key')
const tomsByKey = index(catalogs.toms, 'key')
const templatesByKey = index(catalogs.activityTemplates, 'key')
const countriesByCode = index(catalogs.countries, 'code')

export function legalBasis(code: string): DeepReadonly<LegalBasis> | undefined {
  return legalBasesByCode.get(code)
}

export function mechanism(code: string): DeepReadonly<TransferMechanism> | undefined {
  return mechanismsByCode.get(code)
}

/** The transfer mechanisms of one regime: a GDPR transfer offers EU-* codes only, a Swiss one CH-* only. */
export function mechanismsFor(regime: Regime): readonly DeepReadonly<TransferMechanism>[] {
  return catalogs.transferMechanisms.filter((m) => m.regimes.includes(regime))
}

export function dataCategory(key: string): DeepReadonly<DataCategoryEntry> | undefined {
  return dataCategoriesByKey.get(key)
}

export function dataSubjectCategory(key: string): DeepReadonly<DataSubjectCategory> | undefined {
  return dataSubjectsByKey.get(key)
}

export function retentionRule(key: string): DeepReadonly<RetentionRuleEntry> | undefined {
  return retentionRulesByKey.get(key)
}

export function tom(key: string): DeepReadonly<TomEntry> | undefined {
  return tomsByKey.get(key)
}

export function activityTemplate(key: string): DeepReadonly<ActivityTemplate> | undefined {
  return templatesByKey.get(key)
}

export function country(code: string): DeepReadonly<Country> | undefined {
  return countriesByCode.get(code.toUpperCase())
}

// ---------------------------------------------------------------------------------------------
// Transfers

/**
 * Where a country stands for a regime:
 * - domestic: not a transfer abroad (the EEA for the GDPR, Switzerland for the DSG);
 * - listed: on the regime's adequacy list; `entry.condition` says whether only DPF-certified
 *   recipients ("dpf") or only part of the country's law ("scope") are covered;
 * - not_listed: a third country without adequacy: a safeguard or derogation is needed.
 */
export type AdequacyStatus =
  | { readonly status: 'domestic' }
  | { readonly status: 'listed'; readonly entry: DeepReadonly<AdequateCountry> }
  | { readonly status: 'not_listed' }

export function adequacyOf(regime: Regime, countryCode: string): AdequacyStatus {
  const code = countryCode.toUpperCase()
  const list = catalogs.adequacy[regime]
  if (list.domestic.countries.includes(code)) return { status: 'domestic' }
  const entry = list.countries.find((c) => c.country === code)
  return entry ? { status: 'listed', entry } : { status: 'not_listed' }
}

/** True when sending data to the country is a transfer abroad under the regime (GDPR: outside the EEA; DSG: outside Switzerland). */
export function isThirdCountry(regime: Regime, countryCode: string): boolean {
  return adequacyOf(regime, countryCode).status !== 'domestic'
}

export interface AdequacyOptions {
  /**
   * The recipient is certified under the regime's Data Privacy Framework: EU-U.S. DPF for the
   * GDPR (Recipient.dpfCertifiedEu), Swiss-U.S. DPF for the DSG (Recipient.dpfCertifiedCh).
   * Default false: a US recipient is adequate only when this is set.
   */
  readonly dpfCertified?: boolean
  /**
   * For partial findings (Canada: commercial organisations under PIPEDA; Japan: private sector
   * under APPI): set false when the recipient is outside that scope. Default true; the entry's
   * note should be shown so the user can check.
   */
  readonly inScope?: boolean
}

/**
 * True when data may go to the country without a safeguard or derogation (GDPR Art. 46–49,
 * DSG Art. 16 Abs. 2–17): the country is domestic for the regime, or its adequacy finding covers
 * the recipient. Adequacy is per regime: Japan and South Korea are adequate for the GDPR only.
 */
export function isAdequate(regime: Regime, countryCode: string, options: AdequacyOptions = {}): boolean {
  const a = adequacyOf(regime, countryCode)
  if (a.status === 'domestic') return true
  if (a.status === 'not_listed') return false
  switch (a.entry.condition) {
    case 'none':
      return true
    case 'dpf':
      return options.dpfCertified === true
    case 'scope':
      return options.inScope !== false
  }
}

/** True when a transfer to the country needs a mechanism code (consistency rule: GDPR Art. 44–49, DSG Art. 16–17). */
export function transferMechanismRequired(regime: Regime, countryCode: string, options: AdequacyOptions = {}): boolean {
  return isThirdCountry(regime, countryCode) && !isAdequate(regime, countryCode, options)
}

// ---------------------------------------------------------------------------------------------
// Drop-down options

export interface CatalogOption<V extends string | number = string> {
  readonly value: V
  readonly label: DeepReadonly<Label>
  readonly description?: DeepReadonly<Label>
  /** The legal reference to show next to the label. */
  readonly ref?: string
  /** For grouped drop-downs: legal-basis kind, mechanism group, retention country, DSV goal … */
  readonly group?: string
  readonly regimes: readonly Regime[]
  /** The source flags this entry as uncertain or time-sensitive. */
  readonly verify?: boolean
}

export interface CatalogOptions {
  readonly legalBases: readonly CatalogOption[]
  readonly transferMechanisms: readonly CatalogOption[]
  readonly specialCategories: readonly CatalogOption[]
  readonly dataSubjects: readonly CatalogOption[]
  readonly dataCategories: readonly CatalogOption[]
  readonly retentionRules: readonly CatalogOption[]
  readonly controlAreas: readonly CatalogOption[]
  readonly sdmGoals: readonly CatalogOption[]
  readonly dsvControls: readonly CatalogOption[]
  readonly art32: readonly CatalogOption[]
  readonly wp248: readonly CatalogOption<number>[]
  readonly art35_3: readonly CatalogOption[]
  readonly dsg22: readonly CatalogOption[]
  readonly toms: readonly CatalogOption[]
  readonly activityTemplates: readonly CatalogOption[]
}

const bothRegimes: readonly Regime[] = ['gdpr', 'revdsg']

interface OptionSource {
  readonly label: DeepReadonly<Label>
  readonly description?: DeepReadonly<Label> | null
  readonly ref?: string
  readonly regimes?: readonly Regime[]
  readonly verify?: boolean
}

function option<V extends string | number>(value: V, entry: OptionSource, group?: string): CatalogOption<V> {
  return {
    value,
    label: entry.label,
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.ref !== undefined ? { ref: entry.ref } : {}),
    ...(group !== undefined ? { group } : {}),
    regimes: entry.regimes ?? bothRegimes,
    ...(entry.verify ? { verify: true } : {})
  }
}

/**
 * The drop-down options for the given regimes: an entry is offered when it belongs to at least one
 * of them. An empty list means both regimes (as an activity with no regimes is recorded under all
 * of the organisation's; pass the organisation's regimes to be exact). TOMs apply to both regimes.
 */
export function optionsFor(regimes: readonly Regime[]): CatalogOptions {
  const wanted = regimes.length === 0 ? bothRegimes : regimes
  const applies = (o: CatalogOption<string | number>): boolean => o.regimes.some((r) => wanted.includes(r))
  const keep = <V extends string | number>(list: CatalogOption<V>[]): readonly CatalogOption<V>[] => Object.freeze(list.filter(applies))
  const t = catalogs.taxonomies
  return Object.freeze({
    legalBases: keep(catalogs.legalBases.map((b) => option(b.code, b, b.kind))),
    transferMechanisms: keep(catalogs.transferMechanisms.map((m) => option(m.code, m, m.group))),
    specialCategories: keep(catalogs.specialCategories.categories.map((c) => option(c.code, c))),
    dataSubjects: keep(catalogs.dataSubjectCategories.map((s) => option(s.key, s))),
    dataCategories: keep(catalogs.dataCategories.map((c) => option(c.key, c, c.gdprSpecial))),
    retentionRules: keep(
      catalogs.retentionRules.map((r) => option(r.key, { ...r, ref: r.legalReference }, r.country))
    ),
    controlAreas: keep(t.controlAreas.map((c) => option(c.code, c))),
    sdmGoals: keep(t.sdmGoals.map((g) => option(g.code, g))),
    dsvControls: keep(t.dsvControls.map((c) => option(c.code, c, c.goal))),
    art32: keep(t.art32.map((l) => option(l.code, l))),
    wp248: keep(t.wp248.map((c) => option(c.code, c))),
    art35_3: keep(t.art35_3.map((c) => option(c.code, c))),
    dsg22: keep(t.dsg22.map((c) => option(c.code, c))),
    toms: keep(catalogs.toms.map((m) => option(m.key, m, m.kind))),
    activityTemplates: keep(catalogs.activityTemplates.map((a) => option(a.key, a)))
  })
}
