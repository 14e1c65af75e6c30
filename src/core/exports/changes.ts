import type { ChangesExportFile, ExportLogEntry, ExportResult, RopaKind } from '../../shared/exports'
import { DomainError } from '../../shared/errors'
import type { AuditEntry, Language } from '../../shared/model'
import { registryKinds } from '../../shared/model/registry'
import { legalBasis, mechanism } from '../catalogs'
import type { Context } from '../context'
import { auditEntriesAfter, auditHashAt, auditSeqOf, getExportLog, lastExportLog } from '../workspace'
import { collect, type Snapshot } from './collect'
import { regimeOf, roleOf } from './fields'
import { fileNameOf } from './files'
import { renderJson } from './json'
import type { ExportDocument, Section } from './model'
import { exportIds, finishExport, generator, renderOffloaded, type ExportControl } from './run'
import type { WordKey } from './vocabulary'
import { words, type Words } from './words'

export interface ChangesRequest {
  readonly exportId?: string
  readonly sinceSeq?: number
  readonly lastOf?: RopaKind | 'toms'
  readonly format: 'pdf' | 'docx' | 'json'
  readonly lang: Language
}

/** Stored field names → the document's words for them. */
const fieldWords: Record<string, WordKey> = {
  name: 'field.name',
  description: 'field.description',
  role: 'field.role',
  jointControllers: 'field.jointControllers',
  purposes: 'field.purposes',
  legalBases: 'field.legalBases',
  legalBasisNotes: 'field.legalBasisNotes',
  dataSubjectIds: 'field.dataSubjectCategories',
  dataCategoryIds: 'field.dataCategories',
  recipientIds: 'field.recipients',
  transfers: 'field.transfers',
  retention: 'field.retention',
  systemIds: 'field.systems',
  tomIds: 'field.toms',
  tomSummary: 'field.securityMeasures',
  dpia: 'field.dpia',
  owner: 'field.owner',
  status: 'field.status',
  approvedBy: 'field.approval',
  approvedAt: 'field.approval',
  reviewDate: 'field.reviewDate',
  regimes: 'field.regimes',
  notes: 'field.notes',
  controllers: 'field.controllers',
  processingCategories: 'field.processingCategories',
  subProcessorIds: 'field.subProcessors',
  archivedAt: 'field.archived'
}

/** A stored value as people read it: linked ids become names, catalog codes labels. */
function describe(value: unknown, snapshot: Snapshot, w: Words, field = ''): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return w.t('empty')
  if (typeof value === 'string') {
    const linked = snapshot.byId.get(value)
    if (linked) return `${String(linked.name)} (${linked.ref})`
    const basis = field === 'legalBases' ? legalBasis(value) : field === 'mechanism' ? mechanism(value) : undefined
    return basis ? w.label(basis) : value
  }
  if (typeof value === 'boolean') return w.t(value ? 'yes' : 'no')
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map((v) => describe(v, snapshot, w, field)).join('\n')
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${describe(v, snapshot, w, k).replaceAll('\n', ', ')}`)
    .join('; ')
}

function kindLabel(kind: string, w: Words): string {
  return (registryKinds as readonly string[]).includes(kind) || kind === 'organisation' ? w.t(`kind.${kind}` as WordKey) : w.t('kind.other')
}

export function changesFile(snapshot: Snapshot, entries: readonly AuditEntry[], since: { seq: number; hash: string; export: ExportLogEntry | null }, w: Words, ids: { exportId: string; documentId: string; generatedAt: string }): ChangesExportFile {
  const groups = new Map<string, ChangesExportFile['entities'][number]>()
  for (const e of entries) {
    const key = `${e.entity}/${e.entityId}`
    let group = groups.get(key)
    if (!group) {
      const entity = snapshot.byId.get(e.entityId)
      group = { kind: e.entity, kindLabel: kindLabel(e.entity, w), id: e.entityId, ref: entity?.ref ?? '', name: entity ? String(entity.name) : e.entity === 'organisation' ? snapshot.organisation.name : e.entityId, changes: [] }
      groups.set(key, group)
    }
    for (const c of e.changes) {
      group.changes.push({
        seq: e.seq,
        at: e.at,
        author: e.author,
        action: e.action,
        field: c.field,
        fieldLabel: fieldWords[c.field] ? w.t(fieldWords[c.field]) : c.field,
        before: c.before,
        after: c.after,
        beforeText: describe(c.before, snapshot, w, c.field),
        afterText: describe(c.after, snapshot, w, c.field)
      })
    }
  }
  const order = (kind: string): number => (kind === 'organisation' ? -1 : (registryKinds as readonly string[]).indexOf(kind))
  const entities = [...groups.values()].sort((a, b) => order(a.kind) - order(b.kind) || a.ref.length - b.ref.length || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
  return {
    format: 'dpo-workbench/changes',
    formatVersion: 1,
    meta: { ...ids, lang: w.lang, sinceSeq: since.seq, sinceHash: since.hash, untilSeq: snapshot.head.seq, auditHead: snapshot.head.head, sinceExport: since.export },
    entities
  }
}

/**
 * The table rows of one entity: one row per changed field; a creation in one row that lists
 * the new values (the JSON keeps one change per field).
 */
function changeRows(changes: ChangesExportFile['entities'][number]['changes'], w: Words): string[][] {
  const rows: string[][] = []
  const when = (c: (typeof changes)[number]): string => `${w.dateTime(c.at)}\n${w.t(`action.${c.action as 'update'}`)} (#${c.seq})`
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]
    if (c.action !== 'create') {
      rows.push([when(c), c.author, c.fieldLabel, c.beforeText, c.afterText])
      continue
    }
    const created = [c]
    while (changes[i + 1]?.seq === c.seq) created.push(changes[++i])
    rows.push([when(c), c.author, w.t('action.create'), w.t('empty'), created.map((x) => `${x.fieldLabel}: ${x.afterText.replaceAll('\n', ', ')}`).join('\n')])
  }
  return rows
}

