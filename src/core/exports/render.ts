import pkg from '../../../package.json'
import type { RopaDepth, RopaExportFile, RopaFormat, RopaKind } from '../../shared/exports'
import type { Language } from '../../shared/model'
import { renderCsv } from './csv'
import { regimeOf } from './fields'
import { renderJson } from './json'
import type { ExportDocument, Progress } from './model'
import { buildRecord } from './record'
import { ropaDocument } from './ropa-document'
import type { Snapshot } from './snapshot'
import { words } from './words'

/**
 * The pure half of an export: from a snapshot (or a finished document model) to the bytes. No
 * database and no Context here, so the same functions run in the core's thread and in the render
 * worker (src/core/worker), and both give the same bytes. The renderers built on large libraries
 * (pdfkit, docx, exceljs) load on first use, so a worker that writes JSON or CSV starts quickly.
 */

export const generator = { name: 'DPO Workbench', version: pkg.version }

/** The bytes of a document in a print format. */
export async function renderDocument(document: ExportDocument, format: 'pdf' | 'docx', onProgress?: Progress): Promise<Buffer> {
  if (format === 'pdf') return (await import('./pdf')).renderPdf(document, onProgress)
  return (await import('./docx')).renderDocx(document, onProgress)
}

/** Everything a record of processing needs besides the snapshot; plain data (it crosses to the worker). */
export interface RopaRender {
  readonly kind: RopaKind
  readonly depth: RopaDepth
  readonly format: RopaFormat
  readonly lang: Language
  readonly scope: RopaExportFile['meta']['scope']
  readonly includeArchived: boolean
  readonly csv?: { bom: boolean; delimiter: ',' | ';' }
  readonly exportId: string
  readonly documentId: string
  readonly generatedAt: string
  /** Who made the document (printed on the cover of PDF and DOCX). */
  readonly author: string
}

/** A record of processing activities in one of five formats: the entries `ids` of the snapshot, in that order. */
export async function renderRopa(snapshot: Snapshot, ids: readonly string[], o: RopaRender, onProgress?: Progress): Promise<Buffer> {
  const w = words(o.lang, { regime: regimeOf(o.kind), swissOrg: snapshot.swiss })
  const record = await buildRecord(snapshot, ids, {
    kind: o.kind,
    depth: o.depth,
    words: w,
    scope: o.scope,
    includeArchived: o.includeArchived,
    exportId: o.exportId,
    documentId: o.documentId,
    generatedAt: o.generatedAt,
    generator
  })
  switch (o.format) {
    case 'json':
      return renderJson(record)
    case 'csv':
      return renderCsv(record, w, record.meta.locale === 'en' ? { bom: true, delimiter: ',', ...o.csv } : { bom: true, delimiter: ';', ...o.csv })
    case 'xlsx':
      return (await import('./xlsx')).renderXlsx(record, w)
    default:
      return renderDocument(ropaDocument(record, w, o.author), o.format, onProgress)
  }
}
