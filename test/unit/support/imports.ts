import { randomBytes } from 'node:crypto'
import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'

/**
 * The import files the tests read: realistic German and English record spreadsheets, CSV files in
 * the encodings people send, and the bad-file corpus (broken, huge and hostile files). Used by
 * imports.test.ts (through the core) and worker.test.ts (the same files through the worker thread).
 */

export const b64 = (buf: Buffer | Uint8Array): string => Buffer.from(buf).toString('base64')

export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export const sheetOf = (rows: Array<Array<string | number | ExcelJS.CellValue>>) => (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet('VVT')
  for (const r of rows) ws.addRow(r)
}

export const GERMAN_HEADERS = [
  'Nr.',
  'Bezeichnung der Verarbeitungstätigkeit',
  'Zweck der Verarbeitung',
  'Rechtsgrundlage',
  'Kategorien betroffener Personen',
  'Kategorien personenbezogener Daten',
  'Empfänger',
  'Drittlandübermittlung',
  'Löschfrist',
  'TOM',
  'Verantwortlich',
  'Status'
]
export const GERMAN_ROWS = [
  ['1', 'Lohnbuchhaltung', 'Lohn- und Gehaltsabrechnung', 'Art. 6 Abs. 1 lit. b DSGVO; Art. 6 Abs. 1 lit. c DSGVO', 'Beschäftigte', 'Personalstammdaten; Bankverbindung', 'Steuerberater, Krankenkassen', 'keine', '10 Jahre nach Ende des Kalenderjahres', 'Zugriff nur Personalabteilung', 'Personalabteilung', 'freigegeben'],
  ['2', 'Bewerbermanagement', 'Durchführung von Bewerbungsverfahren', '§ 26 BDSG', 'Bewerber', 'Bewerbungsunterlagen\nKontaktdaten', 'Fachabteilungen', 'nein', '6 Monate nach Abschluss des Verfahrens', '', 'Personalabteilung', 'Entwurf'],
  ['3', 'Newsletter', 'Versand des Newsletters', 'Einwilligung', 'Newsletter-Abonnenten', 'Kontaktdaten / Werbepräferenzen und Einwilligungsnachweise', 'Newsletter-Dienstleister', 'USA (SCC)', 'bis zum Widerruf', 'Double-Opt-in', 'Marketing', 'in Prüfung'],
  ['4', 'Kundenverwaltung', 'Vertragsabwicklung; Kundenservice', 'Vertrag', 'Kunden', 'Kontaktdaten; Vertrags- und Bestelldaten', 'IT-Dienstleister', 'keine', '10 Jahre', '', 'Vertrieb', 'freigegeben'],
  ['5', 'Videoüberwachung Eingang', 'Schutz vor Einbruch', 'Art. 6 Abs. 1 lit. f DSGVO', 'Besucher vor Ort; Beschäftigte', 'Bild- und Videodaten', '', 'keine', '72 Stunden', 'Zugriff protokolliert', 'Facility Management', 'Entwurf'],
  ['6', 'Zeiterfassung', 'Erfassung der Arbeitszeit', 'Rechtliche Verpflichtung', 'Beschäftigte', 'Arbeitszeitdaten', 'Lohnbuchhaltung extern', 'keine', '2 Jahre', '', 'Personalabteilung', 'freigegeben'],
  ['7', 'Buchhaltung', 'Finanzbuchhaltung', 'Art. 6 Abs. 1 lit. c DSGVO', 'Kunden; Lieferanten und Dienstleister (Ansprechpartner)', 'Zahlungs- und Bankdaten', 'Steuerberater', 'keine', '10 Jahre', '', 'Finanzen', 'freigegeben'],
  ['8', 'Website-Analyse', 'Reichweitenmessung', 'consent', 'Website-Besucher', 'Online-Kennungen; Nutzungs- und Protokolldaten', 'Analyse-Anbieter', 'USA, Indien', '14 Monate', '', 'Marketing', 'Entwurf']
]

/** The German record spreadsheet: one sheet "VVT", a header row and eight activities. */
export const germanWorkbook = (): Promise<Buffer> => xlsx(sheetOf([GERMAN_HEADERS, ...GERMAN_ROWS]))

/** An English workbook with a hidden sheet first, a formula, a merged range, an empty and a duplicate header. */
export const englishWorkbook = (): Promise<Buffer> =>
  xlsx((wb) => {
    const hidden = wb.addWorksheet('Old')
    hidden.state = 'hidden'
    hidden.addRow(['Name of processing activity'])
    hidden.addRow(['Should not be imported'])
    const ws = wb.addWorksheet('Record')
    ws.addRow(['Reference', 'Name of processing activity', 'Purposes', 'Legal basis', 'Data subjects', 'Categories of personal data', 'Recipients', 'Third country transfers', 'Retention', 'Owner', '', 'Notes', 'Notes'])
    ws.addRow(['A-1', 'Payroll', 'Salary payment', 'Art. 6(1)(b) GDPR', 'Employees', 'Payroll, social-security and tax data', 'Tax advisor', 'none', '10 years', 'HR', 'x', 'first note', 'second note'])
    ws.addRow(['A-2', 'CRM', 'Customer care\nSales', 'legitimate interests', 'Customers', 'Contact details', 'CRM vendor', 'United States (DPF)', '3 years after last contact', 'Sales', '', '', ''])
    ws.addRow(['A-3', 'Merged owner', 'Testing', 'Contract', 'Customers', 'Contact details', '', 'none', '1 year', 'Ops', '', '', ''])
    ws.addRow(['A-4', { formula: 'B2&" copy"', result: 'Payroll copy' }, 'Formula row', 'consent', 'Employees', '', '', 'none', '', 'HR', '', '', ''])
    ws.mergeCells('J4:K4')
  })

