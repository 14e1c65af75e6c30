import type { Block, ExportDocument, FieldRow, Progress, Section } from './model'
import { yieldToEventLoop } from './model'
import { BOTTOM, COLOR, CONTENT_WIDTH, MARGIN, PAGE, Pen, type Run } from './pdf-pen'
import { drawTable } from './pdf-table'

/**
 * ExportDocument → PDF (A4). The layout runs twice (see Pen): the measuring pass finds the page of
 * every heading and the number of pages, the drawing pass writes the table of contents with those
 * page numbers, the outline (bookmarks), the running header and "page x of y" as it goes. DejaVu
 * Sans is embedded as a subset with a ToUnicode map, so the text is real: searchable and copyable.
 */
interface Anchor {
  readonly section: Section
  readonly page: number
  readonly y: number
}

interface Plan {
  readonly anchors: readonly Anchor[]
  readonly pages: number
}

type OutlineItem = { addItem(title: string, options?: object): OutlineItem }

const SIZE = { body: 9, small: 7.5, table: 8, label: 8.3, ref: 6.8, h1: 16, h2: 12.5 } as const
const TOC_LINE = { 1: 10, 2: 8.8 } as const

export async function renderPdf(document: ExportDocument, onProgress?: Progress): Promise<Buffer> {
  const { meta } = document
  const info = { title: `${meta.title} – ${meta.organisation}`, ...meta.properties }
  const heights = new Map<string, number>()
  const total = document.sections.length * 2
  const plan = await layout(new Pen(meta.locale, info, 'measure', heights), document, null, (done) => onProgress?.({ phase: 'render', done, total }))
  const pen: Pen = new Pen(meta.locale, info, 'draw', heights, (page) => decorate(pen, document, page, plan.pages))
  await layout(pen, document, plan, (done) => onProgress?.({ phase: 'render', done: document.sections.length + done, total }))
  return pen.finish()
}

async function layout(pen: Pen, document: ExportDocument, plan: Plan | null, progress: (done: number) => void): Promise<Plan> {
  const { meta } = document
  const outline = pen.drawing ? { root: pen.doc.outline as unknown as OutlineItem, chapter: null as OutlineItem | null } : null
  pen.addPage()
  drawCover(pen, document)
  pen.addPage()
  await toc(pen, document.sections, plan?.anchors ?? null, meta.labels.contents, outline)
  pen.addPage()
  const anchors: Anchor[] = []
  let done = 0
  for (const section of document.sections) {
    layoutSection(pen, section, anchors, meta.labels.continued, outline)
    if (++done % 10 === 0) {
      progress(done)
      await yieldToEventLoop()
    }
  }
  progress(done)
  return { anchors, pages: pen.pages }
}

/** The outline position of the cursor: XYZ with the page's left edge (pdfkit subtracts `left` from the width). */
const here = (pen: Pen) => ({ fit: false, left: PAGE.width, top: pen.y, zoom: 0 })

function drawCover(pen: Pen, document: ExportDocument): void {
  const { meta } = document
  const x = MARGIN.left
  pen.drawRuns([{ text: meta.organisation, font: 'B', size: 13, color: COLOR.accent }], x, 70, CONTENT_WIDTH)
  pen.rule(98, COLOR.accent, x, PAGE.width - MARGIN.right, 1.2)
  let y = 200
  y += pen.drawRuns([{ text: meta.title, font: 'B', size: 24, color: COLOR.text }], x, y, CONTENT_WIDTH) + 8
  y += pen.drawRuns([{ text: meta.subtitle, font: 'R', size: 13, color: COLOR.text }], x, y, CONTENT_WIDTH) + 10
  y += pen.drawRuns([{ text: meta.edition, font: 'R', size: 10.5, color: COLOR.muted }], x, y, CONTENT_WIDTH) + 8
  if (meta.confidential) {
    const h = pen.runsHeight([{ text: meta.confidential, font: 'B', size: 10 }], CONTENT_WIDTH - 16) + 10
    pen.doc.save().rect(x, y, CONTENT_WIDTH, h).lineWidth(1).strokeColor(COLOR.warn).stroke().restore()
    pen.drawRuns([{ text: meta.confidential, font: 'B', size: 10, color: COLOR.warn }], x + 8, y + 5, CONTENT_WIDTH - 16)
    y += h
  }
  y = Math.max(y + 40, 440)
  const labelWidth = 150
  for (const [label, value] of meta.cover) {
    const valueRuns: Run[] = [{ text: value, font: /^[0-9a-f]{64}$/.test(value) ? 'C' : 'R', size: 9 }]
    const h = Math.max(pen.runsHeight([{ text: label, font: 'B', size: 9 }], labelWidth - 8), pen.runsHeight(valueRuns, CONTENT_WIDTH - labelWidth))
    pen.drawRuns([{ text: label, font: 'B', size: 9, color: COLOR.muted }], x, y, labelWidth - 8)
    pen.drawRuns(valueRuns, x + labelWidth, y, CONTENT_WIDTH - labelWidth)
    y += h + 3
    pen.rule(y, COLOR.rule)
    y += 4
  }
  pen.drawRuns([{ text: meta.coverNote, font: 'R', size: SIZE.small, color: COLOR.muted }], x, Math.max(y + 16, BOTTOM - 40), CONTENT_WIDTH)
}

