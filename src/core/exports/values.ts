import type { RopaEntry, RopaExportFile } from '../../shared/exports'
import type { Regime } from '../../shared/model'
import type { EntryKey } from './fields'
import type { Words } from './words'

/**
 * How one field of an entry is printed: text, a list, or a table. The document builder prints
 * it as is; the spreadsheet formats flatten it into one cell. One place, so every format says
 * the same.
 */
export type FieldValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly columns: ReadonlyArray<{ header: string; width: number }>; readonly rows: ReadonlyArray<readonly string[]>; readonly empty: string }

type Recipient = Extract<RopaEntry, { type: 'activity' }>['recipients'][number]

const text = (t: string): FieldValue => ({ kind: 'text', text: t })
const list = (items: readonly string[]): FieldValue => ({ kind: 'list', items })
const withRef = (label: string, ref: string | null | undefined): string => (ref ? `${label} (${ref})` : label)
const joinNonEmpty = (parts: ReadonlyArray<string | null | undefined>, sep = ', '): string => parts.filter((p) => p && p.trim()).join(sep)

function recipientText(r: Recipient): string {
  return `${r.name} (${joinNonEmpty([r.kindLabel, r.country?.name])})`
}

/** A column header from the vocabulary; the revDSG record in English has its own wording. */
function col(w: Words, regime: Regime, key: 'col.country' | 'col.mechanism'): string {
  return regime === 'revdsg' && w.locale === 'en' ? w.t(`${key}.revdsg.en`) : w.t(key)
}

