import { randomBytes } from 'node:crypto'
import { expect, test, type Locator, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import type { Locale, MessageKey } from '../../src/shared/i18n'
import { capture, createWorkspace, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The import wizard (#/import) on a new German workspace under GDPR and revDSG: a German record
 * spreadsheet through file → mapping → preview → dry run → import, read back field by field on
 * the detail page; a re-import that changes nothing; a Windows-1252 CSV; an English spreadsheet;
 * and a junk file that is refused with nothing changed.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function xlsx(rows: string[][], build?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build?.(wb)
  const ws = wb.addWorksheet('VVT')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const GERMAN_HEADERS = [
  'Nr.',
  'Bezeichnung der Verarbeitungstätigkeit',
  'Zweck der Verarbeitung',
  'Rechtsgrundlage',
  'Kategorien betroffener Personen',
  'Kategorien personenbezogener Daten',
  'Empfänger',
  'Löschfrist',
  'Verantwortlich'
]
const GERMAN_ROWS = [
  ['1', 'Lohnbuchhaltung', 'Lohn- und Gehaltsabrechnung', 'Art. 6 Abs. 1 lit. b DSGVO; Art. 6 Abs. 1 lit. c DSGVO', 'Beschäftigte', 'Personalstammdaten; Bankverbindung', 'Steuerberater, Krankenkassen', '10 Jahre nach Ende des Kalenderjahres', 'Personalabteilung'],
  ['2', 'Bewerbermanagement', 'Durchführung von Bewerbungsverfahren', '§ 26 BDSG', 'Bewerber', 'Bewerbungsunterlagen\nKontaktdaten', 'Fachabteilungen', '6 Monate nach Abschluss des Verfahrens', 'Personalabteilung'],
  ['3', 'Newsletter', 'Versand des Newsletters', 'Einwilligung', 'Newsletter-Abonnenten', 'Kontaktdaten / Werbepräferenzen und Einwilligungsnachweise', 'Newsletter-Dienstleister', 'bis zum Widerruf', 'Marketing'],
  ['4', 'Kundenverwaltung', 'Vertragsabwicklung; Kundenservice', 'Vertrag', 'Kunden', 'Kontaktdaten; Vertrags- und Bestelldaten', 'IT-Dienstleister', '10 Jahre', 'Vertrieb']
]

const CSV = [
  'Bezeichnung;Zwecke;Rechtsgrundlage;Betroffene;Datenkategorien;Empfänger;Löschfrist;Fachbereich',
  'Mitgliederverwaltung;"Verwaltung der Mitglieder',
  'Beitragseinzug";Vertrag;Mitglieder;"Kontaktdaten; Zahlungs- und Bankdaten";Bank;3 Jahre nach Austritt;Geschäftsstelle',
  'Spendenverwaltung;Spendenquittungen;"Art. 6 Abs. 1 lit. c DSGVO";Spender;Zahlungs- und Bankdaten;Finanzamt;10 Jahre;Kasse'
].join('\r\n')

const ENGLISH = [
  ['Name of processing activity', 'Purposes', 'Legal basis', 'Data subjects', 'Categories of personal data', 'Recipients', 'Retention', 'Owner'],
  ['Payroll', 'Salary payment', 'Art. 6(1)(b) GDPR', 'Employees', 'Payroll, social-security and tax data', 'Tax advisor', '10 years', 'HR'],
  ['CRM', 'Customer care', 'legitimate interests', 'Customers', 'Contact details', 'CRM vendor', '3 years after last contact', 'Sales']
]

interface Ctx {
  readonly page: Page
  readonly main: Locator
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string
}

async function openImport({ page, main, t }: Ctx): Promise<void> {
  await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.import'), exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: t('imp.heading') })).toBeVisible()
}

async function chooseFile({ main, t }: Ctx, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await main.getByLabel(t('imp.file.label')).setInputFiles({ name, mimeType, buffer })
}

const mappingSelect = ({ main, t }: Ctx, column: string): Locator => main.getByRole('combobox', { name: t('imp.mapping.select', { column }), exact: true })
const counts = ({ main }: Ctx): Locator => main.getByTestId('imp-counts')
const count = (ctx: Ctx, action: 'create' | 'update' | 'unchanged' | 'skip'): Locator => counts(ctx).locator(`.imp-count-${action} .imp-count-value`)
const previewRows = ({ main }: Ctx): Locator => main.locator('table.imp-preview tbody tr')

async function toPreview(ctx: Ctx): Promise<void> {
  await ctx.main.getByRole('button', { name: ctx.t('imp.mapping.toPreview') }).click()
  await expect(ctx.main.getByRole('heading', { level: 2, name: ctx.t('imp.preview.heading') })).toBeVisible()
}

async function openActivities({ page, main, t }: Ctx): Promise<Locator> {
  await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.activities'), exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: t('nav.activities') })).toBeVisible()
  return main
}

test('import wizard: German XLSX with dry run, detail check, re-import unchanged, Windows-1252 CSV, English XLSX, junk refused', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByRole('checkbox', { name: de('regime.revdsg') }).check()
  await expect(form.getByRole('checkbox', { name: de('regime.gdpr') })).toBeChecked()
  await createWorkspace(page, { file: uniqueName('import'), organisation: `Import GmbH ${uniqueName('org')}`, passphrase: 'Tannenzapfen Regenbogen Fahrrad 2042' })
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
  const locale = ((await page.locator('html').getAttribute('lang')) ?? 'de') as Locale
  expect(['de', 'de-CH']).toContain(locale)
  const main = page.getByRole('main')
  const ctx: Ctx = { page, main, t: (key, params) => text(locale, key, params) }
  const { t } = ctx

  // ----- Step 1: the German record (with a hidden sheet the wizard marks) -----
  const german = await xlsx([GERMAN_HEADERS, ...GERMAN_ROWS], (wb) => {
    const old = wb.addWorksheet('Alt', { state: 'hidden' })
    old.addRow(['Bezeichnung der Verarbeitungstätigkeit'])
    old.addRow(['Soll nicht importiert werden'])
  })
  await openImport(ctx)
  await expect(main.getByRole('list', { name: t('imp.steps') }).getByText(t('imp.step.file'))).toHaveAttribute('aria-current', 'step')
  await capture(page, 'import-1-empty')
  await chooseFile(ctx, 'VVT.xlsx', XLSX, german)
  await expect(main.getByTestId('imp-rowcount')).toHaveText('4')
  const sheets = main.getByRole('group', { name: t('imp.file.sheets') })
  await expect(sheets.getByRole('radio', { name: 'VVT' })).toBeChecked()
  await expect(sheets.locator('label', { hasText: 'Alt' }).getByText(t('imp.file.hidden'))).toBeVisible()
  await expect(sheets.locator('label', { hasText: 'VVT' }).getByText(t('imp.file.hidden'))).toHaveCount(0)
  await expect(main.getByText(text(locale, 'import.issue.sheet.hidden', { sheet: 'Alt' }))).toBeVisible()

  // ----- Step 2: mapping, with the suggestions preselected; save it for later -----
  await expect(mappingSelect(ctx, 'Bezeichnung der Verarbeitungstätigkeit')).toHaveValue('name')
  await expect(mappingSelect(ctx, 'Zweck der Verarbeitung')).toHaveValue('purposes')
  await expect(mappingSelect(ctx, 'Kategorien betroffener Personen')).toHaveValue('dataSubjects')
  await expect(mappingSelect(ctx, 'Kategorien personenbezogener Daten')).toHaveValue('dataCategories')
  await expect(mappingSelect(ctx, 'Löschfrist')).toHaveValue('retention')
  await expect(mappingSelect(ctx, 'Rechtsgrundlage')).toHaveValue('legalBases')
  await main.getByLabel(t('imp.mapping.name')).fill('VVT Standard')
  await main.getByRole('button', { name: t('imp.mapping.save') }).click()
  await expect(main.getByText(t('imp.mapping.savedOk', { name: 'VVT Standard' }))).toBeVisible()
  await capture(page, 'import-2-mapping')

  // ----- Step 3: preview — four new activities, new linked entries listed -----
  await toPreview(ctx)
  await expect(count(ctx, 'create')).toHaveText('4')
  await expect(count(ctx, 'update')).toHaveText('0')
  await expect(count(ctx, 'unchanged')).toHaveText('0')
  await expect(count(ctx, 'skip')).toHaveText('0')
  await expect(previewRows(ctx)).toHaveCount(4)
  await expect(main.locator('table.imp-preview tbody tr[data-action="create"]')).toHaveCount(4)
  await expect(previewRows(ctx).first()).toContainText('Lohnbuchhaltung')
  await expect(previewRows(ctx).first()).toContainText(t('imp.action.create'))
  // The legal basis "§ 26 BDSG" cannot be matched for sure: a note next to the cell.
  await expect(previewRows(ctx).nth(1).locator('.imp-warning')).toContainText('§ 26 BDSG')
  await expect(main.getByText(`${t('nav.recipients')}: Steuerberater`)).toBeVisible()
  await capture(page, 'import-3-preview')

  // ----- Dry run: a report, nothing written -----
  await main.getByRole('button', { name: t('imp.dryRun'), exact: true }).click()
  const report = main.getByTestId('imp-report')
  await expect(report.getByRole('heading', { level: 2, name: t('imp.report.dryHeading') })).toBeVisible()
  await expect(report.getByText(t('imp.report.dryNote'))).toBeVisible()
  await expect(report.getByTestId('imp-created')).toHaveText('4')
  await expect(report.getByTestId('imp-backup')).toHaveText(t('imp.report.noBackup'))
  await expect(report.getByText('Lohnbuchhaltung')).toBeVisible()
  await capture(page, 'import-4-dryrun')
  await openActivities(ctx)
  await expect(main.getByText(t('rv.empty.activities'))).toBeVisible()
  await expect(main.getByRole('link', { name: 'Lohnbuchhaltung' })).toHaveCount(0)

  // ----- Import for real (the wizard again: the dry run kept nothing) -----
  await openImport(ctx)
  await chooseFile(ctx, 'VVT.xlsx', XLSX, german)
  await toPreview(ctx)
  await expect(count(ctx, 'create')).toHaveText('4')
  await main.getByRole('button', { name: t('imp.run'), exact: true }).click()
  await expect(report.getByRole('heading', { level: 2, name: t('imp.report.heading') })).toBeVisible()
  await expect(report.getByText(t('imp.report.done'))).toBeVisible()
  await expect(report.getByTestId('imp-created')).toHaveText('4')
  await expect(report.getByTestId('imp-updated')).toHaveText('0')
  await expect(report.getByTestId('imp-skipped')).toHaveText('0')
  await expect(report.getByTestId('imp-backup')).toHaveText(/\.pre-import\..+\.dpo$/)
  await expect(report.getByRole('link', { name: /Steuerberater$/ })).toBeVisible()
  await expect(report.getByRole('link', { name: /Kundenverwaltung$/ })).toBeVisible()
  await expect(main.getByRole('list', { name: t('imp.steps') }).getByText(t('imp.step.report'))).toHaveAttribute('aria-current', 'step')
  await capture(page, 'import-5-report')

  // ----- The registry has the four; one read back field by field -----
  await openActivities(ctx)
  for (const name of ['Lohnbuchhaltung', 'Bewerbermanagement', 'Newsletter', 'Kundenverwaltung']) await expect(main.getByRole('link', { name, exact: true })).toBeVisible()
  await capture(page, 'import-6-registry')
  await main.getByRole('link', { name: 'Lohnbuchhaltung', exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: /Lohnbuchhaltung/ })).toBeVisible()
  await expect(main.getByLabel(t('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue('Lohn- und Gehaltsabrechnung')
  const chips = (label: MessageKey): Locator => main.getByRole('list', { name: t('picker.selected', { label: t(label) }) })
  await expect(chips('field.activities.dataSubjectIds').getByRole('link', { name: /Beschäftigte$/ })).toBeVisible()
  await expect(chips('field.activities.dataCategoryIds').getByRole('link', { name: /Personalstammdaten$/ })).toBeVisible()
  await expect(chips('field.activities.dataCategoryIds').getByRole('link', { name: /Bankverbindung$/ })).toBeVisible()
  await expect(chips('field.activities.recipientIds').getByRole('link', { name: /Steuerberater$/ })).toBeVisible()
  await expect(chips('field.activities.recipientIds').getByRole('link', { name: /Krankenkassen$/ })).toBeVisible()
  await expect(main.getByLabel(t('field.activities.owner'), { exact: true })).toHaveValue('Personalabteilung')
  await capture(page, 'import-7-detail')

  // ----- Re-import the same file: all unchanged; the saved mapping applies -----
  await openImport(ctx)
  await chooseFile(ctx, 'VVT.xlsx', XLSX, german)
  await main.getByRole('combobox', { name: t('imp.mapping.savedSelect') }).selectOption('VVT Standard')
  await main.getByRole('button', { name: t('imp.mapping.load') }).click()
  await expect(main.getByText(t('imp.mapping.loaded', { name: 'VVT Standard' }))).toBeVisible()
  await toPreview(ctx)
  await expect(count(ctx, 'unchanged')).toHaveText('4')
  await expect(count(ctx, 'create')).toHaveText('0')
  await expect(count(ctx, 'update')).toHaveText('0')
  await expect(main.locator('table.imp-preview tbody tr[data-action="unchanged"]')).toHaveCount(4)
  await capture(page, 'import-8-reimport')

  // ----- A Windows-1252 CSV with semicolons and a quoted line break: umlauts intact -----
  await main.getByRole('button', { name: t('imp.file.again') }).click()
  await chooseFile(ctx, 'vvt.csv', 'text/csv', Buffer.from(CSV, 'latin1'))
  await expect(main.getByTestId('imp-rowcount')).toHaveText('2')
  await expect(main.getByText(text(locale, 'import.issue.encoding.windows1252'))).toBeVisible()
  await expect(mappingSelect(ctx, 'Empfänger')).toHaveValue('recipients')
  await expect(mappingSelect(ctx, 'Fachbereich')).toHaveValue('owner')
  await capture(page, 'import-9-csv-mapping')
  await toPreview(ctx)
  await expect(count(ctx, 'create')).toHaveText('2')
  await main.getByRole('button', { name: t('imp.run'), exact: true }).click()
  await expect(report.getByTestId('imp-created')).toHaveText('2')
  await openActivities(ctx)
  await main.getByRole('link', { name: 'Mitgliederverwaltung', exact: true }).click()
  await expect(main.getByLabel(t('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue('Verwaltung der Mitglieder')
  await expect(main.getByLabel(t('list.item.purposes', { n: 2 }), { exact: true })).toHaveValue('Beitragseinzug')
  await expect(main.getByLabel(t('field.activities.owner'), { exact: true })).toHaveValue('Geschäftsstelle')
  await expect(chips('field.activities.dataCategoryIds').getByRole('link', { name: /Zahlungs- und Bankdaten$/ })).toBeVisible()

  // ----- An English spreadsheet -----
  await openImport(ctx)
  await chooseFile(ctx, 'record.xlsx', XLSX, await xlsx(ENGLISH))
  await expect(mappingSelect(ctx, 'Name of processing activity')).toHaveValue('name')
  await expect(mappingSelect(ctx, 'Purposes')).toHaveValue('purposes')
  await toPreview(ctx)
  await expect(count(ctx, 'create')).toHaveText('2')
  await main.getByRole('button', { name: t('imp.run'), exact: true }).click()
  await expect(report.getByTestId('imp-created')).toHaveText('2')
  await openActivities(ctx)
  await main.getByRole('link', { name: 'Payroll', exact: true }).click()
  await expect(main.getByLabel(t('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue('Salary payment')
  await expect(main.getByLabel(t('field.activities.owner'), { exact: true })).toHaveValue('HR')

  // ----- Junk named .xlsx: a clear error, nothing changed -----
  await openActivities(ctx)
  const rows = main.getByRole('table', { name: t('nav.activities') }).getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows).toHaveCount(8)
  await openImport(ctx)
  await chooseFile(ctx, 'junk.xlsx', XLSX, randomBytes(4000))
  const alert = main.getByRole('alert')
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(new RegExp(escape(t('error.IMPORT_INVALID').split('{reason}')[0]!.trim())))
  await expect(alert).toContainText(new RegExp(escape(t('error.IMPORT_INVALID').split('{reason}')[1]!.replace(/^[.\s]+/, '').trim())))
  await expect(main.getByRole('heading', { level: 2, name: t('imp.mapping.heading') })).toHaveCount(0)
  await capture(page, 'import-10-junk')
  await openActivities(ctx)
  await expect(rows).toHaveCount(8)

  expect(errors).toEqual([])
})
