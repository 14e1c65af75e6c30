import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  patchDocument,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { strFromU8, strToU8, unzipSync, zip, type AsyncZippable } from 'fflate'
import { heading, paragraph, run, table, tocField, type Cell } from './docx-xml'
import { font, FONT_FAMILY } from './fonts'
import type { Block, ExportDocument, FieldRow, Progress, Section } from './model'
import { yieldToEventLoop } from './model'
import { typeset } from './typography'

/**
 * ExportDocument → DOCX (A4). Headings are real Heading 1/2 paragraphs with bookmarks, the table of
 * contents a real TOC field, the footer says "page x of y" with PAGE and NUMPAGES fields; table
 * header rows repeat and rows never split; DejaVu Sans is embedded. The docx library makes the
 * package (styles, numbering, fonts, cover, header, footer); the body is written as text
 * (docx-xml.ts) and put in place of a placeholder. For a short document docx's Word-compatible
 * layout then writes the TOC's page numbers; a long one leaves them to Word, which updates the
 * fields when it opens the document.
 */
const PAGE = { width: 11906, height: 16838 } as const
const MARGIN = { top: 1480, bottom: 1320, left: 1240, right: 1120, header: 700, footer: 620 } as const
const CONTENT = PAGE.width - MARGIN.left - MARGIN.right
const COLOR = { text: '1A1F29', muted: '5B6472', accent: '1F4E79', rule: 'B8C0CC', fill: 'E9EDF2', zebra: 'F6F8FA', warn: '9C1C1C' } as const
/** Half-points. */
const SIZE = { body: 18, small: 15, table: 16, label: 17, ref: 14, h1: 32, h2: 25 } as const
/** docx's page layout is exact but slow; it writes the TOC page numbers of documents up to this many sections. */
const MAX_ESTIMATED_SECTIONS = 20
const PLACEHOLDER = '@@DPO-WORKBENCH-BODY@@'

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const

export async function renderDocx(document: ExportDocument, onProgress?: Progress): Promise<Buffer> {
  const estimate = document.sections.length <= MAX_ESTIMATED_SECTIONS
  const packageBytes = await Packer.toBuffer(packageDocument(document, !estimate))
  const files = unzipSync(new Uint8Array(packageBytes))
  const xml = strFromU8(files['word/document.xml'])
  const at = xml.indexOf(PLACEHOLDER)
  const start = xml.lastIndexOf('<w:p>', at)
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
  // The numbering instance docx made for the bullets (the placeholder paragraph refers to it).
  const bullet = Number(/<w:numId w:val="(\d+)"\/>/.exec(xml.slice(start, end))?.[1] ?? 1)
  const body = await bodyXml(document, bullet, (done) => onProgress?.({ phase: 'render', done, total: document.sections.length }))
  files['word/document.xml'] = strToU8(xml.slice(0, start) + body + xml.slice(end))
  const bytes = await zipAsync(files)
  if (!estimate) return bytes
  // Lays the pages out as Word does and writes the page numbers of the TOC and of NUMPAGES.
  return patchDocument({ outputType: 'nodebuffer', data: bytes, patches: {}, pageNumbers: estimatePageNumbers })
}

function zipAsync(files: Record<string, Uint8Array>): Promise<Buffer> {
  const input: AsyncZippable = {}
  // Compressed off the main thread (fflate's workers); the fonts only lightly, they gain little.
  for (const [name, data] of Object.entries(files)) input[name] = [data, { level: name.endsWith('.odttf') ? 1 : 6 }]
  return new Promise((resolve, reject) => zip(input, (error, data) => (error ? reject(error) : resolve(Buffer.from(data.buffer, data.byteOffset, data.byteLength)))))
}

/** The body: the TOC field, then every section; yields to the event loop as it goes. */
async function bodyXml(document: ExportDocument, bullet: number, progress: (done: number) => void): Promise<string> {
  const { meta } = document
  const ts = (text: string): string => typeset(text, meta.locale)
  const bookmark = (i: number) => ({ id: i + 1, name: `_Toc${String(i + 1).padStart(6, '0')}` })
  const parts: string[] = [
    paragraph(run(ts(meta.labels.contents), { bold: true, size: SIZE.h1, color: COLOR.accent }), { after: 200 }),
    tocField(
      document.sections.map((s, i) => ({ level: s.level, text: ts(s.title), bookmark: bookmark(i).name })),
      CONTENT
    )
  ]
  const lines = (text: string, size: number): string => text.split('\n').map((line) => paragraph(run(ts(line), { size }), { after: 40 })).join('')
  const value = (v: FieldRow['value']): string =>
    typeof v === 'string' ? paragraph(run(ts(v), { size: SIZE.body }), { after: 40 }) : v.map((item) => paragraph(run(ts(item), { size: SIZE.body }), { after: 40, bullet: v.length > 1 ? bullet : undefined })).join('')
  const block = (b: Block): string => {
    if (b.type === 'paragraph') return lines(b.text, b.style === 'note' ? SIZE.small : SIZE.body)
    if (b.type === 'fields') {
      const label = Math.round(CONTENT * 0.3)
      const rows = b.rows.map((row) => ({
        cells: [
          { content: paragraph(run(ts(row.label), { bold: true, size: SIZE.label })) + (row.ref ? paragraph(run(ts(row.ref), { size: SIZE.ref, color: COLOR.muted })) : ''), shade: COLOR.zebra },
          { content: value(row.value) }
        ] satisfies Cell[]
      }))
      return table([label, CONTENT - label], rows, COLOR.rule) + paragraph('', { after: 80 })
    }
    const total = b.columns.reduce((a, c) => a + c.width, 0)
    const widths = b.columns.map((c) => Math.floor((c.width / total) * CONTENT))
    const caption = b.caption
      ? paragraph(run(ts(b.caption.label), { bold: true, size: SIZE.label }), { keepNext: true, before: 160, after: b.caption.ref ? 20 : 60 }) +
        (b.caption.ref ? paragraph(run(ts(b.caption.ref), { size: SIZE.ref, color: COLOR.muted }), { keepNext: true, after: 60 }) : '')
      : ''
    const header = { header: true, cells: b.columns.map((c) => ({ content: paragraph(run(ts(c.header), { bold: true, size: SIZE.table })), shade: COLOR.fill })) }
    const rows = b.rows.map((row) => ({ cells: row.map((text) => ({ content: lines(text, SIZE.table) })) }))
    return caption + table(widths, [header, ...rows], COLOR.rule) + paragraph('', { after: 80 })
  }
  const section = (s: Section, i: number): string =>
    heading(s.level, ts(s.title), bookmark(i), { pageBreakBefore: s.newPage || i === 0 }) +
    (s.marker ? paragraph(run(ts(s.marker), { size: SIZE.small, color: COLOR.warn }), { keepNext: true }) : '') +
    s.blocks.map(block).join('')
  for (let i = 0; i < document.sections.length; i++) {
    parts.push(section(document.sections[i], i))
    if ((i + 1) % 25 === 0) {
      progress(i + 1)
      await yieldToEventLoop()
    }
  }
  progress(document.sections.length)
  return parts.join('')
}

