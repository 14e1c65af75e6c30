import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Locale, MessageKey } from '../../src/shared/i18n'
import { capture, createWorkspace, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * Restoring a backup through the UI: a backup taken in Settings, then restored twice — from
 * Settings next to the backup form (lock this workspace, open the copy) and from the start
 * screen (open the copy through the unlock screen). Each copy holds what the backup held:
 * the entry made before the backup, not the one made after it. Refusals sit at their field.
 */
async function api<T>(page: Page, method: string, input: object): Promise<T> {
  const response = await page.request.post(`/api/${method}`, { headers: { 'X-DPO-Token': 'e2e-token' }, data: input })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true)
  return body.value
}

/** The unlock screen for a restored copy: its name (the file name), then the passphrase. */
async function unlockCopy(page: Page, name: string, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: de('unlock.heading') })).toBeVisible()
  await expect(page.getByText(name, { exact: true })).toBeVisible()
  await page.getByLabel(de('unlock.passphrase')).fill(passphrase)
  await page.getByRole('button', { name: de('unlock.submit') }).click()
}

/** The activities registry of the open workspace: the entry from before the backup, not the one after. */
async function expectBackupContent(page: Page, t: (key: MessageKey) => string, organisation: string): Promise<void> {
  await expect(page.getByRole('banner').getByText(organisation)).toBeVisible({ timeout: 30_000 })
  await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.activities'), exact: true }).click()
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'Vor der Sicherung', exact: true })).toBeVisible()
  await expect(main.getByRole('link', { name: 'Nach der Sicherung', exact: true })).toHaveCount(0)
}

const invalid = (field: Locator): Promise<void> => expect(field).toHaveAttribute('aria-invalid', 'true')

test('restore a backup from Settings and from the start screen, and open the copy', async ({ page }) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await openApp(page)
  await toStartScreen(page)
  const ws = { file: uniqueName('original'), organisation: `Sicherung AG ${uniqueName('org')}`, passphrase: 'Gletscher Murmeltier Sternwarte 2033' }
  await createWorkspace(page, ws)
  await expect(page.getByRole('banner').getByText(ws.organisation)).toBeVisible({ timeout: 30_000 })
  const locale = ((await page.locator('html').getAttribute('lang')) ?? 'de') as Locale
  const t = (key: MessageKey, params?: Record<string, string | number>): string => text(locale, key, params)
  await api(page, 'activities.create', { data: { name: 'Vor der Sicherung', purposes: ['Probe'] } })

  // ----- A backup in Settings; then the workspace changes -----
  await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.settings') }).click()
  const backup = page.getByRole('region', { name: t('backup.heading') })
  await backup.getByLabel(t('backup.file')).fill(`${ws.file}-sicherung`)
  await backup.getByLabel(t('backup.passphrase')).fill(ws.passphrase)
  await backup.getByRole('button', { name: t('backup.submit') }).click()
  await expect(backup.getByRole('status')).toContainText(`${ws.file}-sicherung.dpo`)
  await api(page, 'activities.create', { data: { name: 'Nach der Sicherung', purposes: ['Später'] } })

  // ----- Restore in Settings: refusals at their field first -----
  const restore = page.getByRole('region', { name: t('restore.heading') })
  await expect(restore.getByText(t('restore.introOpen'))).toBeVisible()
  const backupField = restore.getByLabel(t('restore.backup'))
  const fileField = restore.getByLabel(t('restore.file'))
  const passField = restore.getByLabel(t('restore.passphrase'))
  const submit = restore.getByRole('button', { name: t('restore.submit') })

  await submit.click()
  await invalid(backupField)
  await expect(backupField).toBeFocused()

  await backupField.fill(`${ws.file}-sicherung`)
  await fileField.fill(`${ws.file}-kopie`)
  await passField.fill('falsche Passphrase')
  await submit.click()
  await invalid(passField)
  await expect(restore.getByText(t('error.WRONG_PASSPHRASE'))).toBeVisible()

  // The open workspace's own file exists: never overwritten.
  await fileField.fill(ws.file)
  await passField.fill(ws.passphrase)
  await submit.click()
  await invalid(fileField)
  await expect(restore.getByText(new RegExp(`«[^»]*${ws.file}\\.dpo».*${t('error.FILE_EXISTS').split('»')[1]!.trim().slice(0, 12)}`))).toBeVisible()

  await backupField.fill('gibt-es-nicht')
  await fileField.fill(`${ws.file}-kopie`)
  await passField.fill(ws.passphrase)
  await submit.click()
  await invalid(backupField)
  await expect(restore.getByText(/gibt-es-nicht\.dpo/)).toBeVisible()
  await capture(page, 'restore-1-settings-errors')

  await backupField.fill(`${ws.file}-sicherung`)
  await passField.fill(ws.passphrase)
  await submit.click()
  await expect(restore.getByRole('status')).toContainText(`${ws.file}-kopie.dpo`)
  await expect(backupField).not.toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'restore-2-settings-done')

  // ----- Switch to the copy: this workspace is locked, the copy asks for its passphrase -----
  await restore.getByRole('button', { name: t('restore.switch') }).click()
  await unlockCopy(page, `${ws.file}-kopie`, ws.passphrase)
  await expectBackupContent(page, t, ws.organisation)
  await capture(page, 'restore-3-copy-open')

  // ----- From the start screen (no workspace open) -----
  await toStartScreen(page)
  const start = page.getByRole('region', { name: de('restore.heading') })
  await expect(start.getByText(de('restore.intro'))).toBeVisible()
  await start.getByLabel(de('restore.backup')).fill(`${ws.file}-sicherung`)
  await start.getByLabel(de('restore.file')).fill(`${ws.file}-vom-start`)
  await start.getByLabel(de('restore.passphrase')).fill(ws.passphrase)
  await start.getByRole('button', { name: de('restore.submit') }).click()
  await expect(start.getByRole('status')).toContainText(`${ws.file}-vom-start.dpo`)
  await capture(page, 'restore-4-start-done')
  await start.getByRole('button', { name: de('restore.open') }).click()
  await unlockCopy(page, `${ws.file}-vom-start`, ws.passphrase)
  await expectBackupContent(page, t, ws.organisation)

  // The original still has both entries: a restore never touches it.
  await toStartScreen(page)
  await page.getByRole('region', { name: de('open.heading') }).getByLabel(de('open.file')).fill(ws.file)
  await page.getByRole('region', { name: de('open.heading') }).getByLabel(de('open.passphrase')).fill(ws.passphrase)
  await page.getByRole('region', { name: de('open.heading') }).getByRole('button', { name: de('open.submit') }).click()
  await expect(page.getByRole('banner').getByText(ws.organisation)).toBeVisible({ timeout: 30_000 })
  await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.activities'), exact: true }).click()
  await expect(page.getByRole('main').getByRole('link', { name: 'Nach der Sicherung', exact: true })).toBeVisible()

  expect(errors).toEqual([])
})
