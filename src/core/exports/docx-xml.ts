/**
 * WordprocessingML written as text: the body of a DOCX (headings with bookmarks, the TOC field,
 * label/value tables, tables with repeating header rows). An object model of a 1,000-activity
 * register costs gigabytes and blocks for seconds while it is serialised; strings cost a few
 * megabytes and are built piece by piece. The package around the body (styles, numbering,
 * embedded fonts, header and footer) still comes from the docx library, see docx.ts.
 */

/** Text for an XML text node or attribute; characters XML 1.0 forbids are dropped. */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export interface RunStyle {
  readonly bold?: boolean
  /** Half-points. */
  readonly size?: number
  readonly color?: string
}

/** One run of text; a line break inside the text becomes <w:br/>. */
export function run(text: string, style: RunStyle = {}): string {
  const props = `${style.bold ? '<w:b/><w:bCs/>' : ''}${style.color ? `<w:color w:val="${style.color}"/>` : ''}${style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : ''}`
  const body = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${esc(line)}</w:t>`)
    .join('<w:br/>')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${body}</w:r>`
}

export interface ParagraphOptions {
  readonly style?: string
  readonly keepNext?: boolean
  readonly pageBreakBefore?: boolean
  /** The w:numId of the bullet list. */
  readonly bullet?: number
  readonly before?: number
  readonly after?: number
  readonly tabRight?: number
}

export function paragraph(content: string, o: ParagraphOptions = {}): string {
  const props =
    (o.style ? `<w:pStyle w:val="${o.style}"/>` : '') +
    (o.keepNext ? '<w:keepNext/>' : '') +
    (o.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (o.bullet !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.bullet}"/></w:numPr>` : '') +
    (o.tabRight !== undefined ? `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${o.tabRight}"/></w:tabs>` : '') +
    (o.before !== undefined || o.after !== undefined ? `<w:spacing${o.before !== undefined ? ` w:before="${o.before}"` : ''}${o.after !== undefined ? ` w:after="${o.after}"` : ''}/>` : '')
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`
}

/** A heading paragraph with the bookmark its TOC entry and PAGEREF point to. */
export function heading(level: 1 | 2, text: string, bookmark: { id: number; name: string }, o: { pageBreakBefore?: boolean }): string {
  return paragraph(`<w:bookmarkStart w:id="${bookmark.id}" w:name="${bookmark.name}"/>${run(text)}<w:bookmarkEnd w:id="${bookmark.id}"/>`, {
    style: `Heading${level}`,
    keepNext: true,
    pageBreakBefore: o.pageBreakBefore
  })
}

const fieldBegin = (instruction: string, dirty: boolean): string =>
  `<w:r><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/></w:r><w:r><w:instrText xml:space="preserve">${esc(instruction)}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
const fieldEnd = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'

/**
 * A real Word TOC field over Heading 1–2, its result already written: one hyperlinked entry per
 * heading with a PAGEREF field for its page. The page numbers are left for Word (the field is
 * dirty, and the document asks to update fields when opened) unless an estimate fills them in.
 */
export function tocField(entries: ReadonlyArray<{ level: 1 | 2; text: string; bookmark: string }>, width: number): string {
  if (entries.length === 0) return ''
  return entries
    .map((e, i) => {
      const link = `<w:hyperlink w:anchor="${e.bookmark}" w:history="1">${run(e.text)}<w:r><w:tab/></w:r>${fieldBegin(`PAGEREF ${e.bookmark} \\h`, true)}${fieldEnd}</w:hyperlink>`
      const begin = i === 0 ? fieldBegin('TOC \\o "1-2" \\h \\z \\u', true) : ''
      const end = i === entries.length - 1 ? fieldEnd : ''
      return paragraph(`${begin}${link}${end}`, { style: `TOC${e.level}`, tabRight: width })
    })
    .join('')
}

export interface Cell {
  readonly content: string
  readonly shade?: string
}

const border = (side: string, color: string, size: number): string => `<w:${side} w:val="${size ? 'single' : 'nil'}" w:sz="${size}" w:space="0" w:color="${color}"/>`

/**
 * A table of fixed column widths (twips). The header row repeats on every page (tblHeader); no
 * row breaks across pages (cantSplit).
 */
export function table(widths: readonly number[], rows: ReadonlyArray<{ readonly header?: boolean; readonly cells: readonly Cell[] }>, rule: string): string {
  const total = widths.reduce((a, b) => a + b, 0)
  const props =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${border('top', rule, 4)}${border('left', rule, 0)}${border('bottom', rule, 4)}${border('right', rule, 0)}${border('insideH', rule, 4)}${border('insideV', rule, 0)}</w:tblBorders>` +
    '<w:tblCellMar><w:top w:w="70" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="70" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : ''}</w:tcPr>${c.content || '<w:p/>'}</w:tc>`)
        .join('')
      return `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`
    })
    .join('')
  return `<w:tbl>${props}${grid}${body}</w:tbl>`
}
