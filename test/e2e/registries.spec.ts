import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Locale, MessageKey } from '../../src/shared/i18n'
import { registryKinds } from '../../src/shared/model'
import { capture, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The registry lists as a data-protection officer uses them on the demo company: quick search,
 * a column filter, a bulk status change, sorting, a hidden column that survives a reload,
 * "export current view" as CSV and XLSX, the Ctrl+K palette, and a screenshot of every registry.
 */

const PASSPHRASE = 'Demo Passphrase fuer Registerlisten 2026'

async function createDemo(page: Page): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('registries'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill(PASSPHRASE)
  await form.getByLabel(de('create.confirm')).fill(PASSPHRASE)
  await form.getByRole('button', { name: de('create.demo') }).click()
  // Seeding the demo company writes a few hundred audited entries: give it time on a busy machine.
  await expect(page.getByRole('navigation', { name: de('nav.label') })).toBeVisible({ timeout: 30_000 })
}

/** The demo company is Swiss: the UI speaks de-CH. Read the locale the page really uses. */
async function localeOf(page: Page): Promise<Locale> {
  await expect(page.locator('html')).toHaveAttribute('lang', /^de-CH$/)
  return 'de-CH'
}

/** Rows of the table body (the header row is in the first rowgroup). */
const bodyRows = (table: Locator): Locator => table.getByRole('rowgroup').nth(1).getByRole('row')

async function ready(table: Locator): Promise<void> {
  await expect(table).toHaveAttribute('data-state', 'ready')
  await expect(table).toHaveAttribute('data-complete', 'true')
}

async function rowCount(table: Locator): Promise<number> {
  return Number(await table.getAttribute('aria-rowcount')) - 1
}

/** Minimal RFC 4180 reader (quoted fields may hold the delimiter, quotes and line breaks). */
function parseCsv(source: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      row.push(field)
      field = ''
    } else if (ch === '\r' && source[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

test('registry lists: search, filter, bulk, sort, columns, export, palette', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const locale = await localeOf(page)
  const t = (key: MessageKey, params?: Record<string, string | number>): string => text(locale, key, params)

  const nav = page.getByRole('navigation', { name: t('nav.label') })
  await nav.getByRole('link', { name: t('nav.activities'), exact: true }).click()
  const table = page.getByRole('table', { name: t('nav.activities') })
  await ready(table)
  const all = await rowCount(table)
  expect(all).toBeGreaterThan(5)
  await expect(bodyRows(table)).not.toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: t('col.ref') })).toHaveAttribute('aria-sort', 'ascending')

  // Consistency findings show as a badge next to the name: the demo's product reviews lack retention.
  const badge = new RegExp(`^${t('rv.findings.badge', { n: 999 }).replace('999', '\\d+')}$`)
  await expect(bodyRows(table).filter({ hasText: 'Produktbewertungen' }).getByText(badge)).toBeVisible()

  // Quick search: a name from the list finds that activity.
  const search = page.getByRole('searchbox', { name: t('registry.search', { name: t('nav.activities') }) })
  const target = (await bodyRows(table).nth(2).getByRole('link').innerText()).trim()
  await search.fill(target)
  await expect(table).toHaveAttribute('data-query', target)
  await ready(table)
  expect(await rowCount(table)).toBeLessThan(all)
  await expect(bodyRows(table).getByRole('link', { name: target, exact: true })).toBeVisible()
  await search.fill('')
  await expect(table).toHaveAttribute('data-query', '')
  await ready(table)
  expect(await rowCount(table)).toBe(all)

  // "/" focuses the quick search from anywhere on the page.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()

  // Column filter: status "In Prüfung" leaves only activities in review.
  const inReview = t('enum.activityStatus.in_review')
  const statusFilter = page.getByRole('group', { name: t('rv.filters') }).getByRole('button', { name: new RegExp(`^${t('col.status')}`) })
  await statusFilter.click()
  await page.getByRole('group', { name: t('rv.facet.options', { name: t('col.status') }) }).getByRole('checkbox', { name: inReview }).check()
  await page.keyboard.press('Escape')
  await expect(statusFilter).toHaveText(new RegExp(t('rv.facet.selected', { name: t('col.status'), value: inReview })))
  await ready(table)
  const reviewed = await rowCount(table)
  expect(reviewed).toBeGreaterThan(0)
  expect(reviewed).toBeLessThan(all)
  for (const status of await bodyRows(table).locator('[data-col="status"]').allInnerTexts()) expect(status).toBe(inReview)
  await capture(page, 'registry-activities-filtered')
  await page.getByRole('button', { name: t('rv.filters.reset') }).click()
  await ready(table)
  expect(await rowCount(table)).toBe(all)

  // Shift-click selects a range.
  const checkbox = (i: number): Locator => bodyRows(table).nth(i).getByRole('checkbox')
  await checkbox(0).click()
  await checkbox(2).click({ modifiers: ['Shift'] })
  const bulk = page.getByRole('region', { name: t('rv.bulk.label') })
  await expect(bulk.getByText(t('rv.bulk.count', { count: 3 }))).toBeVisible()
  await bulk.getByRole('button', { name: t('rv.bulk.clear') }).click()
  await expect(bulk).toBeHidden()

  // Bulk: two activities that are not in review are set to "in review" and show it.
  const statuses = await bodyRows(table).locator('[data-col="status"]').allInnerTexts()
  const picks = statuses.flatMap((s, i) => (s !== inReview ? [i] : [])).slice(0, 2)
  expect(picks).toHaveLength(2)
  const picked = await Promise.all(picks.map(async (i) => (await bodyRows(table).nth(i).getByRole('link').innerText()).trim()))
  for (const i of picks) await checkbox(i).check()
  await expect(bulk.getByText(t('rv.bulk.count', { count: 2 }))).toBeVisible()
  await bulk.getByRole('button', { name: t('rv.bulk.status') }).click()
  const statusForm = bulk.getByRole('group', { name: t('rv.bulk.status') })
  await statusForm.getByLabel(t('rv.bulk.statusValue')).selectOption({ label: inReview })
  await capture(page, 'registry-activities-bulk')
  await statusForm.getByRole('button', { name: t('rv.bulk.apply') }).click()
  await expect(page.getByRole('status').filter({ hasText: t('rv.notice.updated', { count: 2, selected: 2 }) })).toBeVisible()
  for (const name of picked) {
    await expect(bodyRows(table).filter({ has: page.getByRole('link', { name, exact: true }) }).locator('[data-col="status"]')).toHaveText(inReview)
  }
  await bulk.getByRole('button', { name: t('rv.bulk.clear') }).click()

  // Sort by name, descending (second click), done by the core.
  const nameHeader = table.getByRole('columnheader', { name: t('col.name') })
  await nameHeader.getByRole('button').click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await nameHeader.getByRole('button').click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(table).toHaveAttribute('data-sort', 'name:desc')
  await ready(table)
  const names = (await bodyRows(table).getByRole('link').allInnerTexts()).slice(0, 6).map((n) => n.trim().toUpperCase())
  for (let i = 1; i < names.length; i++) expect(names[i - 1] >= names[i], `${names[i - 1]} ≥ ${names[i]}`).toBe(true)

  // Hide the owner column; it stays hidden after a reload (kept in the workspace).
  await page.getByRole('button', { name: t('rv.columns') }).click()
  await page.getByRole('group', { name: t('rv.columns.legend') }).getByRole('checkbox', { name: t('col.owner') }).uncheck()
  await page.keyboard.press('Escape')
  await expect(table.getByRole('columnheader', { name: t('col.owner') })).toHaveCount(0)
  await page.reload()
  const unlock = page.getByRole('button', { name: new RegExp(`^(${text(locale, 'unlock.submit')}|${text('en', 'unlock.submit')})$`) })
  const reloaded = page.getByRole('table', { name: t('nav.activities') })
  await expect(reloaded.or(unlock)).toBeVisible()
  if (await unlock.isVisible()) {
    await page.getByLabel(new RegExp(text(locale, 'unlock.passphrase'))).fill(PASSPHRASE)
    await unlock.click()
  }
  await ready(reloaded)
  await expect(reloaded.getByRole('columnheader', { name: t('col.name') })).toBeVisible()
  await expect(reloaded.getByRole('columnheader', { name: t('col.owner') })).toHaveCount(0)
  const shown = await rowCount(reloaded)
  const headers = (await reloaded.getByRole('columnheader').allInnerTexts()).map((h) => h.trim()).filter(Boolean)

  // Export the current view as CSV: a header and one line per shown row, owner column absent.
  await page.getByRole('button', { name: t('rv.export'), exact: true }).click()
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('rv.export.csv') }).click()])
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/)
  const csvText = readFileSync(await csvDownload.path(), 'utf8')
  expect(csvText.charCodeAt(0)).toBe(0xfeff)
  const csv = parseCsv(csvText.slice(1), locale === 'en' ? ',' : ';')
  expect(csv).toHaveLength(1 + shown)
  expect(csv[0]).toEqual(headers)
  expect(csv[0]).not.toContain(t('col.owner'))
  expect(new Set(csv.slice(1).map((r) => r[0])).size).toBe(shown)
  await expect(page.getByRole('status').filter({ hasText: csvDownload.suggestedFilename() })).toBeVisible()

  // … and as XLSX, read back with exceljs: one row per activity.
  await page.getByRole('button', { name: t('rv.export'), exact: true }).click()
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('rv.export.xlsx') }).click()])
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(await xlsxDownload.path()) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  expect(sheet.rowCount).toBe(1 + shown)
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers)
  const refs = new Set<string>()
  for (let r = 2; r <= sheet.rowCount; r++) refs.add(String(sheet.getRow(r).getCell(1).value))
  expect(refs.size).toBe(all)

  // Arrow keys move between the rows' links.
  const firstLink = bodyRows(reloaded).nth(0).getByRole('link')
  await firstLink.focus()
  await page.keyboard.press('ArrowDown')
  await expect(bodyRows(reloaded).nth(1).getByRole('link')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(firstLink).toBeFocused()

  // A click on a row opens the activity; back returns to the list.
  await bodyRows(reloaded).first().locator('[data-col="ref"]').click()
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]{36}$/)
  await page.goBack()
  await ready(page.getByRole('table', { name: t('nav.activities') }))

  // Archive two activities; the notice offers an undo that restores them.
  const listed = page.getByRole('table', { name: t('nav.activities') })
  await bodyRows(listed).nth(0).getByRole('checkbox').check()
  await bodyRows(listed).nth(1).getByRole('checkbox').check()
  await bulk.getByRole('button', { name: t('rv.bulk.archive') }).click()
  const archivedNotice = page.getByRole('status').filter({ hasText: t('rv.notice.archived', { count: 2 }) })
  await expect(archivedNotice).toBeVisible()
  await ready(listed)
  expect(await rowCount(listed)).toBe(all - 2)
  await archivedNotice.getByRole('button', { name: t('rv.undo') }).click()
  await expect(page.getByRole('status').filter({ hasText: t('rv.notice.restored', { count: 2 }) })).toBeVisible()
  await ready(listed)
  expect(await rowCount(listed)).toBe(all)

  // "n" opens a new activity.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('n')
  await expect(page).toHaveURL(/#\/activities\/new$/)
  await page.goBack()
  await ready(page.getByRole('table', { name: t('nav.activities') }))

  // Command palette: Ctrl+K, Esc closes; type a name, Enter opens its detail route.
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: t('palette.title') })
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('combobox', { name: t('palette.input') })).toBeFocused()
  // Focus stays in the dialog.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    expect(await palette.evaluate((d) => d.contains(d.ownerDocument.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await page.keyboard.press('Control+k')
  await expect(palette).toBeVisible()
  await palette.getByRole('combobox').fill(target)
  await expect(palette.getByRole('option').first()).toContainText(target)
  await capture(page, 'palette')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]{36}$/)

  expect(errors).toEqual([])
})

