import { expect, test, type Page } from '@playwright/test'
import type { MessageKey } from '../../src/shared/i18n'
import { capture, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/** The demo company is Swiss, so the German UI speaks Swiss German. */
const ch = (key: MessageKey, params?: Record<string, string | number>): string => text('de-CH', key, params)
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function createDemo(page: Page): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('dashboard'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill('Demo Passphrase fuer Dashboard 2026')
  await form.getByLabel(de('create.confirm')).fill('Demo Passphrase fuer Dashboard 2026')
  await form.getByRole('button', { name: de('create.demo') }).click()
  await expect(page.getByRole('navigation', { name: de('nav.label') })).toBeVisible({ timeout: 30_000 })
}

const count = async (page: Page, severity: string): Promise<number> => Number(((await page.getByTestId(`count-${severity}`).textContent()) ?? '').replace(/\D/g, ''))

test('dashboard: findings and completeness, fix link, acknowledge, audit, data-flow map', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const main = page.getByRole('main')
  const nav = page.getByRole('navigation', { name: de('nav.label') })

  // ----- The dashboard on the overview page -----
  await expect(main.getByRole('heading', { level: 2, name: ch('dashboard.checks') })).toBeVisible()
  await expect(page.getByTestId('count-error')).not.toHaveText('…')
  const total = (await count(page, 'error')) + (await count(page, 'warning')) + (await count(page, 'info'))
  expect(total).toBeGreaterThan(0)
  // Completeness per Art. 30 field: eight bars, each with its count and legal reference.
  const completeness = main.getByRole('region', { name: ch('dashboard.completeness') })
  await expect(completeness.getByRole('meter')).toHaveCount(8)
  const retentionBar = completeness.getByRole('meter', { name: ch('dashboard.field.retention') })
  await expect(retentionBar).toHaveAttribute('aria-valuetext', /\d+ von \d+/)
  const retentionFilledBefore = Number(await retentionBar.getAttribute('aria-valuenow'))
  await expect(completeness.getByText(/Art\. 30/).first()).toBeVisible()
  // Registry counts are still there.
  await expect(main.getByRole('link', { name: new RegExp(`^\\d+ ${escape(ch('nav.activities'))}$`) })).toBeVisible()
  await capture(page, 'dashboard')

  // ----- By rule → filtered findings → fix link → the field on the detail page -----
  const retentionTitle = ch('check.ropa.retention.missing.title')
  await main.getByRole('button', { name: new RegExp(`${escape(retentionTitle)}$`) }).click()
  const findings = main.getByRole('table', { name: ch('findings.heading'), exact: true })
  const row = findings.getByRole('row').filter({ hasText: 'Produktbewertungen' }).filter({ hasText: retentionTitle })
  await expect(row).toHaveCount(1)
  await expect(row.getByText(/Art\. 30/)).toBeVisible()
  await row.getByRole('link', { name: ch('findings.fixLabel', { field: ch('field.activities.retention'), name: 'Produktbewertungen' }) }).click()

  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]{36}$/)
  await expect(main.getByRole('heading', { level: 1, name: /Produktbewertungen$/ })).toBeVisible()
  // The field that fixes it has focus: the "add retention rule" button.
  await expect(page.locator('#f-retention')).toBeFocused()
  expect(await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('dpo.focusField'))).toBeNull()
  // The entity's findings panel lists the same finding.
  const panel = main.getByRole('region', { name: /^Befunde zu diesem Eintrag/ })
  await expect(panel.getByText(retentionTitle)).toBeVisible()
  await capture(page, 'detail-findings-panel')

  // Add a retention rule as the form does it, and save.
  await page.locator('#f-retention').click()
  const rule = main.getByRole('group', { name: ch('retention.row', { n: 1 }) })
  const category = rule.getByLabel(ch('field.retention.dataCategoryId'), { exact: true })
  const firstCategory = await category.locator('option:not([value=""])').first().getAttribute('value')
  await category.selectOption(firstCategory as string)
  await rule.getByLabel(ch('field.retention.amount'), { exact: true }).fill('1')
  await rule.getByLabel(ch('field.retention.unit'), { exact: true }).selectOption('years')
  await main.getByRole('button', { name: ch('form.save'), exact: true }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('form.saved') })).toBeVisible()
  // The panel refreshes after the save: the retention finding is gone from it.
  await expect(main.getByText(retentionTitle)).toHaveCount(0)

  // Back on the dashboard the finding is gone, and the completeness bar moved on by one.
  await nav.getByRole('link', { name: de('nav.overview') }).click()
  await expect(page.getByTestId('count-error')).not.toHaveText('…')
  await expect(main.locator('.rule-table tr[data-rule="ropa.retention.missing"]')).toHaveCount(0)
  await expect(completeness.getByRole('meter', { name: ch('dashboard.field.retention') })).toHaveAttribute('aria-valuenow', String(retentionFilledBefore + 1))

  // ----- Acknowledge another finding with a reason -----
  const first = findings.getByRole('row').nth(1)
  const ackButton = first.getByRole('button', { name: /^Befund bestätigen: / })
  const ackName = (await ackButton.getAttribute('aria-label')) ?? ''
  const what = ackName.replace(/^Befund bestätigen: /, '')
  const openBefore = total
  await ackButton.click()
  const dialog = page.getByRole('dialog', { name: ch('findings.ackTitle') })
  await expect(dialog.getByLabel(ch('findings.reason'))).toBeFocused()
  await dialog.getByLabel(ch('findings.reason')).fill('ab')
  await dialog.getByRole('button', { name: ch('findings.acknowledge') }).click()
  await expect(dialog.getByText(ch('findings.reasonTooShort'))).toBeVisible()
  await capture(page, 'dashboard-acknowledge')
  const reason = 'Vom Verwaltungsrat bewusst so entschieden (E2E)'
  await dialog.getByLabel(ch('findings.reason')).fill(reason)
  await dialog.getByRole('button', { name: ch('findings.acknowledge') }).click()
  await expect(dialog).toBeHidden()
  const acknowledged = main.getByRole('region', { name: ch('findings.acknowledged', { count: 1 }) })
  await expect(acknowledged).toBeVisible()
  await expect(acknowledged.getByText(reason, { exact: false })).toBeVisible()
  await expect(acknowledged.getByRole('button', { name: ch('findings.reopenLabel', { rule: what.split(' – ')[0] ?? '', name: what.split(' – ').slice(1).join(' – ') }) })).toBeVisible()
  await expect(findings.getByRole('button', { name: ackName })).toHaveCount(0)
  // One less open finding (the retention one went too).
  await expect
    .poll(async () => (await count(page, 'error')) + (await count(page, 'warning')) + (await count(page, 'info')))
    .toBeLessThanOrEqual(openBefore - 2)

  // The audit trail has the acknowledgement under "checks".
  await nav.getByRole('link', { name: de('nav.audit') }).click()
  await expect(main.getByRole('cell', { name: ch('entity.checks'), exact: true }).first()).toBeVisible()

  // ----- Data-flow map -----
  await nav.getByRole('link', { name: ch('nav.dataflow') }).click()
  await expect(main.getByRole('heading', { level: 1, name: ch('nav.dataflow') })).toBeVisible()
  const map = main.getByRole('group', { name: ch('dataflow.mapLabel') })
  await expect(map).toBeVisible()
  // The US (CloudReach) is a transfer outside the EEA: highlighted node, red flows, named as such.
  const us = map.locator('g.flow-node.node-third[data-key="US"]')
  await expect(us).toBeVisible()
  await expect(us).toHaveAttribute('aria-label', new RegExp(`${escape(ch('dataflow.col.countries'))}: .*\\(US\\).*Drittland`))
  await expect(map.locator('path.flow-third').first()).toBeAttached()
  await expect(map.locator('g.flow-node[data-col="2"]', { hasText: 'CloudReach' }).first()).toHaveAttribute('data-zone', 'third')
  await expect(main.getByRole('row').filter({ hasText: 'CloudReach' }).filter({ hasText: ch('dataflow.legendThird') }).first()).toBeVisible()
  // Keyboard: focusing a node highlights its paths.
  await us.focus()
  await expect(map).toHaveClass(/dataflow-lit/)
  await expect(us).toHaveClass(/node-on/)
  await expect(main.getByText(ch('dataflow.highlighted', { name: 'Vereinigte Staaten (US)' }))).toBeVisible()
  await capture(page, 'dataflow')
  // Filter by recipient: only CloudReach's flows.
  await main.getByRole('combobox', { name: ch('dataflow.filterRecipient') }).selectOption({ label: 'CloudReach Inc.' })
  await expect(map.locator('g.flow-node[data-col="2"]')).toHaveCount(1)
  await main.getByRole('combobox', { name: ch('dataflow.filterRecipient') }).selectOption('')
  const showAll = main.getByRole('button', { name: /^Alle \d+ Tätigkeiten anzeigen$/ })
  if (await showAll.isVisible()) {
    await showAll.click()
    await capture(page, 'dataflow-all')
  }

  // ----- Reopen -----
  await nav.getByRole('link', { name: de('nav.overview') }).click()
  await main.getByRole('region', { name: ch('findings.acknowledged', { count: 1 }) }).getByRole('button', { name: /^Wieder öffnen: / }).click()
  await expect(main.getByRole('region', { name: /^Bestätigte Befunde/ })).toHaveCount(0)

  expect(errors).toEqual([])
})
