import { expect, test } from '@playwright/test'
import { capture, createWorkspace, de, en, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The foundation as a user meets it: create a workspace, find the way around, switch language,
 * lock, fail to unlock with a wrong passphrase, unlock with the right one.
 */
test('create, navigate, switch language, lock and unlock', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await openApp(page)
  await toStartScreen(page)
  await expect(page.getByRole('region', { name: de('create.heading') })).toBeVisible()
  await capture(page, 'start')

  const ws = { file: uniqueName('e2e'), organisation: `Muster GmbH ${uniqueName('org')}`, passphrase: 'Kastanie Leuchtturm Gewitter 1987' }
  const form = page.getByRole('region', { name: de('create.heading') })

  // Mismatched confirmation: the error sits next to the field, nothing is created.
  await form.getByLabel(de('create.file')).fill(ws.file)
  await form.getByLabel(de('create.organisation')).fill(ws.organisation)
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill(ws.passphrase)
  await form.getByLabel(de('create.confirm')).fill(`${ws.passphrase}!`)
  await expect(form.getByText(`${de('strength.label')}:`)).toBeVisible()
  await form.getByRole('button', { name: de('create.submit'), exact: true }).click()
  const confirm = form.getByLabel(de('create.confirm'))
  await expect(confirm).toHaveAttribute('aria-invalid', 'true')
  await expect(confirm).toHaveAccessibleDescription(new RegExp(de('validation.mismatch')))
  await capture(page, 'start-validation')

  await createWorkspace(page, ws)

  // The shell: organisation in the header, navigation landmark, overview as the current page.
  const banner = page.getByRole('banner')
  await expect(banner.getByText(ws.organisation)).toBeVisible()
  const nav = page.getByRole('navigation', { name: de('nav.label') })
  await expect(nav.getByRole('link', { name: de('nav.overview') })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: de('overview.heading') })).toBeVisible()
  await expect(page.getByRole('main').getByText(ws.file)).toBeVisible()
  // Counts come from <kind>.list totals: a new workspace has none.
  await expect(page.getByRole('main').getByRole('link', { name: `0 ${de('nav.activities')}` })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: `0 ${de('nav.toms')}` })).toBeVisible()
  await capture(page, 'overview')

  // Registry page: table or empty state, and the current page follows the navigation.
  await nav.getByRole('link', { name: de('nav.activities') }).click()
  await expect(nav.getByRole('link', { name: de('nav.activities') })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('heading', { level: 1, name: de('nav.activities') })).toBeFocused()
  await expect(page.getByText(de('registry.emptyTitle'))).toBeVisible()
  await capture(page, 'registry-empty')

  await page.getByRole('searchbox', { name: de('registry.search', { name: de('nav.activities') }) }).fill('nichts')
  await expect(page.getByText(de('registry.noMatch', { query: 'nichts' }))).toBeVisible()

  await nav.getByRole('link', { name: de('nav.audit') }).click()
  await page.getByRole('button', { name: de('audit.verify') }).click()
  await expect(page.getByRole('status').filter({ hasText: /./ }).first()).toBeVisible()
  await capture(page, 'audit')

  await nav.getByRole('link', { name: de('nav.checklists') }).click()
  await expect(page.getByRole('heading', { level: 1, name: de('cl.heading') })).toBeVisible()
  await capture(page, 'checklists')

  await nav.getByRole('link', { name: de('nav.settings') }).click()
  await expect(page.getByRole('heading', { level: 1, name: de('settings.heading') })).toBeVisible()
  await capture(page, 'settings')

  // Language: the header switch changes the UI at once.
  await page.getByRole('banner').getByRole('combobox', { name: de('header.language') }).selectOption('en')
  const navEn = page.getByRole('navigation', { name: en('nav.label') })
  await expect(navEn.getByRole('link', { name: en('nav.activities') })).toBeVisible()
  await expect(navEn.getByRole('link', { name: en('nav.settings') })).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await capture(page, 'settings-en')

  // Lock → unlock screen in English; a wrong passphrase is refused with the catalogue's message.
  await page.getByRole('button', { name: en('header.lock') }).click()
  await expect(page.getByRole('heading', { level: 1, name: en('unlock.heading') })).toBeVisible()
  await expect(page.getByText(ws.organisation)).toBeVisible()
  await capture(page, 'unlock')

  const passphrase = page.getByLabel(en('unlock.passphrase'))
  await passphrase.fill('not the passphrase')
  await page.getByRole('button', { name: en('unlock.submit') }).click()
  await expect(page.getByRole('alert')).toHaveText(en('error.WRONG_PASSPHRASE'))
  await capture(page, 'unlock-wrong')

  await passphrase.fill(ws.passphrase)
  await page.getByRole('button', { name: en('unlock.submit') }).click()
  await expect(page.getByRole('banner').getByText(ws.organisation)).toBeVisible()
  await expect(page.getByRole('navigation', { name: en('nav.label') })).toBeVisible()

  expect(errors).toEqual([])
})

