import { randomUUID } from 'node:crypto'
import pkg from '../../../package.json'
import type { ExportLogEntry, ExportResult, RopaDepth, RopaFormat, RopaKind } from '../../shared/exports'
import type { ListQuery } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { Language } from '../../shared/model'
import type { Context } from '../context'
import { insertExportLog } from '../workspace'
import { collect, selectIds, type Scope } from './collect'
import { renderCsv } from './csv'
import { renderDocx } from './docx'
import { regimeOf, roleOf } from './fields'
import { documentIdOf, fileNameOf, MIME, sha256, type DocumentKind } from './files'
import { renderJson } from './json'
import type { ExportDocument, Progress } from './model'
import { renderPdf } from './pdf'
import { buildRecord } from './record'
import { ropaDocument } from './ropa-document'
import { renderXlsx } from './xlsx'
import { words } from './words'

export const generator = { name: 'DPO Workbench', version: pkg.version }

export interface RopaRequest {
  readonly kind: RopaKind
  readonly depth: RopaDepth
  readonly format: RopaFormat
  readonly lang: Language
  readonly scope: { type: 'all' } | { type: 'filter'; query: Required<ListQuery> } | { type: 'ids'; ids: string[] }
  readonly includeArchived: boolean
  readonly csv?: { bom: boolean; delimiter: ',' | ';' }
}

/** The bytes of a document in a print format. */
export function renderDocument(document: ExportDocument, format: 'pdf' | 'docx', onProgress?: Progress): Promise<Buffer> {
  return format === 'pdf' ? renderPdf(document, onProgress) : renderDocx(document, onProgress)
}

/**
 * Hashes the bytes, writes the export-log row with its audit entry in one write transaction and
 * returns the API result. The log records the content head the document was made from.
 */
export function finishExport(
  ctx: Context,
  bytes: Buffer,
  entry: Omit<ExportLogEntry, 'author' | 'sha256' | 'bytes'> & { format: RopaFormat },
  fileName: string,
  onProgress?: Progress
): ExportResult {
  onProgress?.({ phase: 'write', done: 0, total: 1 })
  const digest = sha256(bytes)
  ctx.session.write((db) => insertExportLog(db, ctx.actor(), { ...entry, sha256: digest, bytes: bytes.length }))
  onProgress?.({ phase: 'write', done: 1, total: 1 })
  return { fileName, mimeType: MIME[entry.format], base64: bytes.toString('base64'), sha256: digest, bytes: bytes.length, auditHead: entry.auditHead, exportId: entry.id }
}

export function exportIds(kind: DocumentKind): { exportId: string; at: Date; documentId: string } {
  const exportId = randomUUID()
  const at = new Date()
  return { exportId, at, documentId: documentIdOf(kind, exportId, at) }
}

/** A record of processing activities in one of five formats (exports.ropa). */
export async function exportRopa(ctx: Context, request: RopaRequest, onProgress?: Progress): Promise<ExportResult> {
  const regime = regimeOf(request.kind)
  const role = roleOf(request.kind)
  onProgress?.({ phase: 'collect', done: 0, total: 1 })
  const { snapshot, ids } = ctx.session.read((db) => {
    const snapshot = collect(db)
    if (!snapshot.organisation.regimes.includes(regime)) {
      throw new DomainError('VALIDATION', {}, [{ path: 'kind', message: 'issue.exports.regimeNotKept' }])
    }
    const ids = selectIds(db, snapshot, role === 'controller' ? 'activities' : 'processorActivities', request.scope as Scope, request.includeArchived)
    return { snapshot, ids }
  })
  onProgress?.({ phase: 'collect', done: 1, total: 1 })
  const { exportId, at, documentId } = exportIds(request.kind)
  const w = words(request.lang, { regime, swissOrg: snapshot.swiss })
  const scope = request.scope.type === 'all' ? { type: 'all' as const } : request.scope.type === 'ids' ? { type: 'ids' as const, ids: request.scope.ids } : { type: 'filter' as const, query: request.scope.query as Record<string, unknown> }
  const record = await buildRecord(snapshot, ids, {
    kind: request.kind,
    depth: request.depth,
    words: w,
    scope,
    includeArchived: request.includeArchived,
    exportId,
    documentId,
    generatedAt: at.toISOString(),
    generator
  })
  let bytes: Buffer
  switch (request.format) {
    case 'json':
      bytes = renderJson(record)
      break
    case 'csv':
      bytes = renderCsv(record, w, record.meta.locale === 'en' ? { bom: true, delimiter: ',', ...request.csv } : { bom: true, delimiter: ';', ...request.csv })
      break
    case 'xlsx':
      bytes = await renderXlsx(record, w)
      break
    default:
      bytes = await renderDocument(ropaDocument(record, w, ctx.actor().author), request.format, onProgress)
  }
  const fileName = fileNameOf(request.kind, request.lang, snapshot.organisation.name, at, request.format, request.depth === 'internal' ? (request.lang === 'en' ? 'internal' : 'intern') : '')
  return finishExport(
    ctx,
    bytes,
    {
      id: exportId,
      at: at.toISOString(),
      what: role === 'controller' ? 'ropa-controller' : 'ropa-processor',
      format: request.format,
      lang: request.lang,
      regime,
      depth: request.depth,
      scope: { ...scope, kind: request.kind, includeArchived: request.includeArchived },
      auditHead: snapshot.head.head
    },
    fileName,
    onProgress
  )
}
