import type { ReactNode } from 'react'
import type { CatalogOption, CatalogOptions } from '../../../../shared/api'
import type { Locale } from '../../../../shared/i18n'
import { registries, type FieldChange, type RegistryKind } from '../../../../shared/model'
import { optionText } from '../../components/form/catalog'
import { countryName } from '../../components/form/countries'
import { fieldLabel } from '../../components/form/labels'
import type { Lookup } from '../../components/form/lookup'
import { enumText, formatDate, formatNumber, keyText } from '../../i18n/format'
import type { Translate } from '../../i18n/I18nContext'

/** One line of a history entry: a field with its old and new value, ready to show. */
export interface DiffRow {
  readonly key: string
  readonly label: string
  readonly before: ReactNode
  readonly after: ReactNode
}

export interface FormatContext {
  readonly t: Translate
  readonly locale: Locale
  readonly options: CatalogOptions
  readonly lookup: Lookup
}

type Value = unknown

const isEmpty = (v: Value): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

const codeLists: Record<string, keyof CatalogOptions> = {
  legalBases: 'legalBases',
  controlAreas: 'controlAreas',
  sdmGoals: 'sdmGoals',
  dsvControls: 'dsvControls',
  art32: 'art32',
  'dpia.wp248': 'wp248',
  'dpia.art35_3': 'art35_3',
  'dpia.dsg22': 'dsg22'
}

const dates = new Set(['reviewDate', 'approvedAt', 'dpaDate', 'dpia.screenedAt'])
const booleans = new Set(['vulnerable', 'dpfCertifiedEu', 'dpfCertifiedCh'])
const countries = new Set(['country', 'hostingCountry'])
const objects = new Set(['dpia', 'contact', 'representative', 'dpo'])
const objectLists = new Set(['transfers', 'retention', 'controllers'])

function enumGroup(kind: RegistryKind | 'organisation', field: string): string | null {
  switch (field) {
    case 'role':
      return 'activityRole'
    case 'status':
      return kind === 'toms' ? 'tomStatus' : 'activityStatus'
    case 'kind':
      return kind === 'recipients' ? 'recipientKind' : kind === 'systems' ? 'systemKind' : null
    case 'dpaStatus':
      return 'dpaStatus'
    case 'gdprSpecial':
      return 'gdprSpecial'
    case 'dpia.result':
      return 'dpiaResult'
    default:
      return null
  }
}

/** The registry an id field points at: "dataCategoryIds" → dataCategories, "vendorId" → recipients. */
function linkTarget(kind: RegistryKind | 'organisation', field: string): RegistryKind | null {
  if (kind === 'organisation') return null
  return registries[kind].links.find((l) => l.path === field)?.target ?? null
}

function nameOf(ctx: FormatContext, target: RegistryKind, id: string): string {
  const named = ctx.lookup.get(target, id)
  if (named === undefined) return id.slice(0, 8)
  if (named === 'missing') return ctx.t('picker.missing', { id: id.slice(0, 8) })
  return `${named.ref} ${named.name}`
}

function codeLabel(ctx: FormatContext, list: readonly CatalogOption[], code: Value): string {
  const option = list.find((o) => o.value === code)
  return option ? (option.ref ? `${optionText(ctx.locale, option)} (${option.ref})` : optionText(ctx.locale, option)) : String(code)
}

function transferText(ctx: FormatContext, item: Record<string, unknown>): string {
  const mechanism = item.mechanism ? codeLabel(ctx, ctx.options.transferMechanisms, item.mechanism) : '–'
  return ctx.t('history.transfer', {
    recipient: typeof item.recipientId === 'string' ? nameOf(ctx, 'recipients', item.recipientId) : '–',
    country: countryName(ctx.locale, item.country as string) || '–',
    mechanism,
    regime: ctx.t(item.regime === 'revdsg' ? 'regime.revdsg' : 'regime.gdpr')
  })
}

function retentionText(ctx: FormatContext, item: Record<string, unknown>): string {
  const period = item.period as { amount: number; unit: string } | null
  const duration = period
    ? ctx.t('history.period', { amount: period.amount, unit: enumText(ctx.t, 'periodUnit', period.unit) })
    : String(item.criteria || '–')
  const text = ctx.t('history.retention', {
    category: typeof item.dataCategoryId === 'string' ? nameOf(ctx, 'dataCategories', item.dataCategoryId) : ctx.t('retention.allCategories'),
    period: duration
  })
  return item.legalReference ? `${text} (${String(item.legalReference)})` : text
}

function itemText(ctx: FormatContext, field: string, item: Value): string {
  const record = (item ?? {}) as Record<string, unknown>
  if (field === 'transfers') return transferText(ctx, record)
  if (field === 'retention') return retentionText(ctx, record)
  if (field === 'controllers') return String(record.name || record.email || '–')
  return JSON.stringify(item)
}

