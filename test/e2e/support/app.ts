import { expect, type Page } from '@playwright/test'
import { translate, type Locale, type MessageKey } from '../../../src/shared/i18n'
import { expectAccessible } from './axe'

/** The catalogue text a user sees, so specs follow wording changes. */
export const text = (locale: Locale, key: MessageKey, params?: Record<string, string | number>): string => translate(locale, key, params)
export const de = (key: MessageKey, params?: Record<string, string | number>): string => text('de', key, params)
export const en = (key: MessageKey, params?: Record<string, string | number>): string => text('en', key, params)

/** A file name no other run has used (the web shell keeps its workspaces folder per run). */
export const uniqueName = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`

/** Full-page screenshot into test-results/screens/<name>.png, plus an axe check of the same screen. */
export async function capture(page: Page, name: string): Promise<void> {
  // A sticky header would otherwise be painted where the page happens to be scrolled to.
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0))
  await page.screenshot({ path: `${process.env.DPO_E2E_OUT ?? 'test-results'}/screens/${name}.png`, fullPage: true })
  await expectAccessible(page, name)
}

/** Opens the app as the web shell hands it out: with the one-time token in the URL. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/?token=e2e-token')
  // The token is moved to sessionStorage and removed from the address bar.
  await expect(page).not.toHaveURL(/token=/)
}

/** Gets from wherever the app is (start, unlock or an open workspace) to the start screen, in German. */
export async function toStartScreen(page: Page): Promise<void> {
  const start = page.getByRole('heading', { level: 1, name: de('start.heading') })
  const startEn = page.getByRole('heading', { level: 1, name: en('start.heading') })
  const lock = page.getByRole('button', { name: new RegExp(`^(${de('header.lock')}|${en('header.lock')})$`) })
  const other = page.getByRole('button', { name: new RegExp(`^(${de('unlock.other')}|${en('unlock.other')})$`) })
  await expect(start.or(startEn).or(lock).or(other)).toBeVisible()
  if (await lock.isVisible()) {
    await lock.click()
    await expect(other).toBeVisible()
  }
  if (await other.isVisible()) await other.click()
  const language = page.getByRole('banner').getByRole('combobox', { name: new RegExp(`^(${de('header.language')}|${en('header.language')})$`) })
  await language.selectOption('de')
  await expect(start).toBeVisible()
}

export interface NewWorkspace {
  readonly file: string
  readonly organisation: string
  readonly passphrase: string
}

/** Fills the German create form and submits it (or the demo button). */
export async function createWorkspace(page: Page, ws: NewWorkspace, demo = false): Promise<void> {
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(ws.file)
  await form.getByLabel(de('create.organisation')).fill(ws.organisation)
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill(ws.passphrase)
  await form.getByLabel(de('create.confirm')).fill(ws.passphrase)
  await form.getByRole('button', { name: demo ? de('create.demo') : de('create.submit'), exact: true }).click()
}
