import type { CatalogOptions } from '../../../../shared/api'
import { label } from '../../../../shared/catalog'
import type { Locale, MessageKey } from '../../../../shared/i18n'
import { ActivityRole, ActivityStatus, DpaStatus, DpiaResult, GdprSpecial, RecipientKind, SystemKind, TomStatus, type RegistryKind } from '../../../../shared/model'
import { enumLabel, type CatalogList } from '../../../../shared/registry-view'
import type { Translate } from '../../i18n/I18nContext'

export type FilterValue = string | number | boolean | null
export type Filters = Readonly<Record<string, readonly FilterValue[]>>

type Source =
  | { readonly type: 'enum'; readonly group: string; readonly values: readonly string[]; readonly none?: MessageKey }
  | { readonly type: 'catalog'; readonly list: CatalogList; readonly withRef?: boolean }
  /** Values people typed (owner, country): offered from the rows loaded so far. */
  | { readonly type: 'rows'; readonly country?: boolean }
  | { readonly type: 'bool' }
  | { readonly type: 'dsgClause' }

/** One column filter: a field of registries[kind].filters and where its choices come from. */
export interface Facet {
  readonly field: string
  readonly label: MessageKey
  readonly source: Source
}

const owner: Facet = { field: 'owner', label: 'col.owner', source: { type: 'rows' } }

export const facetsByKind: { readonly [K in RegistryKind]: readonly Facet[] } = {
  activities: [
    { field: 'status', label: 'col.status', source: { type: 'enum', group: 'activityStatus', values: ActivityStatus.options } },
    { field: 'role', label: 'rv.col.role', source: { type: 'enum', group: 'activityRole', values: ActivityRole.options } },
    { field: 'legalBases', label: 'rv.col.legalBases', source: { type: 'catalog', list: 'legalBases', withRef: true } },
    { field: 'dpia.result', label: 'rv.col.dpia', source: { type: 'enum', group: 'dpiaResult', values: DpiaResult.options, none: 'rv.dpia.none' } },
    owner
  ],
  processorActivities: [{ field: 'status', label: 'col.status', source: { type: 'enum', group: 'activityStatus', values: ActivityStatus.options } }, owner],
  dataCategories: [
    { field: 'gdprSpecial', label: 'col.gdprSpecial', source: { type: 'enum', group: 'gdprSpecial', values: GdprSpecial.options } },
    { field: 'dsgSensitiveClause', label: 'col.dsgSensitive', source: { type: 'dsgClause' } }
  ],
  dataSubjects: [{ field: 'vulnerable', label: 'col.vulnerable', source: { type: 'bool' } }],
  recipients: [
    { field: 'kind', label: 'col.kind', source: { type: 'enum', group: 'recipientKind', values: RecipientKind.options } },
    { field: 'country', label: 'col.country', source: { type: 'rows', country: true } },
    { field: 'dpaStatus', label: 'col.dpaStatus', source: { type: 'enum', group: 'dpaStatus', values: DpaStatus.options } }
  ],
  systems: [
    { field: 'kind', label: 'col.kind', source: { type: 'enum', group: 'systemKind', values: SystemKind.options } },
    { field: 'hostingCountry', label: 'col.hostingCountry', source: { type: 'rows', country: true } },
    owner
  ],
  toms: [
    { field: 'status', label: 'col.status', source: { type: 'enum', group: 'tomStatus', values: TomStatus.options } },
    { field: 'controlAreas', label: 'rv.col.controlAreas', source: { type: 'catalog', list: 'controlAreas' } },
    { field: 'sdmGoals', label: 'rv.col.sdmGoals', source: { type: 'catalog', list: 'sdmGoals' } },
    { field: 'art32', label: 'rv.col.art32', source: { type: 'catalog', list: 'art32' } },
    owner
  ]
}

/** Fields whose choices come from the rows (owner, country …), for the loader to collect. */
export const rowFacetFields = (kind: RegistryKind): string[] => facetsByKind[kind].filter((f) => f.source.type === 'rows').map((f) => f.field)

export interface FacetOption {
  readonly value: FilterValue
  readonly label: string
}

const regionNames = new Map<Locale, Intl.DisplayNames | null>()
/** "Schweiz (CH)": the country's name in the UI language, from the browser's own CLDR data. */
export function countryLabel(locale: Locale, code: string): string {
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale === 'en' ? 'en-GB' : locale], { type: 'region' }))
    } catch {
      regionNames.set(locale, null)
    }
  }
  let name: string | undefined
  try {
    name = regionNames.get(locale)?.of(code)
  } catch {
    name = undefined
  }
  return name && name !== code ? `${name} (${code})` : code
}

export function facetOptions(
  facet: Facet,
  ctx: { t: Translate; locale: Locale; options: CatalogOptions | null; seen: readonly FilterValue[]; selected: readonly FilterValue[] }
): FacetOption[] {
  const { t, locale, source } = { ...ctx, source: facet.source }
  switch (source.type) {
    case 'enum': {
      const list: FacetOption[] = source.values.map((v) => ({ value: v, label: enumLabel(locale, source.group, v) }))
      return source.none ? [...list, { value: null, label: t(source.none) }] : list
    }
    case 'catalog':
      // Legal bases repeat across regimes ("Einwilligung"): their reference tells them apart.
      return (ctx.options?.[source.list] ?? []).map((o) => ({ value: o.value, label: source.withRef && o.ref ? `${label(o.label, locale)} – ${o.ref}` : label(o.label, locale) }))
    case 'bool':
      return [
        { value: true, label: t('common.yes') },
        { value: false, label: t('common.no') }
      ]
    case 'dsgClause':
      return [...[1, 2, 3, 4, 5, 6].map((n) => ({ value: n, label: t('enum.dsgSensitive', { clause: n }) })), { value: null, label: t('common.no') }]
    case 'rows': {
      const values = [...new Set([...ctx.seen, ...ctx.selected])]
      const text = (v: FilterValue): string => (v === null || v === '' ? t('rv.facet.none') : source.country ? countryLabel(locale, String(v)) : String(v))
      return values
        .map((v) => ({ value: v, label: text(v) }))
        .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)
        .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.label.localeCompare(b.label, locale)))
    }
  }
}
