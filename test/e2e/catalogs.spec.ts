import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { Locale, MessageKey } from '../../src/shared/i18n'
import type { Regime } from '../../src/shared/model'
import { capture, createWorkspace, de, en, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The "Catalogs and templates" page: regime-aware transfer rules and adequacy lists, creating an
 * activity from a template, adopting TOMs from the catalogue, and catalog updates.
 */

const ch = (key: MessageKey, params?: Record<string, string | number>): string => text('de-CH', key, params)

async function api<T>(request: APIRequestContext, method: string, input: object = {}): Promise<T> {
  const response = await request.post(`/api/${method}`, { headers: { 'X-DPO-Token': 'e2e-token' }, data: input })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true)
  return body.value
}

/** Creates a workspace from the German start screen with exactly the given regimes. */
async function newWorkspace(page: Page, regimes: readonly Regime[], organisation: string): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByRole('checkbox', { name: de('regime.gdpr') }).setChecked(regimes.includes('gdpr'))
  await form.getByRole('checkbox', { name: de('regime.revdsg') }).setChecked(regimes.includes('revdsg'))
  // German content (catalog entries, template names), whatever language an earlier test left the form in.
  await form.getByLabel(de('create.language')).selectOption('de')
  await createWorkspace(page, { file: uniqueName('catalogs'), organisation, passphrase: 'Katalog Vorlage Leuchtturm 2049' })
  await expect(page.getByRole('banner').getByText(organisation)).toBeVisible()
}

/** Goes to the catalogs page through the navigation and opens a tab; returns its panel. */
async function openTab(page: Page, locale: Locale, tab: 'templates' | 'toms' | 'legalBases' | 'transfers' | 'updates') {
  const nav = page.getByRole('navigation', { name: text(locale, 'nav.label') })
  if (!(await page.getByRole('heading', { level: 1, name: text(locale, 'catalogs.heading') }).isVisible())) {
    await nav.getByRole('link', { name: text(locale, 'nav.catalogs') }).click()
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'catalogs.heading') })).toBeVisible()
  }
  const tabButton = page.getByRole('tablist', { name: text(locale, 'catalogs.tabs') }).getByRole('tab', { name: text(locale, `catalogs.tab.${tab}`) })
  await tabButton.click()
  await expect(tabButton).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(new RegExp(`#/catalogs/${tab}$`))
  return page.getByRole('tabpanel', { name: text(locale, `catalogs.tab.${tab}`) })
}

interface AdequacyEntry {
  regime: Regime
  list: { validAsOf: string }
}