export function changesDocument(file: ChangesExportFile, w: Words, organisation: string, author: string): ExportDocument {
  const { meta } = file
  const count = file.entities.reduce((n, e) => n + e.changes.length, 0)
  const start = meta.sinceExport
    ? w.t('changes.sinceExport', { document: meta.sinceExport.id.slice(0, 8).toUpperCase(), date: w.dateTime(meta.sinceExport.at), seq: meta.sinceSeq })
    : w.t('changes.sinceSeq', { seq: meta.sinceSeq })
  const sections: Section[] = [
    {
      id: 'overview',
      level: 1,
      title: w.t('title.changes'),
      newPage: false,
      blocks: [
        { type: 'paragraph', text: start },
        { type: 'paragraph', text: w.t('changes.range', { from: meta.sinceSeq + 1, until: meta.untilSeq }) },
        { type: 'paragraph', text: count ? w.t('changes.count', { entities: file.entities.length, changes: count }) : w.t('changes.none') }
      ]
    }
  ]
  const columns = [
    { header: w.t('col.when'), width: 1.6 },
    { header: w.t('col.author'), width: 1.4 },
    { header: w.t('col.field'), width: 1.8 },
    { header: w.t('col.before'), width: 2.8 },
    { header: w.t('col.after'), width: 2.8 }
  ]
  for (const e of file.entities) {
    sections.push({
      id: `entity-${e.id}`,
      level: 2,
      title: `${e.kindLabel}: ${e.ref ? `${e.ref} ` : ''}${e.name}`,
      newPage: false,
      blocks: [
        {
          type: 'table',
          columns,
          rows: changeRows(e.changes, w)
        }
      ]
    })
  }
  return {
    meta: {
      lang: w.lang,
      locale: w.locale,
      title: w.t('title.changes'),
      subtitle: w.t('subtitle.changes'),
      edition: start,
      confidential: w.t('confidential'),
      organisation,
      documentId: meta.documentId,
      cover: [
        [w.t('cover.organisation'), organisation],
        [w.t('cover.documentId'), meta.documentId],
        [w.t('cover.revision'), w.t('cover.revisionValue', { seq: meta.untilSeq })],
        [w.t('cover.date'), w.dateTime(meta.generatedAt)],
        [w.t('cover.entries'), w.number(file.entities.length)],
        [w.t('cover.createdBy'), author],
        [w.t('cover.auditHead'), meta.auditHead],
        [w.t('cover.generator'), `${generator.name} ${generator.version}`]
      ],
      coverNote: w.t('cover.integrity'),
      labels: { contents: w.t('toc'), page: w.t('footer.page'), continued: w.t('continued') },
      properties: { author: organisation, subject: w.t('title.changes'), keywords: `${meta.documentId} ${meta.auditHead}` }
    },
    sections
  }
}

/** exports.changesSince */
export async function exportChanges(ctx: Context, request: ChangesRequest, control: ExportControl = {}): Promise<ExportResult> {
  const { onProgress } = control
  const owner = ctx.session.require()
  const { snapshot, entries, since } = ctx.session.read((db) => {
    const snapshot = collect(db)
    let sinceExport: ExportLogEntry | null = null
    let seq: number
    if (request.exportId !== undefined) {
      sinceExport = getExportLog(db, request.exportId)
      if (!sinceExport) throw new DomainError('NOT_FOUND', { id: request.exportId })
      seq = auditSeqOf(db, sinceExport.auditHead) ?? 0
    } else if (request.sinceSeq !== undefined) {
      seq = Math.min(request.sinceSeq, snapshot.head.seq)
    } else {
      const of = request.lastOf
      sinceExport = of === undefined ? lastExportLog(db) : of === 'toms' ? lastExportLog(db, 'toms') : lastExportLog(db, roleOf(of) === 'controller' ? 'ropa-controller' : 'ropa-processor', regimeOf(of))
      seq = sinceExport ? (auditSeqOf(db, sinceExport.auditHead) ?? 0) : 0
    }
    const hash = auditHashAt(db, seq) ?? ''
    return { snapshot, entries: auditEntriesAfter(db, seq, snapshot.head.seq), since: { seq, hash, export: sinceExport } }
  })
  const { exportId, at, documentId } = exportIds('changes')
  const w = words(request.lang, { regime: null, swissOrg: snapshot.swiss })
  const file = changesFile(snapshot, entries, since, w, { exportId, documentId, generatedAt: at.toISOString() })
  const bytes = request.format === 'json' ? renderJson(file) : await renderOffloaded(ctx, owner, changesDocument(file, w, snapshot.organisation.name, ctx.actor().author), request.format, control)
  return finishExport(
    ctx,
    bytes,
    {
      id: exportId,
      at: at.toISOString(),
      what: 'changes',
      format: request.format,
      lang: request.lang,
      regime: null,
      depth: null,
      scope: { sinceSeq: since.seq, untilSeq: snapshot.head.seq, ...(since.export ? { sinceExport: since.export.id } : {}) },
      auditHead: snapshot.head.head
    },
    fileNameOf('changes', request.lang, snapshot.organisation.name, at, request.format),
    onProgress
  )
}
