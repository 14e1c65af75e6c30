import { BOTTOM, COLOR, MARGIN, type Pen, type Run } from './pdf-pen'

/**
 * Tables for the PDF: every row is measured before it is drawn and moved whole to the next page
 * when it does not fit; the header row is drawn again on every page the table continues on. A
 * row taller than a whole page (a very long text) is the only one that continues, marked so.
 */
export interface PdfTable {
  readonly widths: readonly number[]
  readonly header?: ReadonlyArray<readonly Run[]>
  readonly rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>
  /** Shade the first column (label/value tables). */
  readonly labelColumn?: boolean
  /** Appended to the first cell of a row that continues from the previous page. */
  readonly continued: string
  /** Drawn above the repeated header row on every page the table continues on ("Fristen (Fortsetzung)"). */
  readonly continuation?: readonly Run[]
}

const PAD_X = 4.5
const PAD_Y = 3.5

type Cells = ReadonlyArray<readonly Run[]>

function rowHeight(pen: Pen, cells: Cells, widths: readonly number[]): number {
  let h = 0
  cells.forEach((runs, i) => {
    h = Math.max(h, pen.runsHeight(runs, widths[i] - 2 * PAD_X))
  })
  return h + 2 * PAD_Y
}

function drawRow(pen: Pen, cells: Cells, widths: readonly number[], height: number, options: { header?: boolean; labelColumn?: boolean }): void {
  const y = pen.y
  if (options.header) pen.box(MARGIN.left, y, widths.reduce((a, b) => a + b, 0), height, COLOR.fill)
  else if (options.labelColumn) pen.box(MARGIN.left, y, widths[0], height, COLOR.zebra)
  let x = MARGIN.left
  cells.forEach((runs, i) => {
    pen.drawRuns(runs, x + PAD_X, y + PAD_Y, widths[i] - 2 * PAD_X)
    x += widths[i]
  })
  pen.rule(y + height, options.header ? COLOR.muted : COLOR.rule, MARGIN.left, MARGIN.left + widths.reduce((a, b) => a + b, 0), options.header ? 0.8 : 0.5)
  pen.y = y + height
}

/** The runs of a cell that fit `height`, and the rest (null when all fit). */
function splitCell(pen: Pen, runs: readonly Run[], width: number, height: number): [Run[], Run[] | null] {
  const fit: Run[] = []
  let used = 0
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]
    const gap = fit.length ? (run.gap ?? 2) : 0
    const h = pen.runHeight(run, width)
    if (used + gap + h <= height) {
      fit.push(run)
      used += gap + h
      continue
    }
    const parts = pen.splitRun(run, width, height - used - gap)
    if (parts) fit.push(parts[0])
    return [fit, [...(parts ? [parts[1]] : [run]), ...runs.slice(i + 1)]]
  }
  return [fit, null]
}

export function drawTable(pen: Pen, table: PdfTable): void {
  const { widths } = table
  const header = table.header
  const headerHeight = header ? rowHeight(pen, header, widths) : 0
  const drawHeader = (): void => {
    if (header) drawRow(pen, header, widths, headerHeight, { header: true })
  }
  const continuationHeight = table.continuation ? pen.runsHeight(table.continuation, widths.reduce((a, b) => a + b, 0)) + 4 : 0
  const newPage = (): void => {
    pen.addPage()
    if (table.continuation) {
      pen.drawRuns(table.continuation, MARGIN.left + PAD_X, pen.y, widths.reduce((a, b) => a + b, 0))
      pen.y += continuationHeight
    }
    drawHeader()
  }
  const first = table.rows[0]
  pen.ensure(headerHeight + Math.min(first ? rowHeight(pen, first, widths) : 0, 120))
  drawHeader()
  const pageRoom = BOTTOM - MARGIN.top - headerHeight - continuationHeight
  for (const row of table.rows) {
    const h = rowHeight(pen, row, widths)
    if (pen.y + h <= BOTTOM) {
      drawRow(pen, row, widths, h, { labelColumn: table.labelColumn })
      continue
    }
    if (h <= pageRoom) {
      newPage()
      drawRow(pen, row, widths, h, { labelColumn: table.labelColumn })
      continue
    }
    // Taller than a page: fill this page (or the next, if little room is left) and continue.
    if (BOTTOM - pen.y < 60) newPage()
    let rest: Cells = row
    for (;;) {
      const room = BOTTOM - pen.y - 2 * PAD_Y
      const parts = rest.map((runs, i) => splitCell(pen, runs, widths[i] - 2 * PAD_X, room))
      drawRow(pen, parts.map(([fit]) => fit), widths, BOTTOM - pen.y, { labelColumn: table.labelColumn })
      if (parts.every(([, more]) => more === null)) break
      const labelRun = row[0][0]
      rest = parts.map(([, more], i) => {
        if (i === 0 && more === null && table.labelColumn && labelRun) return [{ ...labelRun, text: `${labelRun.text} ${table.continued}` }]
        return more ?? []
      })
      newPage()
    }
  }
}
