import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Locale, MessageKey } from '../../src/shared/i18n'
import { capture, createWorkspace, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * Merging from another workspace (#/import, second tab): a source workspace for one client and a
 * target for another, both real encrypted files made in the UI and filled through the API. The
 * wrong passphrase, a missing file and the open workspace itself are refused at their field; the
 * preview shows new entries and two conflicts with their field differences; one conflict is
 * decided by overwriting, the other by skipping; a dry run, the merge, and the registry after it.
 */
async function api<T>(page: Page, method: string, input: object): Promise<T> {
  const response = await page.request.post(`/api/${method}`, { headers: { 'X-DPO-Token': 'e2e-token' }, data: input })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true)
  return body.value
}
const create = async (page: Page, kind: string, data: object): Promise<string> => (await api<{ id: string }>(page, `${kind}.create`, { data })).id

const invalid = (field: Locator): Promise<void> => expect(field).toHaveAttribute('aria-invalid', 'true')

test('merge selected entries from another workspace, deciding one conflict by overwrite and one by skip', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openApp(page)

  // ----- The other client's workspace -----
  await toStartScreen(page)
  const source = { file: uniqueName('mandant-a'), organisation: `Mandant A ${uniqueName('org')}`, passphrase: 'Quelle Leuchtturm Ahorn 2038' }
  await createWorkspace(page, source)
  await expect(page.getByRole('banner').getByText(source.organisation)).toBeVisible({ timeout: 30_000 })
  const cloud = await create(page, 'recipients', { name: 'Cloud Rechenzentrum GmbH', kind: 'processor', country: 'DE' })
  const crm = await create(page, 'systems', { name: 'CRM-System', vendorId: cloud })
  const badge = await create(page, 'toms', { name: 'Zutritt mit Badge' })
  await create(page, 'activities', { name: 'Kundenbetreuung', purposes: ['Betreuung', 'Support'], recipientIds: [cloud], systemIds: [crm] })
  await create(page, 'activities', { name: 'Lohnbuchhaltung', purposes: ['Lohn- und Gehaltsabrechnung'] })
  await create(page, 'activities', { name: 'Newsletter', purposes: ['Werbung'], tomIds: [badge] })
  await create(page, 'activities', { name: 'Bewerbermanagement', purposes: ['Bewerbungen'] })

  // ----- This client's workspace, with two activities of the same names but other content -----
  await toStartScreen(page)
  const target = { file: uniqueName('mandant-b'), organisation: `Mandant B ${uniqueName('org')}`, passphrase: 'Ziel Kastanie Bergsee 2039' }
  await createWorkspace(page, target)
  await expect(page.getByRole('banner').getByText(target.organisation)).toBeVisible({ timeout: 30_000 })
  await create(page, 'activities', { name: 'Kundenbetreuung', purposes: ['Telefonischer Support'] })
  await create(page, 'activities', { name: 'Lohnbuchhaltung', purposes: ['Gehaltszahlung'] })

  const locale = ((await page.locator('html').getAttribute('lang')) ?? 'de') as Locale
  const t = (key: MessageKey, params?: Record<string, string | number>): string => text(locale, key, params)
  const main = page.getByRole('main')
  const nav = page.getByRole('navigation', { name: t('nav.label') })

  // ----- Import page, second tab -----
  await nav.getByRole('link', { name: t('nav.import'), exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: t('imp.heading') })).toBeVisible()
  await main.getByRole('tablist', { name: t('imp.tabs') }).getByRole('tab', { name: t('imp.tab.merge') }).click()
  await expect(page).toHaveURL(/#\/import\/merge$/)
  const form = main.getByRole('region', { name: t('merge.source.heading') })
  const file = form.getByLabel(t('merge.file'))
  const passphrase = form.getByLabel(t('merge.passphrase'))
  const compare = form.getByRole('button', { name: t('merge.load') })
  await capture(page, 'merge-1-empty')

  // Refusals, each next to its field.
  await file.fill('gibt-es-nicht')
  await passphrase.fill(source.passphrase)
  await compare.click()
  await invalid(file)
  await expect(form.getByText(/gibt-es-nicht\.dpo/)).toBeVisible()

  await file.fill(target.file)
  await compare.click()
  await invalid(file)
  await expect(form.getByText(t('issue.imports.sameWorkspace'))).toBeVisible()

  await file.fill(source.file)
  await passphrase.fill('falsche Passphrase')
  await compare.click()
  await invalid(passphrase)
  await expect(passphrase).toBeFocused()
  await expect(form.getByText(t('merge.wrongPassphrase'))).toBeVisible()
  await expect(file).not.toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'merge-2-wrong-passphrase')

  // ----- The preview -----
  await passphrase.fill(source.passphrase)
  await compare.click()
  const preview = main.getByRole('region', { name: t('merge.preview.heading') })
  await expect(preview.getByText(t('merge.preview.from', { organisation: source.organisation }))).toBeVisible()
  const counts = preview.getByTestId('merge-counts')
  await expect(counts.locator('.merge-count-conflict .imp-count-value')).toHaveText('2')
  await expect(counts.locator('.merge-count-new .imp-count-value')).toHaveText('5')

  const activities = preview.getByRole('table', { name: t('merge.table', { kind: t('nav.activities') }) })
  const row = (name: string): Locator => activities.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
  await expect(activities.getByRole('row')).toHaveCount(5)
  await expect(row('Kundenbetreuung')).toContainText(t('merge.status.conflict'))
  await expect(row('Kundenbetreuung')).toContainText(/VT-\d{4} Kundenbetreuung/)
  await expect(row('Kundenbetreuung')).toContainText('Cloud Rechenzentrum GmbH')
  await expect(row('Newsletter')).toContainText(t('merge.status.new'))
  await expect(row('Newsletter')).toContainText('Zutritt mit Badge')
  // Identical catalogue entries (the same data categories in both) are hidden until asked for.
  await expect(preview.getByRole('table', { name: t('merge.table', { kind: t('nav.dataCategories') }) })).toHaveCount(0)

  // The conflict's differences: here and in the other workspace, field by field.
  const toggle = row('Kundenbetreuung').getByRole('button', { name: t('merge.diff.summary', { count: 3 }) })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const diff = activities.getByRole('table', { name: t('merge.diff.caption', { name: 'Kundenbetreuung' }) })
  const purposes = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: t('field.activities.purposes'), exact: true }) })
  await expect(purposes.getByRole('cell').nth(0)).toHaveText('Telefonischer Support')
  await expect(purposes.getByRole('cell').nth(1)).toHaveText('Betreuung; Support')
  const recipients = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: t('field.activities.recipientIds'), exact: true }) })
  await expect(recipients.getByRole('cell').nth(1)).toHaveText('Cloud Rechenzentrum GmbH')

  // Decisions: overwrite the one conflict (which ticks it), tick the other and keep "skip", take the newsletter.
  const decision = (name: string): Locator => preview.getByRole('combobox', { name: t('merge.decision', { name }) })
  const tick = (name: string): Locator => preview.getByRole('checkbox', { name: t('merge.select', { name }) })
  await expect(decision('Kundenbetreuung')).toHaveValue('skip')
  await expect(decision('Newsletter')).toHaveValue('copy')
  await decision('Kundenbetreuung').selectOption({ label: t('merge.resolution.overwrite') })
  await expect(tick('Kundenbetreuung')).toBeChecked()
  await tick('Lohnbuchhaltung').check()
  await expect(decision('Lohnbuchhaltung')).toHaveValue('skip')
  await tick('Newsletter').check()
  await expect(tick('Bewerbermanagement')).not.toBeChecked()
  await expect(preview.getByRole('status').filter({ hasText: t('merge.selected', { count: 3, total: 7 }) })).toBeVisible()
  await capture(page, 'merge-3-preview')

  // ----- Dry run: the exact outcome, nothing written -----
  await preview.getByRole('button', { name: t('imp.dryRun'), exact: true }).click()
  const report = main.getByTestId('merge-report')
  await expect(report.getByRole('heading', { level: 2, name: t('merge.report.dryHeading') })).toBeVisible()
  await expect(report.getByTestId('merge-overwritten')).toHaveText('1')
  await expect(report.getByTestId('merge-skipped')).toHaveText('1')
  // The newsletter, its TOM, and what the overwritten activity links to (recipient, system).
  await expect(report.getByTestId('merge-copied')).toHaveText('4')
  await expect(report.getByTestId('merge-backup')).toHaveText(t('imp.report.noBackup'))
  await capture(page, 'merge-4-dry-run')

  // ----- The merge -----
  await preview.getByRole('button', { name: t('merge.run') }).click()
  await expect(report.getByRole('heading', { level: 2, name: t('merge.report.heading') })).toBeVisible()
  await expect(report.getByText(t('merge.report.done'))).toBeVisible()
  await expect(report.getByTestId('merge-copied')).toHaveText('4')
  await expect(report.getByTestId('merge-overwritten')).toHaveText('1')
  await expect(report.getByTestId('merge-skipped')).toHaveText('1')
  await expect(report.getByTestId('merge-backup')).toHaveText(new RegExp(`${target.file}\\.pre-import\\..+\\.dpo$`))
  await expect(report.getByRole('link', { name: /Newsletter$/ })).toBeVisible()
  // The other passphrase is gone with the form; only the report is left.
  await expect(main.getByLabel(t('merge.passphrase'))).toHaveCount(0)
  await capture(page, 'merge-5-report')

  // ----- The registry -----
  await nav.getByRole('link', { name: t('nav.activities'), exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: t('nav.activities') })).toBeVisible()
  await expect(main.getByRole('link', { name: 'Newsletter', exact: true })).toBeVisible()
  await expect(main.getByRole('link', { name: 'Kundenbetreuung', exact: true })).toHaveCount(1)
  await expect(main.getByRole('link', { name: 'Bewerbermanagement', exact: true })).toHaveCount(0)
  await capture(page, 'merge-6-registry')

  const chips = (label: MessageKey): Locator => main.getByRole('list', { name: t('picker.selected', { label: t(label) }) })
  await main.getByRole('link', { name: 'Kundenbetreuung', exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: /Kundenbetreuung/ })).toBeVisible()
  await expect(main.getByLabel(t('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue('Betreuung')
  await expect(main.getByLabel(t('list.item.purposes', { n: 2 }), { exact: true })).toHaveValue('Support')
  await expect(chips('field.activities.recipientIds').getByRole('link', { name: /Cloud Rechenzentrum GmbH$/ })).toBeVisible()
  await expect(chips('field.activities.systemIds').getByRole('link', { name: /CRM-System$/ })).toBeVisible()

  await nav.getByRole('link', { name: t('nav.activities'), exact: true }).click()
  await main.getByRole('link', { name: 'Lohnbuchhaltung', exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: /Lohnbuchhaltung/ })).toBeVisible()
  await expect(main.getByLabel(t('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue('Gehaltszahlung')
  await expect(main.getByLabel(t('list.item.purposes', { n: 2 }), { exact: true })).toHaveCount(0)

  expect(errors).toEqual([])
})