/** The package: styles, numbering, embedded fonts, the cover section and the main section with its header and footer. */
function packageDocument(document: ExportDocument, updateFields: boolean): Document {
  const { meta } = document
  const ts = (text: string): string => typeset(text, meta.locale)
  const textRun = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun => new TextRun({ text: ts(text), ...options })
  const coverCell = (children: Paragraph[], shading?: string): TableCell =>
    new TableCell({ children, ...(shading ? { shading: { fill: shading, type: ShadingType.CLEAR, color: 'auto' } } : {}) })
  const cover = [
    new Paragraph({ children: [textRun(meta.organisation, { bold: true, size: 26, color: COLOR.accent })], border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOR.accent, space: 4 } }, spacing: { after: 2200 } }),
    new Paragraph({ children: [textRun(meta.title, { bold: true, size: 48 })], spacing: { after: 160 } }),
    new Paragraph({ children: [textRun(meta.subtitle, { size: 26 })], spacing: { after: 200 } }),
    new Paragraph({ children: [textRun(meta.edition, { size: 21, color: COLOR.muted })], spacing: { after: 200 } }),
    ...(meta.confidential
      ? [new Paragraph({ children: [textRun(meta.confidential, { bold: true, size: 20, color: COLOR.warn })], border: { top: { style: BorderStyle.SINGLE, size: 8, color: COLOR.warn, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR.warn, space: 4 } } })]
      : []),
    new Paragraph({ children: [], spacing: { after: 1400 } }),
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      columnWidths: [2900, CONTENT - 2900],
      layout: TableLayoutType.FIXED,
      margins: { top: 70, bottom: 70, left: 90, right: 90 },
      borders: { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
      rows: meta.cover.map(
        ([label, text]) =>
          new TableRow({
            cantSplit: true,
            children: [
              coverCell([new Paragraph({ children: [textRun(label, { bold: true, size: SIZE.body, color: COLOR.muted })] })]),
              coverCell([new Paragraph({ children: [textRun(text, { size: /^[0-9a-f]{64}$/.test(text) ? SIZE.ref : SIZE.body })] })])
            ]
          })
      )
    }),
    new Paragraph({ children: [textRun(meta.coverNote, { size: SIZE.small, color: COLOR.muted })], spacing: { before: 400 } })
  ]
  const page = { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN }
  return new Document({
    creator: 'DPO Workbench',
    title: `${meta.title} – ${meta.organisation}`,
    subject: meta.properties.subject,
    keywords: meta.properties.keywords,
    description: meta.documentId,
    fonts: [{ name: FONT_FAMILY, data: font('regular'), bold: font('bold') }],
    features: { updateFields },
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: SIZE.body, color: COLOR.text } },
        heading1: { run: { font: FONT_FAMILY, size: SIZE.h1, bold: true, color: COLOR.accent }, paragraph: { spacing: { before: 240, after: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR.accent, space: 4 } } } },
        heading2: { run: { font: FONT_FAMILY, size: SIZE.h2, bold: true, color: COLOR.text }, paragraph: { spacing: { before: 200, after: 120 } } }
      }
    },
    numbering: {
      config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 240, hanging: 200 } } } }] }]
    },
    sections: [
      { properties: { page }, children: cover },
      {
        properties: { page, type: SectionType.NEXT_PAGE },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
                children: [
                  textRun(`${meta.title} – ${meta.organisation}`, { size: SIZE.small, color: COLOR.muted }),
                  ...(meta.confidential ? [new TextRun({ text: '\t' }), textRun(meta.confidential, { size: SIZE.small, bold: true, color: COLOR.warn })] : [])
                ]
              })
            ]
          })
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
                border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
                children: [textRun(meta.documentId, { size: SIZE.small, color: COLOR.muted }), new TextRun({ text: '\t' }), ...pageOf(meta.labels.page, SIZE.small, COLOR.muted)]
              })
            ]
          })
        },
        // Replaced by the body; it refers to the bullet list so docx writes that numbering instance.
        children: [new Paragraph({ children: [new TextRun(PLACEHOLDER)], numbering: { reference: 'bullets', level: 0 } })]
      }
    ]
  })
}

/** "Seite {page} von {pages}" with PAGE and NUMPAGES fields in place of the placeholders. */
function pageOf(template: string, size: number, color: string): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT], size, color })
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES], size, color })
      return new TextRun({ text: part, size, color })
    })
}
