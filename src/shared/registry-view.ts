import type { CatalogOptions } from './api'
import { label } from './catalog'
import { hasMessage, translate, type Locale, type MessageKey } from './i18n'
import type { RegistryKind } from './model/registry'

/**
 * The columns of each registry list, shared by the screen (what it can show) and the core's
 * "export current view" (what a column's cell says). A column id is what the renderer asks the
 * export for; `path` is where its value sits in the entity.
 */
export type ColumnType =
  | 'ref'
  | 'name'
  | 'text'
  | 'longText'
  | 'enum'
  | 'enumList'
  | 'catalogList'
  | 'link'
  | 'links'
  | 'bool'
  | 'country'
  | 'date'
  | 'datetime'
  | 'textList'
  | 'names'
  | 'dsgClause'

export type CatalogList = keyof CatalogOptions

export interface ViewColumn {
  readonly id: string
  readonly header: MessageKey
  readonly type: ColumnType
  readonly path: string
  /** Enum group for labels (enum.<group>.<value>). */
  readonly group?: string
  readonly catalog?: CatalogList
  /** Catalog labels with their legal reference: "Einwilligung (GDPR Art. 6(1)(a))". */
  readonly withRef?: boolean
  /** The registry a link column points to. */
  readonly target?: RegistryKind
  /** The sortable field of the list query, when the column can be sorted. */
  readonly sort?: string
  /** Minimum width on screen (px) and its share of spare width. */
  readonly width: number
  readonly grow?: number
  /** Not shown until the user turns it on. */
  readonly hidden?: boolean
  /** Always shown (the name carries the link to the entity). */
  readonly fixed?: boolean
}

const c = (column: ViewColumn): ViewColumn => column

const ref = c({ id: 'ref', header: 'col.ref', type: 'ref', path: 'ref', sort: 'ref', width: 84 })
const name = c({ id: 'name', header: 'col.name', type: 'name', path: 'name', sort: 'name', width: 196, grow: 3, fixed: true })
const owner = (sortable: boolean, hidden = false): ViewColumn =>
  c({ id: 'owner', header: 'col.owner', type: 'text', path: 'owner', sort: sortable ? 'owner' : undefined, width: 132, grow: 1, hidden })
const updatedAt = (sortable = true): ViewColumn =>
  c({ id: 'updatedAt', header: 'rv.col.updatedAt', type: 'datetime', path: 'updatedAt', sort: sortable ? 'updatedAt' : undefined, width: 150, hidden: true })
const reviewDate = c({ id: 'reviewDate', header: 'col.reviewDate', type: 'date', path: 'reviewDate', sort: 'reviewDate', width: 104 })
const links = (id: string, header: MessageKey, target: RegistryKind, hidden = true): ViewColumn =>
  c({ id, header, type: 'links', path: id, target, width: 120, grow: 1, hidden })
const description = (hidden: boolean): ViewColumn =>
  c({ id: 'description', header: 'col.description', type: 'longText', path: 'description', width: 200, grow: 3, hidden })