/** Windows-1252, semicolons, a quoted field with a line break and one with a semicolon. */
export const windows1252Csv = (): Buffer =>
  Buffer.from(
    [
      'Bezeichnung;Zwecke;Rechtsgrundlage;Betroffene;Datenkategorien;Empfänger;Löschfrist;Fachbereich',
      'Mitgliederverwaltung;"Verwaltung der Mitglieder',
      'Beitragseinzug";Vertrag;Mitglieder;"Kontaktdaten; Zahlungs- und Bankdaten";Bank;3 Jahre nach Austritt;Geschäftsstelle',
      '"Spenden; Quittungen";Spendenquittungen;"Art. 6 Abs. 1 lit. c DSGVO";Spender;Zahlungs- und Bankdaten;Finanzamt;10 Jahre;Kasse'
    ].join('\r\n'),
    'latin1'
  )

/** UTF-8 with BOM, commas, and a bad cell in most rows (no name, unknown status, no such date, too long, a duplicate). */
export const BAD_ROWS_CSV = [
  'Bezeichnung,Zweck,Status,Nächste Prüfung,Verantwortlich',
  ',ohne Namen,Entwurf,,',
  'Tätigkeit A,Zweck,erledigt?,,',
  'Tätigkeit B,Zweck,Entwurf,31.02.2025,',
  `Tätigkeit C,Zweck,Entwurf,,${'x'.repeat(400)}`,
  'Tätigkeit D,Zweck,Entwurf,,',
  'tätigkeit d,Zweck doppelt,Entwurf,,'
].join('\n')
export const badRowsCsv = (): Buffer => Buffer.from(`\uFEFF${BAD_ROWS_CSV}`, 'utf8')

/** UTF-8 that was read as Windows-1252 and saved as UTF-8 again ("PrÃ¼fung"). */
export const mojibakeCsv = (): Buffer => Buffer.from(Buffer.from('Bezeichnung;Zweck\nPrüfung;Qualität\n', 'utf8').toString('latin1'), 'utf8')

/** Files that are refused with a typed error, and the error's code. */
export async function refusedFiles(): Promise<Array<{ fileName: string; bytes: Buffer | Uint8Array; code: 'IMPORT_INVALID' | 'IMPORT_TOO_LARGE' }>> {
  const good = await germanWorkbook()
  const types = new TextEncoder().encode('<Types/>')
  return [
    { fileName: 'truncated.xlsx', bytes: good.subarray(0, Math.floor(good.length / 2)), code: 'IMPORT_INVALID' },
    { fileName: 'malformed.xlsx', bytes: Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2000)]), code: 'IMPORT_INVALID' },
    { fileName: 'junk.xlsx', bytes: randomBytes(5000), code: 'IMPORT_INVALID' },
    { fileName: 'junk.csv', bytes: Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(5000)]), code: 'IMPORT_INVALID' },
    { fileName: 'old.xls', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)]), code: 'IMPORT_INVALID' },
    { fileName: 'empty.csv', bytes: Buffer.from('\r\n\r\n'), code: 'IMPORT_INVALID' },
    // Zip bombs: 60 MB of zeros (over the size limit) and 5 MB of zeros (ratio far above 100:1).
    { fileName: 'bomb.xlsx', bytes: zipSync({ '[Content_Types].xml': types, 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }), code: 'IMPORT_TOO_LARGE' },
    { fileName: 'ratio.xlsx', bytes: zipSync({ '[Content_Types].xml': types, 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) }, { level: 9 }), code: 'IMPORT_TOO_LARGE' },
    // 100,000 rows: refused quickly, without reading them all.
    { fileName: 'big.csv', bytes: hugeCsv(), code: 'IMPORT_TOO_LARGE' }
  ]
}

export const hugeCsv = (): Buffer => Buffer.from(['Bezeichnung;Zweck', ...Array.from({ length: 100_000 }, (_, i) => `Tätigkeit ${i};Zweck ${i}`)].join('\n'))

/** JSON imports that are refused: a record export with a malformed entry (with issues), and no JSON at all. */
export const refusedJson = (): Buffer[] => [Buffer.from('{"format":"dpo-workbench/ropa","formatVersion":1,"entries":[{}]}'), Buffer.from('not json')]
