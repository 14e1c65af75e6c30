import { randomUUID } from 'node:crypto'
import type { ExportLogEntry, ExportResult, RopaDepth, RopaFormat, RopaKind } from '../../shared/exports'
import type { ListQuery } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { Language } from '../../shared/model'
import type { Context } from '../context'
import { Cancelled } from '../worker/host'
import type { ResultOf, Task } from '../worker/tasks'
import { getOrganisation, insertExportLog, type OpenedWorkspace } from '../workspace'
import { collectDataInSlices, selectIds, type Reader, type Scope } from './collect'
import { regimeOf, roleOf } from './fields'
import { documentIdOf, fileNameOf, MIME, sha256, type DocumentKind } from './files'
import type { ExportDocument, Progress } from './model'
import { snapshotOf } from './snapshot'

export { generator, renderDocument } from './render'

export interface RopaRequest {
  readonly kind: RopaKind
  readonly depth: RopaDepth
  readonly format: RopaFormat
  readonly lang: Language
  readonly scope: { type: 'all' } | { type: 'filter'; query: Required<ListQuery> } | { type: 'ids'; ids: string[] }
  readonly includeArchived: boolean
  readonly csv?: { bom: boolean; delimiter: ',' | ';' }
}

/** How a caller follows and stops an export: progress reports, and a signal that cancels it. */
export interface ExportControl {
  readonly onProgress?: Progress
  readonly signal?: AbortSignal
}

/**
 * Runs the rendering of an export off the event loop (ctx.offload: the worker thread, or in-process
 * without one) and checks that the workspace it was read from is still the open one: a lock in
 * the meantime cancels the task, and nothing may be logged into another workspace.
 */
export async function offloaded<T extends Task>(ctx: Context, owner: OpenedWorkspace, task: T, control: ExportControl = {}): Promise<ResultOf<T>> {
  try {
    const result = await ctx.offload.run(task, control)
    if (ctx.session.workspace !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
    return result
  } catch (error) {
    if (error instanceof Cancelled && ctx.session.workspace !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
    throw error
  }
}

/** Reads from the workspace an export started in; a lock or another workspace meanwhile ends the export. */
export function readerOf(ctx: Context, owner: OpenedWorkspace): Reader {
  return (fn) => {
    if (ctx.session.workspace !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
    return ctx.session.read(fn)
  }
}

/** The bytes of a document in a print format, rendered by the worker (see offloaded). */
export function renderOffloaded(ctx: Context, owner: OpenedWorkspace, document: ExportDocument, format: 'pdf' | 'docx', control: ExportControl = {}): Promise<Buffer> {
  return offloaded(ctx, owner, { type: 'document', document, format }, control)
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
export async function exportRopa(ctx: Context, request: RopaRequest, control: ExportControl = {}): Promise<ExportResult> {
  const { onProgress } = control
  const regime = regimeOf(request.kind)
  const role = roleOf(request.kind)
  const owner = ctx.session.require()
  const read = readerOf(ctx, owner)
  onProgress?.({ phase: 'collect', done: 0, total: 1 })
  if (!read(getOrganisation).regimes.includes(regime)) {
    throw new DomainError('VALIDATION', {}, [{ path: 'kind', message: 'issue.exports.regimeNotKept' }])
  }
  const snapshot = snapshotOf(await collectDataInSlices(read))
  // Right after the last slice, with no turn in between: a filter selects from the same state.
  const ids = read((db) => selectIds(db, snapshot, role === 'controller' ? 'activities' : 'processorActivities', request.scope as Scope, request.includeArchived))
  onProgress?.({ phase: 'collect', done: 1, total: 1 })
  const { exportId, at, documentId } = exportIds(request.kind)
  const scope = request.scope.type === 'all' ? { type: 'all' as const } : request.scope.type === 'ids' ? { type: 'ids' as const, ids: request.scope.ids } : { type: 'filter' as const, query: request.scope.query as Record<string, unknown> }
  const bytes = await offloaded(
    ctx,
    owner,
    {
      type: 'ropa',
      snapshot: snapshot.data,
      ids,
      options: {
        kind: request.kind,
        depth: request.depth,
        format: request.format,
        lang: request.lang,
        scope,
        includeArchived: request.includeArchived,
        ...(request.csv ? { csv: request.csv } : {}),
        exportId,
        documentId,
        generatedAt: at.toISOString(),
        author: ctx.actor().author
      }
    },
    control
  )
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