const tocRun = (s: Section): Run => ({ text: s.title, font: s.level === 1 ? 'B' : 'R', size: TOC_LINE[s.level] })
const tocIndent = (s: Section): number => (s.level === 1 ? 0 : 14)
const TOC_NUMBER = 34

function tocEntryHeight(pen: Pen, s: Section): number {
  return pen.runHeight(tocRun(s), CONTENT_WIDTH - tocIndent(s) - TOC_NUMBER) + (s.level === 1 ? 7 : 3)
}

function heading(pen: Pen, section: Section, anchors: Anchor[], outline: { root: OutlineItem; chapter: OutlineItem | null } | null): void {
  const size = section.level === 1 ? SIZE.h1 : SIZE.h2
  const runs: Run[] = [{ text: section.title, font: 'B', size, color: section.level === 1 ? COLOR.accent : COLOR.text }]
  if (section.marker) runs.push({ text: section.marker, font: 'I', size: SIZE.small, color: COLOR.warn, gap: 2 })
  const h = pen.runsHeight(runs, CONTENT_WIDTH)
  // Keep the heading with the start of what follows it.
  pen.ensure(h + 70)
  anchors.push({ section, page: pen.pages, y: pen.y })
  if (outline) {
    pen.doc.addNamedDestination(section.id, 'XYZ', 0, pen.y - 6, null)
    const title = pen.ts(section.title)
    if (section.level === 1 || !outline.chapter) {
      const item = outline.root.addItem(title, { ...here(pen), expanded: section.level === 1 })
      if (section.level === 1) outline.chapter = item
    } else outline.chapter.addItem(title, here(pen))
  }
  pen.drawRuns(runs, MARGIN.left, pen.y, CONTENT_WIDTH)
  pen.y += h + 3
  if (section.level === 1) pen.rule(pen.y, COLOR.accent, MARGIN.left, PAGE.width - MARGIN.right, 0.9)
  pen.y += section.level === 1 ? 10 : 6
}

function layoutSection(pen: Pen, section: Section, anchors: Anchor[], continued: string, outline: { root: OutlineItem; chapter: OutlineItem | null } | null): void {
  if (pen.y > MARGIN.top) {
    if (section.newPage) pen.addPage()
    else pen.y += 12
  }
  heading(pen, section, anchors, outline)
  for (const block of section.blocks) layoutBlock(pen, block, continued)
}

const valueRuns = (value: FieldRow['value']): Run[] =>
  typeof value === 'string'
    ? [{ text: value || ' ', font: 'R', size: SIZE.body }]
    : value.map((text) => ({ text, font: 'R', size: SIZE.body, bullet: value.length > 1 }))

function layoutBlock(pen: Pen, block: Block, continued: string): void {
  if (block.type === 'paragraph') {
    const runs: Run[] = [{ text: block.text, font: 'R', size: block.style === 'note' ? SIZE.small : SIZE.body, color: block.style === 'note' ? COLOR.muted : COLOR.text }]
    const h = pen.runsHeight(runs, CONTENT_WIDTH)
    pen.ensure(Math.min(h, BOTTOM - MARGIN.top))
    pen.drawRuns(runs, MARGIN.left, pen.y, CONTENT_WIDTH)
    pen.y += h + 6
    return
  }
  if (block.type === 'fields') {
    const labelWidth = Math.round(CONTENT_WIDTH * 0.3)
    drawTable(pen, {
      widths: [labelWidth, CONTENT_WIDTH - labelWidth],
      labelColumn: true,
      continued,
      rows: block.rows.map((row) => [
        [{ text: row.label, font: 'B', size: SIZE.label }, ...(row.ref ? [{ text: row.ref, font: 'R' as const, size: SIZE.ref, color: COLOR.muted, gap: 1.5 }] : [])],
        valueRuns(row.value)
      ])
    })
    pen.y += 8
    return
  }
  const total = block.columns.reduce((a, c) => a + c.width, 0)
  const widths = block.columns.map((c) => (c.width / total) * CONTENT_WIDTH)
  if (block.caption) {
    const caption: Run[] = [{ text: block.caption.label, font: 'B', size: SIZE.label }, ...(block.caption.ref ? [{ text: block.caption.ref, font: 'R' as const, size: SIZE.ref, color: COLOR.muted, gap: 1 }] : [])]
    const h = pen.runsHeight(caption, CONTENT_WIDTH)
    pen.ensure(h + 60)
    pen.drawRuns(caption, MARGIN.left + 4.5, pen.y, CONTENT_WIDTH)
    pen.y += h + 4
  }
  drawTable(pen, {
    widths,
    continued,
    continuation: block.caption ? [{ text: `${block.caption.label} ${continued}`, font: 'B', size: SIZE.label, color: COLOR.muted }] : undefined,
    header: block.columns.map((c) => [{ text: c.header, font: 'CB', size: SIZE.table }]),
    rows: block.rows.map((row) => row.map((cell) => [{ text: cell || ' ', font: 'C' as const, size: SIZE.table }]))
  })
  pen.y += 10
}

