import type { RopaExportFile } from '../../shared/exports'
import type { Locale } from '../../shared/i18n'
import type { AnalyseResult } from '../../shared/imports'
import type { FullCheck, FullCheckInput } from '../checks/evaluate'
import type { ExportDocument, Progress } from '../exports/model'
import type { RopaRender } from '../exports/render'
import type { SnapshotData } from '../exports/snapshot'
import type { LoadedSheet, SheetFile } from '../imports/parse'

/**
 * The work the core hands to its worker thread: pure functions over plain data (no database, no
 * Context), so a task runs the same in the worker and, without one, in the core's own thread.
 * Everything in a task crosses the thread boundary by structured clone. The modules of a kind of
 * task load on its first use: a worker that only checks never loads the document renderers
 * (pdfkit, exceljs and docx take most of a worker's start-up), one that reads imports only exceljs.
 */
export type Task =
  /** A record of processing activities: record building and rendering in one of five formats. */
  | { readonly type: 'ropa'; readonly snapshot: SnapshotData; readonly ids: readonly string[]; readonly options: RopaRender }
  /** A finished document model (TOM annex, assessment report, change report) as PDF or DOCX. */
  | { readonly type: 'document'; readonly document: ExportDocument; readonly format: 'pdf' | 'docx' }
  /** The rules of a full consistency check, with translation and counts. */
  | { readonly type: 'checks'; readonly input: FullCheckInput }
  /**
   * An import file read into plain data (the database-free part of an import): a spreadsheet
   * summarised for imports.analyse, or down to the sheet a plan is built from (imports.preview and
   * commit), or a JSON export parsed and validated (imports.json). The file goes over as the call's
   * base64 text; bad files fail with the same DomainError (code, params, issues) either way.
   */
  | { readonly type: 'importAnalyse'; readonly file: SheetFile; readonly locale: Locale }
  | { readonly type: 'importSheet'; readonly file: SheetFile; readonly lang: 'de' | 'en' }
  | { readonly type: 'importJson'; readonly base64: string; readonly locale: Locale }

export interface TaskResults {
  ropa: Buffer
  document: Buffer
  checks: FullCheck
  importAnalyse: AnalyseResult
  importSheet: LoadedSheet
  importJson: RopaExportFile
}
export type ResultOf<T extends Task> = TaskResults[T['type']]

export async function runTask<T extends Task>(task: T, onProgress?: Progress): Promise<ResultOf<T>> {
  const t = task as Task
  switch (t.type) {
    case 'ropa': {
      const [{ renderRopa }, { snapshotOf }] = await Promise.all([import('../exports/render'), import('../exports/snapshot')])
      return (await renderRopa(snapshotOf(t.snapshot), t.ids, t.options, onProgress)) as ResultOf<T>
    }
    case 'document': {
      const { renderDocument } = await import('../exports/render')
      return (await renderDocument(t.document, t.format, onProgress)) as ResultOf<T>
    }
    case 'checks': {
      const { fullCheck } = await import('../checks/evaluate')
      return fullCheck(t.input) as ResultOf<T>
    }
    case 'importAnalyse': {
      const { analyse } = await import('../imports/parse')
      return (await analyse(t.file, t.locale)) as ResultOf<T>
    }
    case 'importSheet': {
      const { loadSheet } = await import('../imports/parse')
      // Only the chosen sheet goes back: the workbook's other sheets would be copied for nothing.
      const { sheet, headers, issues } = await loadSheet(t.file, t.lang)
      return { sheet, headers, issues } as ResultOf<T>
    }
    case 'importJson': {
      const { parseRopaFile } = await import('../imports/parse')
      return parseRopaFile(t.base64, t.locale) as ResultOf<T>
    }
  }
}
