import type { RopaExportFile } from '../../shared/exports'
import type { Contact } from '../../shared/model'
import type { EntryKey } from './fields'
import type { Block, ExportDocument, FieldRow, Section } from './model'
import { fieldValue } from './values'
import type { Words } from './words'

/**
 * The record of processing activities as a document: cover data, the controller (or processor),
 * one section per entry with its fields in the fixed order of the record, and notes on the state
 * the document was made from.
 */
export function ropaDocument(record: RopaExportFile, w: Words, author: string): ExportDocument {
  const { meta } = record
  const internal = meta.depth === 'internal'
  const sections: Section[] = [partySection(record, w)]
  const entriesTitle = w.t(meta.role === 'controller' ? 'section.activities' : 'section.processorActivities')
  sections.push({
    id: 'entries',
    level: 1,
    title: entriesTitle,
    newPage: true,
    blocks: record.entries.length ? [] : [{ type: 'paragraph', text: w.t('section.empty') }]
  })
  for (const entry of record.entries) {
    sections.push({
      id: `entry-${entry.ref}`,
      level: 2,
      title: `${entry.ref} ${entry.name}`,
      marker: entry.archivedAt ? w.t('archivedOn', { date: w.date(entry.archivedAt) }) : undefined,
      newPage: sections[sections.length - 1].level === 2,
      blocks: entryBlocks(record, entry, w)
    })
  }
  sections.push({
    id: 'notes',
    level: 1,
    title: w.t('section.notes'),
    newPage: true,
    blocks: [
      { type: 'paragraph', text: w.t(internal ? 'notes.internal' : 'notes.authority', { law: meta.legalBasis }) },
      { type: 'paragraph', text: w.t('notes.state', { seq: meta.auditSeq, hash: meta.auditHead }), style: 'note' },
      { type: 'paragraph', text: w.t('cover.integrity'), style: 'note' }
    ]
  })
  const scopeText = [w.t(`scope.${meta.scope.type}`), ...(meta.includeArchived ? [w.t('scope.archived')] : [])].join(', ')
  return {
    meta: {
      lang: meta.lang,
      locale: meta.locale,
      title: meta.title,
      subtitle: w.t(`subtitle.${meta.kind}`),
      edition: w.t(`depth.${meta.depth}`),
      confidential: internal ? w.t('confidential') : null,
      organisation: record.organisation.name,
      documentId: meta.documentId,
      cover: [
        [w.t('cover.organisation'), record.organisation.name],
        [w.t('cover.documentId'), meta.documentId],
        [w.t('cover.revision'), w.t('cover.revisionValue', { seq: meta.auditSeq })],
        [w.t('cover.date'), w.dateTime(meta.generatedAt)],
        [w.t('cover.entries'), w.number(meta.entries)],
        [w.t('cover.scope'), scopeText],
        [w.t('cover.createdBy'), author],
        [w.t('cover.auditHead'), meta.auditHead],
        [w.t('cover.generator'), `${meta.generator.name} ${meta.generator.version} · ${w.t('cover.catalog')} ${meta.catalogVersion}`]
      ],
      coverNote: w.t('cover.integrity'),
      labels: { contents: w.t('toc'), page: w.t('footer.page'), continued: w.t('continued') },
      properties: { author: record.organisation.name, subject: `${meta.title} ${w.t(`subtitle.${meta.kind}`)}`, keywords: `${meta.documentId} ${meta.auditHead}` }
    },
    sections
  }
}

/** The entry's fields in the record's order; table fields break out as captioned tables. */
function entryBlocks(record: RopaExportFile, entry: RopaExportFile['entries'][number], w: Words): Block[] {
  const blocks: Block[] = []
  let rows: FieldRow[] = []
  const flush = (): void => {
    if (rows.length) blocks.push({ type: 'fields', rows })
    rows = []
  }
  for (const field of record.fields) {
    const value = fieldValue(entry, field.key as EntryKey, w, record)
    const ref = field.ref || undefined
    if (value.kind === 'table') {
      if (value.rows.length === 0) {
        rows.push({ label: field.label, ref, value: value.empty })
        continue
      }
      flush()
      blocks.push({ type: 'table', caption: { label: field.label, ref }, columns: value.columns, rows: value.rows })
    } else rows.push({ label: field.label, ref, value: value.kind === 'list' ? value.items : value.text })
  }
  flush()
  return blocks
}

/** A contact as a block of lines (no bullets: it is one address). */
function contactLines(c: Contact | null, w: Words): string {
  if (!c) return w.t('none')
  return [c.name, c.address, c.email && `${w.t('contact.email')}: ${c.email}`, c.phone && `${w.t('contact.phone')}: ${c.phone}`].filter((x) => x && x.trim()).join('\n')
}

function partySection(record: RopaExportFile, w: Words): Section {
  const { organisation: o, meta } = record
  const swiss = meta.regime === 'revdsg'
  const controller = meta.role === 'controller'
  const identityRef = {
    'gdpr-controller': w.lang === 'en' ? 'Art. 30(1)(a) GDPR' : 'Art. 30 Abs. 1 lit. a DSGVO',
    'gdpr-processor': w.lang === 'en' ? 'Art. 30(2)(a) GDPR' : 'Art. 30 Abs. 2 lit. a DSGVO',
    revdsg: w.lang === 'en' ? 'Art. 12 para. 2 let. a FADP' : 'Art. 12 Abs. 2 lit. a DSG',
    'revdsg-processor': w.lang === 'en' ? 'Art. 12 para. 3 FADP' : 'Art. 12 Abs. 3 DSG'
  }[meta.kind]
  const gdprRef = (article: number): string => (w.lang === 'en' ? `${identityRef}; Art. ${article} GDPR` : `${identityRef}; Art. ${article} DSGVO`)
  const dsgRef = (article: number): string => (w.lang === 'en' ? `Art. ${article} FADP` : `Art. ${article} DSG`)
  // The country is added unless the address already ends with it.
  const country = o.country && !o.address.trim().endsWith(o.country.name) ? o.country.name : ''
  const address = [o.name, o.address, country].filter((x) => x.trim()).join('\n')
  const rows: FieldRow[] = [
    {
      label: w.t(controller ? (swiss ? 'org.identity.revdsg' : 'org.identity') : swiss ? 'org.processorIdentity.revdsg' : 'org.processorIdentity'),
      ref: identityRef,
      value: `${address}\n\n${contactLines(o.contact, w)}`
    },
    { label: w.t(swiss ? 'org.representative.revdsg' : 'org.representative'), ref: swiss ? dsgRef(14) : gdprRef(27), value: contactLines(o.representative, w) },
    { label: w.t(swiss ? 'org.dpo.revdsg' : 'org.dpo'), ref: swiss ? dsgRef(10) : gdprRef(37), value: contactLines(o.dpo, w) }
  ]
  if (o.supervisoryAuthority !== undefined) rows.push({ label: w.t('org.supervisoryAuthority'), value: o.supervisoryAuthority || w.t('notSpecified') })
  if (o.headcount !== undefined) rows.push({ label: w.t('org.headcount'), value: o.headcount === null ? w.t('notSpecified') : w.number(o.headcount) })
  return { id: 'party', level: 1, title: w.t(controller ? 'section.controller' : 'section.processor'), newPage: false, blocks: [{ type: 'fields', rows }] }
}
