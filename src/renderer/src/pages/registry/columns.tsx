import type { ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import type { Locale } from '../../../../shared/i18n'
import type { EntityOf, RegistryKind } from '../../../../shared/model'
import { cellText, cellValues, valueAt, viewColumns, type CellContext, type ViewColumn } from '../../../../shared/registry-view'
import type { TableColumn } from '../../components/table/VirtualTable'
import { hrefOf } from '../../hooks/useRoute'
import type { Translate } from '../../i18n/I18nContext'
import type { FindingCounts } from '../dashboard/useFindingCounts'
import { countryLabel } from './facets'

export type AnyEntity = EntityOf<RegistryKind>
type Doc = Readonly<Record<string, unknown>>

const dash = '–'
const empty = <span className="muted">{dash}</span>

/**
 * Dates in cells: the same output as i18n/format's formatDate/formatDateTime, but with one cached
 * Intl formatter per locale (building a formatter per cell was the main cost while scrolling).
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(locale: Locale, time: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${time}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, time ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })
    formatters.set(key, f)
  }
  return f
}
function cellDate(locale: Locale, iso: unknown, time: boolean): string {
  if (typeof iso !== 'string' || !iso) return ''
  const date = new Date(!time && iso.length === 10 ? `${iso}T00:00:00` : iso)
  return Number.isNaN(date.getTime()) ? iso : formatterFor(locale, time).format(date)
}

/** Enum groups shown as a coloured status pill. */
const pills = new Set(['activityStatus', 'tomStatus', 'dpaStatus', 'dpiaResult'])

interface Env {
  readonly kind: RegistryKind
  readonly t: Translate
  readonly locale: Locale
  readonly options: CatalogOptions | null
  readonly nameOf: (id: string) => string | undefined
  /** Open findings per entity (consistency checks), shown as a badge next to the name. */
  readonly findings?: ReadonlyMap<string, FindingCounts>
}

/** Errors and warnings of one entity as a badge; info findings are left to the dashboard. */
function findingBadge(env: Env, id: string): ReactNode {
  const counts = env.findings?.get(id)
  if (!counts || counts.error + counts.warning === 0) return null
  const severity = counts.error > 0 ? 'error' : 'warning'
  return (
    <span className={`badge finding-badge finding-${severity}`} title={env.t('rv.findings.title', { error: counts.error, warning: counts.warning })}>
      {env.t('rv.findings.badge', { n: counts.error + counts.warning })}
    </span>
  )
}

function render(column: ViewColumn, env: Env, ctx: CellContext): (row: Doc) => ReactNode {
  const { t, locale, kind } = env
  switch (column.type) {
    case 'ref':
      return (row) => String(row.ref)
    case 'name':
      // The name shortens with an ellipsis; the badges after it always stay in view.
      return (row) => (
        <span className="name-line">
          <a href={hrefOf(kind, String(row.id))}>
            {String(row.name)}
          </a>
          {row.archivedAt ? <span className="badge">{t('rv.archivedBadge')}</span> : null}
          {findingBadge(env, String(row.id))}
        </span>
      )
    case 'enum':
      return (row) => {
        const value = valueAt(row, column.path)
        const text = cellText(column, row, ctx)
        if (!text) return column.group === 'dpiaResult' ? <span className="muted">{t('rv.dpia.none')}</span> : empty
        // Values that need no attention (no DPIA needed) read as plain text; the rest as a pill.
        if (!pills.has(column.group ?? '') || value === 'not_required') return text
        return <span className={`status status-${String(value)}`}>{text}</span>
      }
    case 'date':
      return (row) => cellDate(locale, valueAt(row, column.path), false) || empty
    case 'datetime':
      return (row) => cellDate(locale, valueAt(row, column.path), true) || empty
    case 'country':
      return (row) => (valueAt(row, column.path) as string | null) || empty
    default:
      return (row) => cellText(column, row, ctx) || empty
  }
}

function titleOf(column: ViewColumn, env: Env, ctx: CellContext): ((row: Doc) => string | undefined) | undefined {
  switch (column.type) {
    case 'ref':
    case 'date':
    case 'datetime':
    case 'bool':
      return undefined
    case 'country':
      return (row) => {
        const code = valueAt(row, column.path)
        return typeof code === 'string' && code ? countryLabel(env.locale, code) : undefined
      }
    default:
      return (row) => cellValues(column, row, ctx).join('\n') || undefined
  }
}

const classOf = (column: ViewColumn): string | undefined =>
  column.type === 'ref' ? 'ref' : column.type === 'name' ? 'name' : column.type === 'date' || column.type === 'datetime' ? 'date' : column.type === 'longText' ? 'muted-cell' : undefined

/** The table columns of a registry, from the shared view columns (the export uses the same). */
export function columnsFor(env: Env): TableColumn<AnyEntity>[] {
  const ctx: CellContext = { locale: env.locale, options: env.options, nameOf: env.nameOf }
  return viewColumns[env.kind].map((column) => {
    const cell = render(column, env, ctx)
    const title = titleOf(column, env, ctx)
    return {
      id: column.id,
      header: env.t(column.header),
      cell: cell as (row: AnyEntity) => ReactNode,
      title: title as ((row: AnyEntity) => string | undefined) | undefined,
      sortable: column.sort !== undefined,
      width: column.width,
      grow: column.grow,
      className: classOf(column)
    }
  })
}

/** The registries a kind's link columns point to (for loading their names). */
export function linkTargets(kind: RegistryKind, visible: readonly string[]): RegistryKind[] {
  const targets = viewColumns[kind].filter((c) => (c.type === 'link' || c.type === 'links') && visible.includes(c.id)).map((c) => c.target!)
  return [...new Set(targets)].sort()
}