export const viewColumns: { readonly [K in RegistryKind]: readonly ViewColumn[] } = {
  activities: [
    ref,
    name,
    c({ id: 'status', header: 'col.status', type: 'enum', path: 'status', group: 'activityStatus', sort: 'status', width: 124 }),
    c({ id: 'role', header: 'rv.col.role', type: 'enum', path: 'role', group: 'activityRole', width: 150, hidden: true }),
    owner(true),
    c({ id: 'legalBases', header: 'rv.col.legalBases', type: 'catalogList', path: 'legalBases', catalog: 'legalBases', withRef: true, width: 156, grow: 2 }),
    c({ id: 'dpia', header: 'rv.col.dpia', type: 'enum', path: 'dpia.result', group: 'dpiaResult', width: 120 }),
    links('dataSubjectIds', 'rv.col.dataSubjects', 'dataSubjects'),
    links('dataCategoryIds', 'rv.col.dataCategories', 'dataCategories'),
    links('recipientIds', 'rv.col.recipients', 'recipients'),
    links('systemIds', 'rv.col.systems', 'systems'),
    links('tomIds', 'rv.col.toms', 'toms'),
    c({ id: 'purposes', header: 'rv.col.purposes', type: 'textList', path: 'purposes', width: 240, grow: 2, hidden: true }),
    description(true),
    c({ id: 'regimes', header: 'rv.col.regimes', type: 'enumList', path: 'regimes', group: 'regime', width: 120, hidden: true }),
    reviewDate,
    updatedAt()
  ],
  processorActivities: [
    ref,
    name,
    c({ id: 'status', header: 'col.status', type: 'enum', path: 'status', group: 'activityStatus', sort: 'status', width: 124 }),
    owner(true),
    c({ id: 'controllers', header: 'rv.col.controllers', type: 'names', path: 'controllers', width: 140, grow: 2 }),
    description(true),
    c({ id: 'processingCategories', header: 'rv.col.processingCategories', type: 'textList', path: 'processingCategories', width: 240, grow: 2, hidden: true }),
    links('subProcessorIds', 'rv.col.subProcessors', 'recipients', false),
    links('systemIds', 'rv.col.systems', 'systems'),
    links('tomIds', 'rv.col.toms', 'toms'),
    reviewDate,
    updatedAt()
  ],
  dataCategories: [
    ref,
    name,
    c({ id: 'gdprSpecial', header: 'col.gdprSpecial', type: 'enum', path: 'gdprSpecial', group: 'gdprSpecial', sort: 'gdprSpecial', width: 170 }),
    c({ id: 'dsgSensitiveClause', header: 'col.dsgSensitive', type: 'dsgClause', path: 'dsgSensitiveClause', width: 190 }),
    owner(false, true),
    description(false),
    updatedAt()
  ],
  dataSubjects: [
    ref,
    name,
    c({ id: 'vulnerable', header: 'col.vulnerable', type: 'bool', path: 'vulnerable', width: 140 }),
    description(false),
    updatedAt()
  ],
  recipients: [
    ref,
    name,
    c({ id: 'kind', header: 'col.kind', type: 'enum', path: 'kind', group: 'recipientKind', sort: 'kind', width: 150 }),
    c({ id: 'country', header: 'col.country', type: 'country', path: 'country', sort: 'country', width: 76 }),
    c({ id: 'dpaStatus', header: 'col.dpaStatus', type: 'enum', path: 'dpaStatus', group: 'dpaStatus', sort: 'dpaStatus', width: 160 }),
    c({ id: 'dpaDate', header: 'rv.col.dpaDate', type: 'date', path: 'dpaDate', width: 124, hidden: true }),
    owner(false),
    description(true),
    updatedAt()
  ],
  systems: [
    ref,
    name,
    c({ id: 'kind', header: 'col.kind', type: 'enum', path: 'kind', group: 'systemKind', sort: 'kind', width: 120 }),
    c({ id: 'hostingCountry', header: 'col.hostingCountry', type: 'country', path: 'hostingCountry', sort: 'hostingCountry', width: 100 }),
    c({ id: 'hostingLocation', header: 'rv.col.hostingLocation', type: 'text', path: 'hostingLocation', width: 180, grow: 1, hidden: true }),
    c({ id: 'vendorId', header: 'rv.col.vendor', type: 'link', path: 'vendorId', target: 'recipients', width: 150, grow: 1 }),
    owner(true),
    links('tomIds', 'rv.col.toms', 'toms'),
    updatedAt()
  ],
  toms: [
    ref,
    name,
    c({ id: 'status', header: 'col.status', type: 'enum', path: 'status', group: 'tomStatus', sort: 'status', width: 130 }),
    c({ id: 'controlAreas', header: 'rv.col.controlAreas', type: 'catalogList', path: 'controlAreas', catalog: 'controlAreas', width: 140, grow: 1 }),
    c({ id: 'sdmGoals', header: 'rv.col.sdmGoals', type: 'catalogList', path: 'sdmGoals', catalog: 'sdmGoals', width: 130, grow: 1, hidden: true }),
    c({ id: 'art32', header: 'rv.col.art32', type: 'catalogList', path: 'art32', catalog: 'art32', width: 200, grow: 1, hidden: true }),
    owner(true),
    reviewDate,
    c({ id: 'evidence', header: 'rv.col.evidence', type: 'longText', path: 'evidence', width: 240, grow: 2, hidden: true }),
    updatedAt()
  ]
}