/**
 * The table of contents, on as many pages as it needs (the same in both passes: an entry's height
 * does not depend on its page number). The numbers are those the measuring pass found.
 */
async function toc(pen: Pen, sections: readonly Section[], anchors: readonly Anchor[] | null, title: string, outline: { root: OutlineItem } | null): Promise<void> {
  const doc = pen.doc
  outline?.root.addItem(pen.ts(title), here(pen))
  pen.drawRuns([{ text: title, font: 'B', size: SIZE.h1, color: COLOR.accent }], MARGIN.left, pen.y, CONTENT_WIDTH)
  pen.y += 24
  pen.rule(pen.y, COLOR.accent, MARGIN.left, PAGE.width - MARGIN.right, 0.9)
  pen.y += 14
  for (let i = 0; i < sections.length; i++) {
    if (i % 50 === 49) await yieldToEventLoop()
    const s = sections[i]
    const h = tocEntryHeight(pen, s)
    if (pen.y + h > BOTTOM) pen.addPage()
    const indent = tocIndent(s)
    const run = tocRun(s)
    const width = CONTENT_WIDTH - indent - TOC_NUMBER
    const top = pen.y + (s.level === 1 ? 4 : 0)
    pen.y += h
    const anchor = anchors?.[i]
    if (!pen.drawing || !anchor) continue
    pen.drawRuns([run], MARGIN.left + indent, top, width)
    const number = String(anchor.page)
    const lineHeight = pen.runHeight({ ...run, text: 'X' }, width)
    const textHeight = pen.runHeight(run, width)
    const lastLineY = top + textHeight - lineHeight
    if (textHeight < lineHeight * 1.5) {
      // Dotted leader from the end of the title to the page number.
      const from = MARGIN.left + indent + pen.widthOf(run.text, run) + 4
      const to = PAGE.width - MARGIN.right - pen.widthOf(number, run) - 4
      const y = lastLineY + run.size * 0.85
      if (to > from) doc.save().moveTo(from, y).lineTo(to, y).dash(0.6, { space: 2.4 }).lineWidth(0.6).strokeColor(COLOR.muted).stroke().undash().restore()
    }
    doc.font(run.font).fontSize(run.size).fillColor(COLOR.text).text(number, PAGE.width - MARGIN.right - TOC_NUMBER, lastLineY, { width: TOC_NUMBER, align: 'right', lineBreak: false })
    doc.goTo(MARGIN.left + indent, top, CONTENT_WIDTH - indent, textHeight, s.id)
  }
}

/** Running header and "page x of y" of one page (all but the cover). */
function decorate(pen: Pen, document: ExportDocument, page: number, pages: number): void {
  const { meta } = document
  const doc = pen.doc
  pen.inMargin(() => {
    const left = pen.ts(`${meta.title} – ${meta.organisation}`)
    const right = pen.ts(meta.confidential ?? '')
    const rightWidth = right ? pen.widthOf(right, { font: 'B', size: SIZE.small }) + 12 : 0
    doc.font('R').fontSize(SIZE.small).fillColor(COLOR.muted)
    doc.text(left, MARGIN.left, 40, { width: CONTENT_WIDTH - rightWidth, height: SIZE.small * 1.4, lineBreak: false, ellipsis: true })
    if (right) doc.font('B').fillColor(COLOR.warn).text(right, PAGE.width - MARGIN.right - rightWidth, 40, { width: rightWidth, align: 'right', lineBreak: false })
    pen.rule(54, COLOR.rule)
    const footY = PAGE.height - 44
    pen.rule(footY - 6, COLOR.rule)
    doc.font('R').fontSize(SIZE.small).fillColor(COLOR.muted)
    doc.text(meta.documentId, MARGIN.left, footY, { width: CONTENT_WIDTH / 2, lineBreak: false })
    const number = meta.labels.page.replace('{page}', String(page)).replace('{pages}', String(pages))
    doc.text(number, MARGIN.left + CONTENT_WIDTH / 2, footY, { width: CONTENT_WIDTH / 2, align: 'right', lineBreak: false })
  })
  doc.fillColor(COLOR.text)
}
