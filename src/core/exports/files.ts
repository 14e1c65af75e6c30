import { createHash } from 'node:crypto'
import type { RopaFormat, RopaKind } from '../../shared/exports'
import type { Language } from '../../shared/model'

export const MIME: Record<RopaFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json'
}

export type DocumentKind = RopaKind | 'toms' | 'changes' | 'assessment'

const prefixes: Record<DocumentKind, string> = {
  'gdpr-controller': 'ROPA-GDPR-C',
  'gdpr-processor': 'ROPA-GDPR-P',
  revdsg: 'ROPA-DSG-C',
  'revdsg-processor': 'ROPA-DSG-P',
  toms: 'TOM',
  changes: 'CHG',
  assessment: 'ASM'
}

const names: Record<DocumentKind, Record<Language, string>> = {
  'gdpr-controller': { de: 'VVT Art. 30 Abs. 1 DSGVO', en: 'RoPA Art. 30(1) GDPR' },
  'gdpr-processor': { de: 'VVT Auftragsverarbeiter Art. 30 Abs. 2 DSGVO', en: 'RoPA processor Art. 30(2) GDPR' },
  revdsg: { de: 'Bearbeitungsverzeichnis Art. 12 DSG', en: 'Record of processing Art. 12 FADP' },
  'revdsg-processor': { de: 'Bearbeitungsverzeichnis Auftragsbearbeiter Art. 12 Abs. 3 DSG', en: 'Record of processing processor Art. 12(3) FADP' },
  toms: { de: 'TOM-Anlage', en: 'TOM annex' },
  changes: { de: 'Änderungen', en: 'Changes' },
  assessment: { de: 'Prüfbericht', en: 'Assessment report' }
}

const pad = (n: number): string => String(n).padStart(2, '0')
const day = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** "ROPA-GDPR-C-20260115-7F3A9C2B": kind, day, the first eight digits of the export id. */
export function documentIdOf(kind: DocumentKind, exportId: string, at: Date): string {
  return `${prefixes[kind]}-${day(at).replaceAll('-', '')}-${exportId.replaceAll('-', '').slice(0, 8).toUpperCase()}`
}

/** "VVT Art. 30 Abs. 1 DSGVO – Helvetia Shop AG – 2026-01-15 (intern).pdf", nothing a file system minds. */
export function fileNameOf(kind: DocumentKind, lang: Language, organisation: string, at: Date, format: RopaFormat, extra = ''): string {
  const safe = (s: string): string => s.replace(/[\\/:*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim()
  return `${safe(`${names[kind][lang]} – ${organisation} – ${day(at)}${extra ? ` (${extra})` : ''}`).slice(0, 180)}.${format}`
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