test('demo workspace fills the registries', async ({ page }) => {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('demo'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill('Demo Passphrase fuer Tests 2024')
  await form.getByLabel(de('create.confirm')).fill('Demo Passphrase fuer Tests 2024')
  await form.getByRole('button', { name: de('create.demo') }).click()
  // The demo company is in Zürich: from here on the UI speaks Swiss German.
  const ch = (key: Parameters<typeof de>[0], params?: Parameters<typeof de>[1]): string => text('de-CH', key, params)

  const nav = page.getByRole('navigation', { name: ch('nav.label') })
  await expect(nav).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`^[1-9][\\d.’,]* ${ch('nav.activities')}$`) })).toBeVisible()
  await capture(page, 'demo-overview')

  for (const kind of ['activities', 'recipients', 'toms'] as const) {
    await nav.getByRole('link', { name: ch(`nav.${kind}`) }).click()
    const table = page.getByRole('table', { name: ch(`nav.${kind}`) })
    await expect(table).toBeVisible()
    await expect(table.getByRole('columnheader', { name: ch('col.ref') })).toBeVisible()
    expect(await table.getByRole('row').count()).toBeGreaterThan(1)
    await capture(page, `demo-${kind}`)
  }

  // Quick search narrows the list through the core.
  await nav.getByRole('link', { name: ch('nav.activities') }).click()
  const table = page.getByRole('table', { name: ch('nav.activities') })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  const before = await table.getByRole('row').count()
  const firstName = await table.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()
  await page.getByRole('searchbox', { name: ch('registry.search', { name: ch('nav.activities') }) }).fill(firstName)
  await expect(table.getByRole('row').nth(1)).toContainText(firstName)
  await expect.poll(() => table.getByRole('row').count()).toBeLessThanOrEqual(before)
})

test('a workspace under revDSG only speaks Swiss German', async ({ page }) => {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByRole('checkbox', { name: de('regime.gdpr') }).uncheck()
  // At least one law is required.
  await form.getByRole('button', { name: de('create.submit'), exact: true }).click()
  await expect(form.getByText(de('validation.regimes'))).toBeVisible()
  await form.getByRole('checkbox', { name: de('regime.revdsg') }).check()
  await createWorkspace(page, { file: uniqueName('ch'), organisation: 'Muster AG Zürich', passphrase: 'Matterhorn Fondue Bergbahn 1291' })

  const nav = page.getByRole('navigation', { name: text('de-CH', 'nav.label') })
  await expect(nav.getByRole('link', { name: text('de-CH', 'nav.activities') })).toBeVisible()
  await expect(nav.getByRole('link', { name: text('de-CH', 'nav.toms') })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-CH')
  await nav.getByRole('link', { name: text('de-CH', 'nav.activities') }).click()
  await expect(page.getByText(text('de-CH', 'registry.about.activities'))).toBeVisible()
  await capture(page, 'swiss-registry')
})

test('settings, passphrase change, recent list, and a lock from elsewhere', async ({ page }) => {
  await openApp(page)
  await toStartScreen(page)
  const ws = { file: uniqueName('settings'), organisation: `Beispiel KG ${uniqueName('org')}`, passphrase: 'Rheinbrücke Sonnenblume Kompass 2031' }
  await createWorkspace(page, ws)
  const nav = page.getByRole('navigation', { name: de('nav.label') })
  await nav.getByRole('link', { name: de('nav.settings') }).click()

  const general = page.getByRole('region', { name: de('settings.general') })
  await general.getByLabel(de('settings.author')).fill('Erika Mustermann')
  await general.getByRole('button', { name: de('settings.save') }).click()
  await expect(general.getByRole('status')).toHaveText(de('settings.saved'))

  const change = page.getByRole('region', { name: de('passphrase.heading') })
  const next = 'Neue Passphrase mit Bergkristall 77'
  await change.getByLabel(de('passphrase.current')).fill('falsch')
  await change.getByLabel(de('passphrase.next'), { exact: true }).fill(next)
  await change.getByLabel(de('passphrase.confirm')).fill(next)
  await change.getByRole('button', { name: de('passphrase.submit') }).click()
  await expect(change.getByLabel(de('passphrase.current'))).toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'settings-passphrase-error')
  await change.getByLabel(de('passphrase.current')).fill(ws.passphrase)
  await change.getByRole('button', { name: de('passphrase.submit') }).click()
  await expect(change.getByRole('status')).toContainText(de('passphrase.changed'))

  // An encrypted backup while the workspace stays open; a second one of the same name is refused.
  const backup = page.getByRole('region', { name: de('backup.heading') })
  await backup.getByLabel(de('backup.file')).fill(`${ws.file}-sicherung`)
  await backup.getByLabel(de('backup.passphrase')).fill(next)
  await backup.getByRole('button', { name: de('backup.submit') }).click()
  await expect(backup.getByRole('status')).toContainText(`${ws.file}-sicherung.dpo`)
  await backup.getByLabel(de('backup.passphrase')).fill(next)
  await backup.getByRole('button', { name: de('backup.submit') }).click()
  await expect(backup.getByLabel(de('backup.file'))).toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'settings-backup')

  // The author now signs the audit trail.
  await nav.getByRole('link', { name: de('nav.audit') }).click()
  await expect(page.getByRole('table', { name: de('audit.heading') })).toBeVisible()
  await capture(page, 'audit-with-author')

  // Locked by someone else (here: the API directly, as the idle timer would): the status poll notices.
  const locked = await page.request.post('/api/workspace.lock', { headers: { 'X-DPO-Token': 'e2e-token' }, data: {} })
  expect((await locked.json()).ok).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: de('unlock.heading') })).toBeVisible({ timeout: 25_000 })

  // Back to the start screen: the recent list offers the workspace; picking it asks for the passphrase.
  await page.getByRole('button', { name: de('unlock.other') }).click()
  const recent = page.getByRole('region', { name: de('recent.heading') })
  await expect(recent.getByRole('button', { name: ws.organisation, exact: true })).toBeVisible()
  await capture(page, 'start-recent')
  await recent.getByRole('button', { name: ws.organisation, exact: true }).click()
  await page.getByLabel(de('unlock.passphrase')).fill(next)
  await page.getByRole('button', { name: de('unlock.submit') }).click()
  await expect(page.getByRole('banner').getByText(ws.organisation)).toBeVisible()
})
