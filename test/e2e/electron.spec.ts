import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { DpoBridge } from '../../src/preload/index.d'

/**
 * The desktop shell's security promises, checked in the real Electron app: isolated sandboxed
 * renderer with only `window.dpo`, a working bridge to the core, no popups, no navigation.
 * Runs only where Electron's binary is installed (it cannot be downloaded on every machine);
 * the web-shell specs cover the UI everywhere else.
 */
const root = resolve(__dirname, '..', '..')
const electronDir = join(root, 'node_modules', 'electron')

/** The Electron executable, found the way node_modules/electron/index.js does, minus its download attempt. */
function electronExecutable(): string | null {
  const pathTxt = join(electronDir, 'path.txt')
  if (!existsSync(pathTxt)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const executable = electronExecutable()
const skipReason =
  'no Electron binary on this machine (node_modules/electron/path.txt or dist/ is missing; Electron 45 ' +
  'downloads it on first use, which is impossible here); the web-shell specs cover the UI'
if (!executable) console.log(`[electron.spec] skipped: ${skipReason}`)
test.skip(!executable, skipReason)
test.describe.configure({ mode: 'serial' })

/**
 * What the page sees; the specs run under the Node tsconfig, which has no DOM types. Functions
 * passed to page.evaluate are serialised into the page, so they cast globalThis inline (a helper
 * from this file would not exist there).
 */
interface PageGlobals {
  dpo?: DpoBridge
  open(url: string): unknown
  location: { href: string }
}

let app: ElectronApplication
let page: Page
let userData: string
const mainLog: string[] = []

test.beforeAll(async () => {
  // The app refuses to start without the Electron build of the SQLCipher module; make it (or say why not).
  execFileSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' })

  userData = mkdtempSync(join(tmpdir(), 'dpo-e2e-electron-'))
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  delete env.ELECTRON_RENDERER_URL
  delete env.ELECTRON_RUN_AS_NODE
  env.DPO_USER_DATA = userData

  app = await _electron.launch({ executablePath: executable!, args: [join(root, 'out', 'main', 'index.js')], cwd: root, env })
  const collect = (chunk: Buffer): void => void mainLog.push(...chunk.toString('utf8').split('\n'))
  app.process().stdout?.on('data', collect)
  app.process().stderr?.on('data', collect)
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  if (userData) rmSync(userData, { recursive: true, force: true })
})

test('one window, titled DPO Workbench', async () => {
  await expect(page).toHaveTitle(/DPO Workbench/)
  const titles = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))
  expect(titles).toHaveLength(1)
  expect(titles[0]).toMatch(/DPO Workbench/)
})

test('the page gets window.dpo and nothing of Node', async () => {
  const seen = await page.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>
    const dpo = g.dpo as Record<string, unknown> | undefined
    return {
      dpo: typeof dpo,
      keys: dpo ? Object.keys(dpo).sort() : [],
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      ipcRenderer: typeof g.ipcRenderer
    }
  })
  expect(seen).toEqual({ dpo: 'object', keys: ['call', 'onLocked'], require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' })
})

test('the bridge reaches the core, and refuses a non-string method', async () => {
  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).dpo!.call('app.info', {}))
  expect(info).toMatchObject({ ok: true, value: { name: 'DPO Workbench', shell: 'electron' } })
  const bad = await page.evaluate(() => (globalThis as unknown as PageGlobals).dpo!.call(42 as unknown as string, {}))
  expect(bad).toMatchObject({ ok: false })
})

test('window.open returns null and opens nothing', async () => {
  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null)
  expect(opened).toBe(true)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  await expect.poll(() => mainLog.join('\n')).toContain('[security] refused window.open')
})

test('navigation away from the app is refused', async () => {
  const before = page.url()
  for (const target of ['https://example.com/', 'file:///etc/hosts']) {
    await page.evaluate((url) => {
      (globalThis as unknown as PageGlobals).location.href = url
    }, target)
  }
  await expect.poll(() => mainLog.filter((line) => line.includes('[security] refused navigation')).length).toBeGreaterThanOrEqual(2)
  expect(page.url()).toBe(before)
  // Still the app, still talking to the core.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).dpo!.call('workspace.status', {}))).toMatchObject({ ok: true })
})
