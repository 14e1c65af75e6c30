import type { ReactNode } from 'react'
import type { Locale } from '../../../../shared/i18n'
import type { EntityOf, RegistryKind } from '../../../../shared/model'
import type { Column } from '../../components/DataTable'
import { enumText, formatDate } from '../../i18n/format'
import type { Translate } from '../../i18n/I18nContext'

export type AnyEntity = EntityOf<RegistryKind>

const dash = '–'
const orDash = (text: string | null | undefined): ReactNode => (text ? text : <span className="muted">{dash}</span>)

type ColumnsOf<K extends RegistryKind> = (t: Translate, locale: Locale) => Column<EntityOf<K>>[]

function common<K extends RegistryKind>(t: Translate): Column<EntityOf<K>>[] {
  return [
    { id: 'ref', header: t('col.ref'), cell: (r) => r.ref, className: 'ref' },
    { id: 'name', header: t('col.name'), cell: (r) => r.name, className: 'wide' }
  ]
}

function statusBadge(t: Translate, group: string, value: string): ReactNode {
  return <span className={`status status-${value}`}>{enumText(t, group, value)}</span>
}

const activities: ColumnsOf<'activities'> = (t, locale) => [
  ...common<'activities'>(t),
  { id: 'status', header: t('col.status'), cell: (r) => statusBadge(t, 'activityStatus', r.status) },
  { id: 'owner', header: t('col.owner'), cell: (r) => orDash(r.owner) },
  { id: 'reviewDate', header: t('col.reviewDate'), cell: (r) => orDash(formatDate(locale, r.reviewDate)), className: 'date' }
]

const processorActivities: ColumnsOf<'processorActivities'> = (t, locale) => [
  ...common<'processorActivities'>(t),
  { id: 'status', header: t('col.status'), cell: (r) => statusBadge(t, 'activityStatus', r.status) },
  { id: 'owner', header: t('col.owner'), cell: (r) => orDash(r.owner) },
  { id: 'reviewDate', header: t('col.reviewDate'), cell: (r) => orDash(formatDate(locale, r.reviewDate)), className: 'date' }
]

const dataCategories: ColumnsOf<'dataCategories'> = (t) => [
  ...common<'dataCategories'>(t),
  { id: 'gdprSpecial', header: t('col.gdprSpecial'), cell: (r) => enumText(t, 'gdprSpecial', r.gdprSpecial) },
  {
    id: 'dsgSensitive',
    header: t('col.dsgSensitive'),
    cell: (r) => (r.dsgSensitiveClause === null ? t('common.no') : t('enum.dsgSensitive', { clause: r.dsgSensitiveClause }))
  }
]

const dataSubjects: ColumnsOf<'dataSubjects'> = (t) => [
  ...common<'dataSubjects'>(t),
  { id: 'vulnerable', header: t('col.vulnerable'), cell: (r) => (r.vulnerable ? t('common.yes') : t('common.no')) },
  { id: 'description', header: t('col.description'), cell: (r) => orDash(r.description), className: 'clip' }
]

const recipients: ColumnsOf<'recipients'> = (t) => [
  ...common<'recipients'>(t),
  { id: 'kind', header: t('col.kind'), cell: (r) => enumText(t, 'recipientKind', r.kind) },
  { id: 'country', header: t('col.country'), cell: (r) => orDash(r.country) },
  { id: 'dpaStatus', header: t('col.dpaStatus'), cell: (r) => statusBadge(t, 'dpaStatus', r.dpaStatus) }
]

const systems: ColumnsOf<'systems'> = (t) => [
  ...common<'systems'>(t),
  { id: 'kind', header: t('col.kind'), cell: (r) => enumText(t, 'systemKind', r.kind) },
  { id: 'hostingCountry', header: t('col.hostingCountry'), cell: (r) => orDash(r.hostingCountry) },
  { id: 'owner', header: t('col.owner'), cell: (r) => orDash(r.owner) }
]

const toms: ColumnsOf<'toms'> = (t, locale) => [
  ...common<'toms'>(t),
  { id: 'status', header: t('col.status'), cell: (r) => statusBadge(t, 'tomStatus', r.status) },
  { id: 'owner', header: t('col.owner'), cell: (r) => orDash(r.owner) },
  { id: 'reviewDate', header: t('col.reviewDate'), cell: (r) => orDash(formatDate(locale, r.reviewDate)), className: 'date' }
]

const byKind: { readonly [K in RegistryKind]: ColumnsOf<K> } = {
  activities,
  processorActivities,
  dataCategories,
  dataSubjects,
  recipients,
  systems,
  toms
}

/** The columns of a registry's table: ref, name and the two or three fields people scan for. */
export function columnsFor(kind: RegistryKind, t: Translate, locale: Locale): Column<AnyEntity>[] {
  // Each kind's columns read only that kind's rows; the page passes rows of the same kind.
  return (byKind[kind] as ColumnsOf<RegistryKind>)(t, locale) as Column<AnyEntity>[]
}