export function fieldValue(entry: RopaEntry, key: EntryKey, w: Words, record: Pick<RopaExportFile, 'meta' | 'organisation'>): FieldValue {
  const regime = record.meta.regime
  const notSpecified = w.t('notSpecified')
  const orNone = (t: string | undefined): FieldValue => text(t?.trim() ? t : notSpecified)
  switch (key) {
    case 'jointControllers':
      return entry.type === 'activity' ? text(entry.jointControllers.trim() ? entry.jointControllers : w.t('none.jointControllers')) : text('')
    case 'purposes':
      return entry.type === 'activity' ? (entry.purposes.length ? list(entry.purposes) : text(notSpecified)) : text('')
    case 'dataSubjectCategories':
      if (entry.type !== 'activity') return text('')
      return entry.dataSubjectCategories.length
        ? list(entry.dataSubjectCategories.map((s) => (s.vulnerable && record.meta.depth === 'internal' ? `${s.name} (${w.t('vulnerable')})` : s.name)))
        : text(notSpecified)
    case 'dataCategories':
      if (entry.type !== 'activity') return text('')
      return entry.dataCategories.length ? list(entry.dataCategories.map((c) => (c.specialNote ? `${c.name} – ${c.specialNote}` : c.name))) : text(notSpecified)
    case 'recipients':
      if (entry.type !== 'activity') return text('')
      return entry.recipients.length ? list(entry.recipients.map(recipientText)) : text(w.t('none'))
    case 'subProcessors':
      if (entry.type !== 'processorActivity') return text('')
      return entry.subProcessors?.length ? list(entry.subProcessors.map(recipientText)) : text(w.t('none'))
    case 'transfers':
      return {
        kind: 'table',
        columns: [
          { header: col(w, regime, 'col.country'), width: 2 },
          { header: w.t('col.recipient'), width: 2.2 },
          { header: col(w, regime, 'col.mechanism'), width: 3 },
          { header: w.t('col.notes'), width: 3.2 }
        ],
        rows: entry.transfers.map((t) => [t.country.name, t.recipient?.name ?? '', t.mechanism ? withRef(t.mechanism.label, t.mechanism.ref) : notSpecified, t.notes]),
        empty: w.t(`none.transfers.${regime}`)
      }
    case 'retention': {
      if (entry.type !== 'activity') return text('')
      const internal = record.meta.depth === 'internal'
      return {
        kind: 'table',
        columns: [
          { header: w.t('col.dataCategory'), width: 2.2 },
          { header: w.t('col.period'), width: 2.2 },
          { header: w.t('col.criteria'), width: 3.2 },
          { header: w.t('col.legalReference'), width: 1.6 },
          ...(internal ? [{ header: w.t('col.deletion'), width: 2.6 }] : [])
        ],
        rows: entry.retention.map((r) => [
          r.dataCategory?.name ?? '',
          r.periodText || '–',
          r.criteria,
          r.legalReference,
          ...(internal ? [r.deletionProcedure ?? ''] : [])
        ]),
        empty: w.t('none.retention')
      }
    }
    case 'securityMeasures':
      return orNone(entry.securityMeasures)
    case 'controllers':
      if (entry.type !== 'processorActivity') return text('')
      return {
        kind: 'table',
        columns: [
          { header: w.t('col.controller'), width: 3 },
          { header: w.t('col.contact'), width: 4 },
          { header: w.t('col.representativeDpo'), width: 3 }
        ],
        rows: entry.controllers.map((c) => [
          c.name,
          joinNonEmpty([c.address, c.email, c.phone], '\n'),
          joinNonEmpty([c.representative && `${w.t('contact.representative')}: ${c.representative}`, c.dpo && `${w.t('contact.dpo')}: ${c.dpo}`], '\n')
        ]),
        empty: notSpecified
      }
    case 'processingCategories':
      return entry.type === 'processorActivity' && entry.processingCategories.length ? list(entry.processingCategories) : text(notSpecified)
    case 'description':
      return orNone(entry.description)
    case 'role':
      return entry.type === 'activity' ? orNone(entry.role?.label) : text('')
    case 'legalBases':
      if (entry.type !== 'activity') return text('')
      return entry.legalBases?.length ? list(entry.legalBases.map((b) => withRef(b.label, b.ref))) : text(notSpecified)
    case 'legalBasisNotes':
      return entry.type === 'activity' ? orNone(entry.legalBasisNotes) : text('')
    case 'systems':
      return entry.systems?.length ? list(entry.systems.map((s) => `${s.name} (${s.ref})`)) : text(w.t('none'))
    case 'toms':
      return entry.toms?.length ? list(entry.toms.map((t) => `${t.name} (${t.ref}) – ${t.statusLabel}`)) : text(w.t('none'))
    case 'dpia': {
      if (entry.type !== 'activity' || !entry.dpia) return text('')
      const d = entry.dpia
      const head = d.result ? `${d.result.label}${d.screenedAt ? ` (${w.t('dpia.screenedAt', { date: w.date(d.screenedAt) })})` : ''}` : w.t('dpia.notScreened')
      return list([head, ...d.criteria.map((c) => `${w.t('dpia.criteria')}: ${withRef(c.label, c.ref)}`), ...(d.justification.trim() ? [d.justification] : [])])
    }
    case 'owner':
      return orNone(entry.owner)
    case 'status':
      return orNone(entry.status?.label)
    case 'approval':
      if (entry.type !== 'activity') return text('')
      return entry.approvedBy || entry.approvedAt ? text(joinNonEmpty([entry.approvedBy, w.date(entry.approvedAt)])) : text(notSpecified)
    case 'reviewDate':
      return orNone(w.date(entry.reviewDate))
    case 'regimes':
      if (entry.type !== 'activity') return text('')
      return text((entry.regimes ?? []).map((r) => w.t(`regime.${r}`)).join(', ') || notSpecified)
    case 'notes':
      return orNone(entry.notes)
    case 'lastChange':
      return entry.updatedAt ? text(w.t('lastChange.value', { version: entry.version ?? 1, date: w.dateTime(entry.updatedAt) })) : text('')
  }
}

/** One cell's text: lists one item a line, tables one row a line with " | " between the cells. */
export function flatten(value: FieldValue): string {
  if (value.kind === 'text') return value.text
  if (value.kind === 'list') return value.items.join('\n')
  if (value.rows.length === 0) return value.empty
  return value.rows.map((row) => row.map((c) => c.replaceAll('\n', ', ')).filter((c) => c.trim()).join(' | ')).join('\n')
}