test('every registry with demo data, for review', async ({ page }) => {
  test.setTimeout(120_000)
  await createDemo(page)
  const locale = await localeOf(page)
  const nav = page.getByRole('navigation', { name: text(locale, 'nav.label') })
  for (const kind of registryKinds) {
    await nav.getByRole('link', { name: text(locale, `nav.${kind}`), exact: true }).click()
    const table = page.getByRole('table', { name: text(locale, `nav.${kind}`) })
    await ready(table)
    expect(await rowCount(table)).toBeGreaterThan(0)
    await expect(table.getByRole('columnheader', { name: text(locale, 'col.ref') })).toBeVisible()
    await capture(page, `registry-${kind}`)
  }
  // The same list in English, with an open column filter.
  await page.getByRole('banner').getByRole('combobox', { name: text(locale, 'header.language') }).selectOption('en')
  const table = page.getByRole('table', { name: text('en', 'nav.toms') })
  await ready(table)
  await page.getByRole('group', { name: text('en', 'rv.filters') }).getByRole('button', { name: new RegExp(`^${text('en', 'rv.col.controlAreas')}`) }).click()
  await capture(page, 'registry-toms-en')
  await page.keyboard.press('Escape')
  await page.getByRole('banner').getByRole('combobox', { name: text('en', 'header.language') }).selectOption('de')
})
