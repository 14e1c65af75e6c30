import PDFDocument from 'pdfkit'
import type { Locale } from '../../shared/i18n/types'
import { font } from './fonts'
import { typeset } from './typography'

/**
 * The page geometry, fonts and the few drawing primitives the PDF layout uses. Everything is laid
 * out top-down with an explicit cursor; pdfkit's own page breaking is never relied on (every piece
 * is measured first), which is what keeps table rows whole.
 */
export const PAGE = { width: 595.28, height: 841.89 } as const
export const MARGIN = { top: 74, bottom: 66, left: 62, right: 56 } as const
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
export const BOTTOM = PAGE.height - MARGIN.bottom

export const COLOR = { text: '#1a1f29', muted: '#5b6472', accent: '#1f4e79', rule: '#b8c0cc', fill: '#e9edf2', zebra: '#f6f8fa', warn: '#9c1c1c' } as const

export type FontName = 'R' | 'B' | 'I' | 'C' | 'CB'

/** A run of text with its style; cells and paragraphs are lists of runs, one paragraph each. */
export interface Run {
  readonly text: string
  readonly font: FontName
  readonly size: number
  readonly color?: string
  /** Drawn as a bullet item with a hanging indent. */
  readonly bullet?: boolean
  /** Space above this paragraph. */
  readonly gap?: number
}

const BULLET_INDENT = 9
const LINE_GAP = 1.2

/**
 * The layout runs twice with the same code: a measuring pass (nothing drawn, no pages kept) that
 * finds the page of every heading and the number of pages, then the drawing pass, which writes the
 * table of contents, "page x of y" and the outline as it goes. Pages are written out as soon as
 * they are full, so memory stays flat however long the document is; measurements are cached
 * between the passes.
 */
export class Pen {
  readonly doc: PDFKit.PDFDocument
  y: number = MARGIN.top
  /** Pages so far (the cover is page 1). */
  pages = 0
  private readonly chunks: Buffer[] = []
  private readonly done: Promise<Buffer>

  constructor(
    readonly locale: Locale,
    info: { title: string; author: string; subject: string; keywords: string },
    readonly mode: 'measure' | 'draw',
    private readonly heights: Map<string, number>,
    /** Called on every page after the first, when it is added (running header, footer). */
    private readonly decorate?: (page: number) => void
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      autoFirstPage: mode === 'measure',
      pdfVersion: '1.7',
      lang: locale === 'en' ? 'en-GB' : locale,
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject, Keywords: info.keywords, Creator: 'DPO Workbench', Producer: 'DPO Workbench (PDFKit)' }
    })
    this.doc.registerFont('R', font('regular'))
    this.doc.registerFont('B', font('bold'))
    this.doc.registerFont('I', font('oblique'))
    this.doc.registerFont('C', font('condensed'))
    this.doc.registerFont('CB', font('condensedBold'))
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk))
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)))
      this.doc.on('error', reject)
    })
  }

  get drawing(): boolean {
    return this.mode === 'draw'
  }

  /** Typeset for print: quotes, dashes, non-breaking spaces. */
  ts(text: string): string {
    return typeset(text, this.locale)
  }

  addPage(): void {
    this.pages++
    this.y = MARGIN.top
    if (!this.drawing) return
    this.doc.addPage()
    if (this.pages > 1) this.decorate?.(this.pages)
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.addPage()
  }

  private style(run: Pick<Run, 'font' | 'size'>): void {
    this.doc.font(run.font).fontSize(run.size)
  }

  /** Height of one paragraph at a width (bullets included). */
  runHeight(run: Run, width: number): number {
    if (!run.text) return 0
    const w = run.bullet ? width - BULLET_INDENT : width
    const key = `${run.font}|${run.size}|${w.toFixed(2)}|${run.text}`
    let h = this.heights.get(key)
    if (h === undefined) {
      this.style(run)
      h = this.doc.heightOfString(this.ts(run.text), { width: w, lineGap: LINE_GAP })
      this.heights.set(key, h)
    }
    return h
  }

  widthOf(text: string, run: Pick<Run, 'font' | 'size'>): number {
    this.style(run)
    return this.doc.widthOfString(this.ts(text))
  }

  runsHeight(runs: readonly Run[], width: number): number {
    return runs.reduce((h, r, i) => h + (r.text ? (i > 0 ? (r.gap ?? 2) : 0) + this.runHeight(r, width) : 0), 0)
  }

  /** Draws paragraphs at (x, y) without moving the cursor; returns the height used. */
  drawRuns(runs: readonly Run[], x: number, y: number, width: number, options: { align?: 'left' | 'right' | 'center' } = {}): number {
    if (!this.drawing) return this.runsHeight(runs, width)
    let top = y
    runs.forEach((run, i) => {
      if (!run.text) return
      if (i > 0) top += run.gap ?? 2
      this.style(run)
      this.doc.fillColor(run.color ?? COLOR.text)
      if (run.bullet) {
        this.doc.text('•', x, top, { lineBreak: false })
        this.doc.text(this.ts(run.text), x + BULLET_INDENT, top, { width: width - BULLET_INDENT, lineGap: LINE_GAP, align: options.align })
      } else this.doc.text(this.ts(run.text), x, top, { width, lineGap: LINE_GAP, align: options.align })
      top += this.runHeight(run, width)
    })
    this.doc.fillColor(COLOR.text)
    return top - y
  }

  /** Writes outside the margins (header, footer) without pdfkit adding a page. */
  inMargin(fn: () => void): void {
    const margins = this.doc.page.margins
    const saved = { ...margins }
    margins.top = 0
    margins.bottom = 0
    try {
      fn()
    } finally {
      margins.top = saved.top
      margins.bottom = saved.bottom
    }
  }

  rule(y: number, color: string = COLOR.rule, x1: number = MARGIN.left, x2: number = PAGE.width - MARGIN.right, width = 0.6): void {
    if (this.drawing) this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore()
  }

  box(x: number, y: number, w: number, h: number, fill: string): void {
    if (this.drawing) this.doc.save().rect(x, y, w, h).fill(fill).restore()
  }

  /**
   * Splits a paragraph so its first part fits `height`: at a line break, else between words.
   * Only for a row taller than a whole page, which is the one case a row may continue.
   */
  splitRun(run: Run, width: number, height: number): [Run, Run] | null {
    const words = run.text.split(/(?<=\s)/)
    let lo = 0
    let hi = words.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (this.runHeight({ ...run, text: words.slice(0, mid).join('') }, width) <= height) lo = mid
      else hi = mid - 1
    }
    if (lo === 0) return null
    return [
      { ...run, text: words.slice(0, lo).join('').trimEnd() },
      { ...run, text: words.slice(lo).join(''), gap: 0 }
    ]
  }

  /** Only in the drawing pass: the measuring pass never ends its document. */
  finish(): Promise<Buffer> {
    this.doc.end()
    return this.done
  }
}
