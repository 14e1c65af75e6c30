import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Download, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import type { MessageKey } from '../../src/shared/i18n'
import { capture, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The "Exports" page on the demo workspace (Helvetia Shop AG: Swiss, GDPR and revDSG, so the
 * German UI speaks Swiss German). Each export is downloaded and read back: PDF through pdftotext,
 * XLSX through exceljs, JSON parsed, DOCX checked as a zip; the history shows their SHA-256.
 */
const ch = (key: MessageKey, params?: Record<string, string | number>): string => text('de-CH', key, params)
const DEMO_ACTIVITY = 'Bestellabwicklung im Online-Shop'
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const folder = mkdtempSync(join(tmpdir(), 'dpo-e2e-exports-'))

async function createDemo(page: Page): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('exports'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill('Demo Passphrase fuer Exporte 2026')
  await form.getByLabel(de('create.confirm')).fill('Demo Passphrase fuer Exporte 2026')
  await form.getByRole('button', { name: de('create.demo') }).click()
  await expect(page.getByRole('navigation', { name: de('nav.label') })).toBeVisible({ timeout: 30_000 })
}

interface Saved {
  readonly download: Download
  readonly bytes: Buffer
  readonly path: string
  /** The job's final answer (exports.progress with state "done"), when the export ran as a job. */
  readonly job: { state: string; result?: { sha256: string; exportId: string; fileName: string } } | null
}

/** Clicks "Exportieren", waits for the download and saves it; records the job's final progress answer. */
async function exportAndSave(page: Page, name: string): Promise<Saved> {
  let job: Saved['job'] = null
  const onResponse = async (response: import('@playwright/test').Response): Promise<void> => {
    if (!response.url().endsWith('/api/exports.progress')) return
    const body = (await response.json().catch(() => null)) as { ok: boolean; value?: Saved['job'] } | null
    if (body?.ok && body.value?.state === 'done') job = body.value
  }
  page.on('response', onResponse)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('main').getByRole('button', { name: ch('xp.run'), exact: true }).click()])
  const path = join(folder, `${name}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  await expect(page.getByRole('heading', { level: 2, name: ch('xp.result') })).toBeVisible()
  page.off('response', onResponse)
  return { download, bytes: readFileSync(path), path, job }
}

test('exports: record as PDF, XLSX, JSON; TOM documentation as DOCX; history with SHA-256; progress', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const main = page.getByRole('main')
  await page.getByRole('navigation', { name: de('nav.label') }).getByRole('link', { name: ch('nav.exports') }).click()
  await expect(main.getByRole('heading', { level: 1, name: ch('xp.heading') })).toBeVisible()

  const what = main.getByRole('group', { name: ch('xp.what') })
  const format = main.getByRole('group', { name: ch('xp.format') })
  const language = main.getByRole('group', { name: ch('xp.lang') })
  // Both regimes of the demo company: all four records are offered.
  for (const kind of ['gdpr-controller', 'gdpr-processor', 'revdsg', 'revdsg-processor'] as const) {
    await expect(what.getByRole('radio', { name: ch(`xp.kind.${kind}` as MessageKey) })).toBeVisible()
  }
  await expect(main.getByText(ch('xp.history.empty'))).toBeVisible()
  await capture(page, 'exports-before')

  // ----- GDPR controller record, PDF, German -----
  await what.getByRole('radio', { name: ch('xp.kind.gdpr-controller') }).check()
  await format.getByRole('radio', { name: ch('xp.format.pdf') }).check()
  await language.getByRole('radio', { name: ch('xp.lang.de') }).check()
  // The progress bar shows while the job runs (a short export may finish between two polls).
  const progressSeen = page
    .getByRole('progressbar', { name: ch('xp.progress') })
    .waitFor({ state: 'attached', timeout: 20_000 })
    .then(() => true, () => false)
  const pdf = await exportAndSave(page, 'ropa')
  expect(await progressSeen).toBe(true)
  expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/)
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' })
  expect(pdfText).toContain('Verzeichnis')
  expect(pdfText).toContain(DEMO_ACTIVITY)
  // It ran as a job: the final exports.progress answer carried this very file.
  expect(pdf.job?.result?.sha256).toBe(sha256(pdf.bytes))
  expect(pdf.job?.result?.fileName).toBe(pdf.download.suggestedFilename())
  const shown = main.getByTestId('xp-sha256')
  await expect(shown).toHaveText(sha256(pdf.bytes))
  await capture(page, 'exports-after-pdf')

  // ----- revDSG record as XLSX: one row per activity -----
  await what.getByRole('radio', { name: ch('xp.kind.revdsg') }).check()
  await format.getByRole('radio', { name: ch('xp.format.xlsx') }).check()
  const xlsx = await exportAndSave(page, 'ropa-xlsx')
  expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]!
  const names: string[] = []
  sheet.eachRow((row, n) => {
    if (n > 1) names.push(row.values ? String((row.values as unknown[]).slice(1).join(' | ')) : '')
  })
  expect(names).toHaveLength(20)
  expect(names.some((r) => r.includes(DEMO_ACTIVITY))).toBe(true)

  // ----- The same record as JSON -----
  await format.getByRole('radio', { name: ch('xp.format.json') }).check()
  const json = await exportAndSave(page, 'ropa-json')
  const file = JSON.parse(json.bytes.toString('utf8')) as { meta: { exportId: string; kind: string }; entries: Array<{ name: string }> }
  expect(file.meta.kind).toBe('revdsg')
  expect(file.entries).toHaveLength(20)
  expect(file.entries.map((e) => e.name)).toContain(DEMO_ACTIVITY)
  await expect(main.getByTestId('xp-export-id')).toHaveText(file.meta.exportId)

  // ----- Selected activities only (the picker), CSV with semicolon -----
  await what.getByRole('radio', { name: ch('xp.kind.gdpr-controller') }).check()
  await format.getByRole('radio', { name: ch('xp.format.csv') }).check()
  await main.getByRole('group', { name: ch('xp.scope') }).getByRole('radio', { name: ch('xp.scope.ids') }).check()
  const picker = main.getByRole('group', { name: ch('xp.picker') })
  await expect(main.getByRole('button', { name: ch('xp.run'), exact: true })).toBeDisabled()
  await picker.getByRole('searchbox', { name: ch('xp.picker.search') }).fill('Bestell')
  await picker.getByRole('checkbox', { name: new RegExp(DEMO_ACTIVITY) }).check()
  await expect(main.getByRole('group', { name: ch('xp.csv') }).getByRole('combobox', { name: ch('xp.csv.delimiter') })).toHaveValue(';')
  await capture(page, 'exports-picker')
  const csv = await exportAndSave(page, 'ropa-csv')
  const csvText = csv.bytes.toString('utf8')
  expect(csvText.charCodeAt(0)).toBe(0xfeff)
  expect(csvText).toContain(DEMO_ACTIVITY)
  expect(csvText.split('\r\n')[0]).toContain(';')
  await main.getByRole('group', { name: ch('xp.scope') }).getByRole('radio', { name: ch('xp.scope.all') }).check()

  // ----- TOM documentation as DOCX -----
  await what.getByRole('radio', { name: ch('xp.what.toms') }).check()
  await main.getByRole('group', { name: ch('xp.groupBy') }).getByRole('radio', { name: ch('xp.groupBy.sdmGoal') }).check()
  await format.getByRole('radio', { name: ch('xp.format.docx') }).check()
  const docx = await exportAndSave(page, 'toms')
  expect(docx.download.suggestedFilename()).toMatch(/TOM.*\.docx$/i)
  expect(docx.bytes.subarray(0, 2).toString()).toBe('PK')
  expect(docx.job?.result?.sha256).toBe(sha256(docx.bytes))

  // ----- The history: newest first, each with the SHA-256 of the downloaded bytes -----
  const history = main.getByRole('table', { name: ch('xp.history') })
  const rows = history.getByRole('row')
  await expect(rows).toHaveCount(1 + 5)
  const downloads = [docx, csv, json, xlsx, pdf]
  for (const [i, saved] of downloads.entries()) {
    await expect(rows.nth(i + 1).getByRole('cell').nth(4)).toHaveText(sha256(saved.bytes))
  }

  // ----- Changes since an export (as JSON): the first export, nothing changed since -----
  await main.getByRole('combobox', { name: ch('xp.history.changesFormat') }).selectOption('json')
  const [changes] = await Promise.all([page.waitForEvent('download'), rows.nth(5).getByRole('button', { name: ch('xp.changesSince') }).click()])
  const changesPath = join(folder, `changes-${changes.suggestedFilename()}`)
  await changes.saveAs(changesPath)
  const report = JSON.parse(readFileSync(changesPath, 'utf8')) as Record<string, unknown>
  expect(report).toBeTruthy()
  await expect(rows).toHaveCount(1 + 6)
  await capture(page, 'exports-after')

  expect(errors).toEqual([])
})