export function viewColumn(kind: RegistryKind, id: string): ViewColumn | undefined {
  return viewColumns[kind].find((col) => col.id === id)
}

/** The value at a dotted path ("dpia.result"). */
export function valueAt(entity: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = entity
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/**
 * A label for an enum value: the registry view's compact "rv.enum.<group>.<value>" (short enough
 * for a column), then "enum.<group>.<value>" of the UI catalogue, then "<group>.<value>"
 * (regime.gdpr); unknown values as they are.
 */
export function enumLabel(locale: Locale, group: string, value: string | number): string {
  for (const key of [`rv.enum.${group}.${value}`, `enum.${group}.${value}`, `${group}.${value}`]) {
    if (hasMessage(key)) return translate(locale, key)
  }
  return String(value)
}

/** What a cell needs besides the entity: names of linked entities, catalog labels, dates. */
export interface CellContext {
  readonly locale: Locale
  readonly options: CatalogOptions | null
  /** The name of a linked entity, or undefined when it is not known (yet). */
  readonly nameOf: (id: string) => string | undefined
}

export function catalogLabel(options: CatalogOptions | null, list: CatalogList, value: string | number, locale: Locale, withRef = false): string {
  const option = options?.[list].find((o) => o.value === value)
  if (!option) return String(value)
  return withRef && option.ref ? `${label(option.label, locale)} (${option.ref})` : label(option.label, locale)
}

/**
 * The values a cell shows, as text: one string for scalar columns, several for list columns;
 * empty when there is nothing. Dates stay ISO (YYYY-MM-DD); the screen formats them itself.
 */
export function cellValues(column: ViewColumn, entity: Readonly<Record<string, unknown>>, ctx: CellContext): string[] {
  const value = valueAt(entity, column.path)
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  switch (column.type) {
    case 'enum':
      return value === null || value === undefined || value === '' ? [] : [enumLabel(ctx.locale, column.group ?? '', value as string)]
    case 'enumList':
      return list(value).map((v) => enumLabel(ctx.locale, column.group ?? '', v as string))
    case 'catalogList':
      return list(value).map((v) => catalogLabel(ctx.options, column.catalog!, v as string, ctx.locale, column.withRef))
    case 'link':
      return typeof value === 'string' ? [ctx.nameOf(value) ?? value] : []
    case 'links':
      return list(value).map((id) => ctx.nameOf(id as string) ?? String(id))
    case 'bool':
      return [translate(ctx.locale, value ? 'common.yes' : 'common.no')]
    case 'dsgClause':
      return [typeof value === 'number' ? translate(ctx.locale, 'enum.dsgSensitive', { clause: value }) : translate(ctx.locale, 'common.no')]
    case 'textList':
      return list(value).map(String)
    case 'names':
      return list(value)
        .map((v) => String((v as { name?: unknown } | null)?.name ?? ''))
        .filter(Boolean)
    case 'datetime':
      return typeof value === 'string' && value ? [value] : []
    default:
      return value === null || value === undefined || value === '' ? [] : [String(value)]
  }
}

/** List cells are summarised in one cell, joined by "; ". */
export const LIST_SEPARATOR = '; '

export function cellText(column: ViewColumn, entity: Readonly<Record<string, unknown>>, ctx: CellContext): string {
  return cellValues(column, entity, ctx).join(LIST_SEPARATOR)
}