/** One value as a person reads it: labels for codes and enums, names for ids, dates in the locale. */
export function formatValue(ctx: FormatContext, kind: RegistryKind | 'organisation', field: string, value: Value): string {
  if (isEmpty(value)) return ctx.t('history.emptyValue')
  const { t, locale } = ctx
  const group = enumGroup(kind, field)
  if (group) return enumText(t, group, String(value))
  if (dates.has(field) || field === 'archivedAt') return formatDate(locale, String(value))
  if (booleans.has(field)) return t(value ? 'common.yes' : 'common.no')
  if (countries.has(field)) return `${countryName(locale, String(value))} (${String(value)})`
  if (field === 'dsgSensitiveClause') return t('enum.dsgSensitive', { clause: String(value) })
  if (field === 'language') return keyText(t, `language.${String(value)}`, String(value))
  if (typeof value === 'number') return formatNumber(locale, value)
  const target = linkTarget(kind, field)
  if (target && typeof value === 'string') return nameOf(ctx, target, value)
  if (Array.isArray(value)) return value.map((v) => itemLabel(ctx, kind, field, v)).join('; ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** One element of an array field. */
function itemLabel(ctx: FormatContext, kind: RegistryKind | 'organisation', field: string, item: Value): string {
  const list = codeLists[field]
  if (list) return codeLabel(ctx, ctx.options[list], item)
  if (field === 'regimes') return ctx.t(item === 'revdsg' ? 'regime.revdsg' : 'regime.gdpr')
  const target = linkTarget(kind, field)
  if (target && typeof item === 'string') return nameOf(ctx, target, item)
  if (objectLists.has(field)) return itemText(ctx, field, item)
  return typeof item === 'string' ? item : JSON.stringify(item)
}

function itemsNode(ctx: FormatContext, kind: RegistryKind | 'organisation', field: string, items: Value[], mark: 'added' | 'removed'): ReactNode {
  if (items.length === 0) return <span className="muted">–</span>
  return (
    <ul className={`diff-items diff-${mark}`}>
      {items.map((item, i) => (
        <li key={i}>
          <span className="visually-hidden">{ctx.t(mark === 'added' ? 'history.added' : 'history.removed')}: </span>
          <span aria-hidden="true">{mark === 'added' ? '+ ' : '− '}</span>
          {itemLabel(ctx, kind, field, item)}
        </li>
      ))}
    </ul>
  )
}

/** The rows one field change becomes: arrays as removed/added items, objects field by field. */
export function diffRows(ctx: FormatContext, kind: RegistryKind | 'organisation', change: FieldChange): DiffRow[] {
  const { t } = ctx
  const field = change.field
  const label = field === 'ref' ? t('history.ref') : field === 'archivedAt' ? t('history.archivedAt') : fieldLabel(t, kind, field)
  const before = change.before as Value
  const after = change.after as Value

  if (objects.has(field) && (typeof before === 'object' || typeof after === 'object') && !Array.isArray(before) && !Array.isArray(after)) {
    const b = (before ?? {}) as Record<string, unknown>
    const a = (after ?? {}) as Record<string, unknown>
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    return keys
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]) && !(isEmpty(b[k]) && isEmpty(a[k])))
      .flatMap((k) => diffRows(ctx, kind, { field: `${field}.${k}`, before: b[k] ?? null, after: a[k] ?? null }).map((row) => ({
        ...row,
        label: `${label} – ${row.label}`
      })))
  }

  if (Array.isArray(before) || Array.isArray(after)) {
    const b = Array.isArray(before) ? before : []
    const a = Array.isArray(after) ? after : []
    const key = (v: Value): string => JSON.stringify(v)
    const beforeKeys = new Set(b.map(key))
    const afterKeys = new Set(a.map(key))
    const removed = b.filter((v) => !afterKeys.has(key(v)))
    const added = a.filter((v) => !beforeKeys.has(key(v)))
    if (removed.length === 0 && added.length === 0) {
      // Same items, new order.
      return [{ key: field, label, before: formatValue(ctx, kind, field, b), after: formatValue(ctx, kind, field, a) }]
    }
    return [{ key: field, label, before: itemsNode(ctx, kind, field, removed, 'removed'), after: itemsNode(ctx, kind, field, added, 'added') }]
  }

  const text = (v: Value): ReactNode => (isEmpty(v) ? <span className="muted">{t('history.emptyValue')}</span> : formatValue(ctx, kind, field, v))
  return [{ key: field, label, before: text(before), after: text(after) }]
}

/** Every id a change mentions, per registry, so their names can be loaded before showing it. */
export function idsIn(kind: RegistryKind, changes: readonly FieldChange[]): Map<RegistryKind, Set<string>> {
  const out = new Map<RegistryKind, Set<string>>()
  const add = (target: RegistryKind, id: unknown): void => {
    if (typeof id !== 'string') return
    if (!out.has(target)) out.set(target, new Set())
    out.get(target)?.add(id)
  }
  for (const change of changes) {
    for (const value of [change.before, change.after]) {
      for (const link of registries[kind].links) {
        const [listField, inner] = link.path.split('[].')
        if (listField !== change.field) continue
        if (inner !== undefined) {
          if (Array.isArray(value)) for (const item of value) add(link.target, (item as Record<string, unknown> | null)?.[inner])
        } else if (Array.isArray(value)) value.forEach((id) => add(link.target, id))
        else add(link.target, value)
      }
    }
  }
  return out
}
