import type { Locale } from '../../shared/i18n/types'
import type { Language } from '../../shared/model'

/**
 * The neutral document model every document renderer (PDF, DOCX) lays out. Builders (record of
 * processing activities, TOM annex, change report, later assessment reports) produce it; the
 * renderers know nothing about what a document is about. Text is plain Unicode; typography
 * (quotes, dashes, non-breaking spaces) is applied by the renderers, see typography.ts.
 */
export interface ExportDocument {
  readonly meta: DocumentMeta
  readonly sections: readonly Section[]
}

export interface DocumentMeta {
  readonly lang: Language
  readonly locale: Locale
  readonly title: string
  readonly subtitle: string
  /** "Internal version (complete)", "nur umgesetzte Maßnahmen" … under the subtitle. */
  readonly edition: string
  /** Printed prominently on the cover and in the header of every page. */
  readonly confidential: string | null
  readonly organisation: string
  readonly documentId: string
  /** The label/value table of the cover page. */
  readonly cover: ReadonlyArray<readonly [string, string]>
  /** Small print under the cover table. */
  readonly coverNote: string
  /** Words the renderers need. */
  readonly labels: { readonly contents: string; readonly page: string; readonly continued: string }
  /** Document properties (PDF info dictionary, DOCX core properties). */
  readonly properties: { readonly author: string; readonly subject: string; readonly keywords: string }
}

/**
 * A heading with what follows it. Level 1 sections are chapters, level 2 the entries of a chapter
 * (one activity, one control area). Both are in the table of contents and the PDF outline.
 */
export interface Section {
  readonly id: string
  readonly level: 1 | 2
  readonly title: string
  /** A short note next to the title, e.g. "archiviert am 01.02.2026". */
  readonly marker?: string
  readonly newPage: boolean
  readonly blocks: readonly Block[]
}

export type Block = Paragraph | Fields | Table

export interface Paragraph {
  readonly type: 'paragraph'
  readonly text: string
  readonly style?: 'body' | 'note'
}

/** Label/value rows in a fixed order: a row is never split across pages. */
export interface Fields {
  readonly type: 'fields'
  readonly rows: readonly FieldRow[]
}

export interface FieldRow {
  readonly label: string
  /** The legal reference printed under the label. */
  readonly ref?: string
  /** Text, or a list (printed as bullets). */
  readonly value: string | readonly string[]
}

/** A table whose header row repeats on every page it crosses; rows are never split. */
export interface Table {
  readonly type: 'table'
  readonly caption?: { readonly label: string; readonly ref?: string }
  readonly columns: readonly Column[]
  readonly rows: ReadonlyArray<readonly string[]>
}

export interface Column {
  readonly header: string
  /** Relative width. */
  readonly width: number
}

/** Progress of a long export: `done` of `total` units of the phase. */
export type Progress = (p: { readonly phase: 'collect' | 'render' | 'write'; readonly done: number; readonly total: number }) => void

/** Lets the event loop serve other calls between two pieces of a long rendering. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