const dateIn = (locale: string, iso: string): string => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${iso}T00:00:00`))
const countryIn = (locale: string, code: string): string => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code

test('a revDSG-only workspace shows the Swiss list, CH-* mechanisms and Swiss terms', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await newWorkspace(page, ['revdsg'], `Muster AG ${uniqueName('ch')}`)

  // Swiss terminology in the navigation.
  const nav = page.getByRole('navigation', { name: ch('nav.label') })
  await expect(nav.getByRole('link', { name: ch('nav.toms') })).toHaveText(/Massnahmen/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-CH')

  const panel = await openTab(page, 'de-CH', 'transfers')
  const [swiss] = await api<AdequacyEntry[]>(page.request, 'catalog.adequacy')
  expect(swiss.regime).toBe('revdsg')

  const list = panel.getByRole('region', { name: ch('catalogs.adequacy.heading.revdsg') })
  await expect(list.getByRole('heading', { level: 2, name: ch('catalogs.adequacy.heading.revdsg') })).toBeVisible()
  await expect(list.getByText(ch('catalogs.adequacy.validAsOf', { date: dateIn('de-CH', swiss.list.validAsOf) }))).toBeVisible()
  await expect(panel.getByRole('region', { name: ch('catalogs.adequacy.heading.gdpr') })).toHaveCount(0)

  const countries = list.getByRole('table', { name: `${ch('catalogs.adequacy.heading.revdsg')}: ${ch('catalogs.adequacy.countries')}` })
  await expect(countries.getByRole('rowheader', { name: countryIn('de-CH', 'DE'), exact: true })).toBeVisible()
  await expect(countries.getByRole('rowheader', { name: countryIn('de-CH', 'JP'), exact: true })).toHaveCount(0)
  // The US only with Swiss-U.S. DPF certification.
  const us = countries.getByRole('row').filter({ has: page.getByRole('rowheader', { name: countryIn('de-CH', 'US'), exact: true }) })
  await expect(us).toContainText(ch('catalogs.adequacy.condition.dpf'))

  // Mechanisms: DSG Art. 16–17 only.
  await expect(panel.getByRole('region', { name: ch('catalogs.mechanisms.heading.revdsg') })).toBeVisible()
  await expect(panel.getByRole('region', { name: ch('catalogs.mechanisms.heading.gdpr') })).toHaveCount(0)
  await expect(panel.getByRole('cell', { name: 'CH-SCC', exact: true })).toBeVisible()
  expect(await panel.getByRole('cell', { name: /^CH-/ }).count()).toBe(15)
  await expect(panel.getByRole('cell', { name: /^EU-/ })).toHaveCount(0)
  await capture(page, 'catalogs-transfers-ch')

  // Legal bases: the Swiss justifications only.
  const legal = await openTab(page, 'de-CH', 'legalBases')
  await expect(legal.getByRole('heading', { level: 2, name: ch('catalogs.legal.group.dsg-31') })).toBeVisible()
  await expect(legal.getByRole('heading', { level: 2, name: ch('catalogs.legal.group.gdpr-6') })).toHaveCount(0)
  await capture(page, 'catalogs-legalBases-ch')

  // (e) A fresh workspace is up to date.
  const updates = await openTab(page, 'de-CH', 'updates')
  await expect(updates.getByText(ch('catalogs.updates.upToDate'))).toBeVisible()
  await expect(updates.getByText(ch('catalogs.updates.neverOverwritten'))).toBeVisible()
  await capture(page, 'catalogs-updates')

  // Keyboard: the tab list is one tab stop; arrows move and select.
  await page.getByRole('tab', { name: ch('catalogs.tab.updates') }).focus()
  await page.keyboard.press('Home')
  await expect(page.getByRole('tab', { name: ch('catalogs.tab.templates') })).toBeFocused()
  await expect(page.getByRole('tab', { name: ch('catalogs.tab.templates') })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: ch('catalogs.tab.updates') })).toHaveAttribute('aria-selected', 'true')

  // English: the same page in the other UI language.
  await page.getByRole('banner').getByRole('combobox', { name: ch('header.language') }).selectOption('en')
  const panelEn = await openTab(page, 'en', 'transfers')
  await expect(panelEn.getByRole('heading', { level: 2, name: en('catalogs.adequacy.heading.revdsg') })).toBeVisible()
  await expect(panelEn.getByText(en('catalogs.adequacy.validAsOf', { date: dateIn('en-GB', swiss.list.validAsOf) }))).toBeVisible()
  await expect(panelEn.getByRole('rowheader', { name: countryIn('en-GB', 'DE'), exact: true })).toBeVisible()
  await capture(page, 'catalogs-transfers-en')

  expect(errors).toEqual([])
})

test('a GDPR-only workspace: EU list, a template activity, adopted TOMs', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await newWorkspace(page, ['gdpr'], `Muster GmbH ${uniqueName('eu')}`)

  // (b) The EU list with Japan and South Korea, EU-* mechanisms only.
  const panel = await openTab(page, 'de', 'transfers')
  const [eu] = await api<AdequacyEntry[]>(page.request, 'catalog.adequacy')
  expect(eu.regime).toBe('gdpr')
  const list = panel.getByRole('region', { name: de('catalogs.adequacy.heading.gdpr') })
  await expect(list.getByText(de('catalogs.adequacy.validAsOf', { date: dateIn('de', eu.list.validAsOf) }))).toBeVisible()
  await expect(panel.getByRole('region', { name: de('catalogs.adequacy.heading.revdsg') })).toHaveCount(0)
  const countries = list.getByRole('table', { name: `${de('catalogs.adequacy.heading.gdpr')}: ${de('catalogs.adequacy.countries')}` })
  await expect(countries.getByRole('rowheader', { name: countryIn('de', 'JP'), exact: true })).toBeVisible()
  await expect(countries.getByRole('rowheader', { name: countryIn('de', 'KR'), exact: true })).toBeVisible()
  await expect(countries.getByRole('rowheader', { name: countryIn('de', 'CH'), exact: true })).toBeVisible()
  // US: only EU-U.S. DPF-certified recipients, and flagged to check the current state.
  const us = countries.getByRole('row').filter({ has: page.getByRole('rowheader', { name: countryIn('de', 'US'), exact: true }) })
  await expect(us).toContainText(de('catalogs.adequacy.condition.dpf'))
  await expect(us).toContainText(de('catalogs.verify'))
  const canada = countries.getByRole('row').filter({ has: page.getByRole('rowheader', { name: countryIn('de', 'CA'), exact: true }) })
  await expect(canada).toContainText(de('catalogs.adequacy.condition.scope'))
  // Germany is in the EEA: domestic, not on the list.
  await expect(countries.getByRole('rowheader', { name: countryIn('de', 'DE'), exact: true })).toHaveCount(0)
  await expect(panel.getByRole('cell', { name: 'EU-SCC', exact: true })).toBeVisible()
  expect(await panel.getByRole('cell', { name: /^EU-/ }).count()).toBe(17)
  await expect(panel.getByRole('cell', { name: /^CH-/ })).toHaveCount(0)
  await capture(page, 'catalogs-transfers')

  const legal = await openTab(page, 'de', 'legalBases')
  for (const group of ['gdpr-6', 'gdpr-9', 'gdpr-10'] as const) {
    await expect(legal.getByRole('heading', { level: 2, name: de(`catalogs.legal.group.${group}`) })).toBeVisible()
  }
  await expect(legal.getByRole('heading', { level: 2, name: de('catalogs.legal.group.dsg-31') })).toHaveCount(0)
  await expect(legal.getByRole('rowheader', { name: 'Berechtigte Interessen' })).toBeVisible()
  await capture(page, 'catalogs-legalBases')

  // (c) An activity from the payroll template opens on its detail route and exists in the registry.
  const templates = await openTab(page, 'de', 'templates')
  await expect(templates.getByRole('listitem')).toHaveCount(18)
  await capture(page, 'catalogs-templates')
  const payroll = 'Lohn- und Gehaltsabrechnung'
  await templates.getByRole('button', { name: de('catalogs.templates.createFor', { name: payroll }) }).click()
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2])
  const activity = await api<{ name: string; status: string }>(page.request, 'activities.get', { id })
  expect(activity).toMatchObject({ name: payroll, status: 'draft' })
  const nav = page.getByRole('navigation', { name: de('nav.label') })
  await nav.getByRole('link', { name: de('nav.activities') }).click()
  await expect(page).toHaveURL(/#\/activities$/)
  await expect(page.getByRole('main').getByText(payroll, { exact: true })).toBeVisible()

  // (d) Adopt two TOMs; they are then marked as in the workspace. The template's TOMs already are.
  const toms = await openTab(page, 'de', 'toms')
  const table = toms.getByRole('table', { name: de('catalogs.toms.table') })
  const rowOf = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
  await expect(rowOf('Rollen- und Berechtigungskonzept')).toContainText(de('catalogs.toms.inWorkspace'))

  const search = toms.getByRole('searchbox', { name: de('catalogs.toms.search') })
  await search.fill('Schlüsselbuch')
  await expect(toms.getByText(de('catalogs.toms.showing', { shown: 1, total: 124 }), { exact: false })).toBeVisible()
  await search.fill('')
  await toms.getByRole('combobox', { name: de('catalogs.toms.kind') }).selectOption('organisational')
  await expect(rowOf('Elektronisches Zutrittskontrollsystem')).toHaveCount(0)
  await toms.getByRole('combobox', { name: de('catalogs.toms.kind') }).selectOption('all')

  const picks = ['Elektronisches Zutrittskontrollsystem mit Ausweisen', 'Schlüsselbuch für mechanische Schlüssel']
  for (const name of picks) await toms.getByRole('checkbox', { name: de('catalogs.toms.select', { name }) }).check()
  await expect(toms.getByText(de('catalogs.toms.selected', { count: 2 }))).toBeVisible()
  await toms.getByRole('button', { name: de('catalogs.toms.adopt') }).click()
  await expect(toms.getByRole('status').filter({ hasText: de('catalogs.toms.adopted', { count: 2 }) })).toBeVisible()
  for (const name of picks) {
    await expect(rowOf(name)).toContainText(de('catalogs.toms.inWorkspace'))
    const box = toms.getByRole('checkbox', { name: de('catalogs.toms.select', { name }) })
    await expect(box).toBeChecked()
    await expect(box).toBeDisabled()
  }
  const inWorkspace = await api<{ rows: Array<{ catalogKey: string | null }> }>(page.request, 'toms.list', { limit: 20000 })
  expect(inWorkspace.rows.map((r) => r.catalogKey)).toEqual(expect.arrayContaining(['tom-badge-access-system', 'tom-key-register']))
  await capture(page, 'catalogs-toms')

  // Still up to date: templates and adopted TOMs are not catalog updates.
  const updates = await openTab(page, 'de', 'updates')
  await expect(updates.getByText(de('catalogs.updates.upToDate'))).toBeVisible()

  expect(errors).toEqual([])
})

test('catalog updates of an older workspace: field diffs, kept entries, apply selected and all', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const passphrase = 'Katalog Alte Version Leuchtturm 2050'
  const folder = resolve(process.env.DPO_E2E_OUT ?? 'test-results', 'workspaces')
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `${uniqueName('older-catalog')}.dpo`)
  // Made by the core itself with an older catalog release, as an earlier app version would have.
  execFileSync(process.execPath, ['--import', 'tsx', 'test/fixtures/older-catalog-workspace.mts', file, passphrase, `Beispiel KG ${uniqueName('upd')}`], { stdio: 'inherit' })

  await openApp(page)
  await toStartScreen(page)
  const open = page.getByRole('region', { name: de('open.heading') })
  await open.getByLabel(de('open.file')).fill(file)
  await open.getByLabel(de('open.passphrase')).fill(passphrase)
  await open.getByRole('button', { name: de('open.submit') }).click()
  await expect(page.getByRole('banner').getByText(/^Beispiel KG/)).toBeVisible({ timeout: 30_000 })

  const updates = await openTab(page, 'de', 'updates')
  await expect(updates.getByText(de('catalogs.updates.neverOverwritten'))).toBeVisible()
  const table = updates.getByRole('table', { name: de('catalogs.updates.changes') })
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
  await expect(row('Standortdaten')).toContainText(de('catalogs.updates.change.new'))
  await expect(row('Stammdaten')).toContainText('Identifikations- und Stammdaten')
  // Codes are shown with their catalog labels.
  await expect(row('Schlüsselbuch für mechanische Schlüssel')).toContainText('Transparenz')
  // What the user edited is kept and cannot be selected.
  await expect(row('Kontaktdaten der Kundschaft')).toContainText(de('catalogs.updates.change.kept'))
  await expect(row('Kontaktdaten der Kundschaft').getByRole('checkbox')).toHaveCount(0)
  await expect(table.getByRole('row')).toHaveCount(5)
  await capture(page, 'catalogs-updates-pending')

  await table.getByRole('checkbox', { name: de('catalogs.updates.select', { name: 'Stammdaten' }) }).check()
  await updates.getByRole('button', { name: de('catalogs.updates.applySelected') }).click()
  await expect(updates.getByRole('status').filter({ hasText: de('catalogs.updates.applied', { applied: 1, kept: 0 }) })).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(4)

  await updates.getByRole('button', { name: de('catalogs.updates.applyAll') }).click()
  await expect(updates.getByRole('status').filter({ hasText: de('catalogs.updates.applied', { applied: 2, kept: 1 }) })).toBeVisible()
  // Only the kept entry is left; nothing more can be applied.
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(updates.getByRole('button', { name: de('catalogs.updates.applyAll') })).toBeDisabled()

  // The registries now hold the newer catalog's entries; the user's own name stayed.
  const categories = await api<{ rows: Array<{ name: string }> }>(page.request, 'dataCategories.list', { limit: 200 })
  const names = categories.rows.map((r) => r.name)
  expect(names).toEqual(expect.arrayContaining(['Identifikations- und Stammdaten', 'Standortdaten', 'Kontaktdaten der Kundschaft']))
  expect(names).not.toContain('Stammdaten')
  const tom = (await api<{ rows: Array<{ sdmGoals: string[] }> }>(page.request, 'toms.list', { query: 'Schlüsselbuch' })).rows[0]
  expect(tom.sdmGoals).toEqual(['sdm-confidentiality', 'sdm-transparency'])
  expect(errors).toEqual([])
})
