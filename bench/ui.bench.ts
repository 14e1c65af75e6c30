// npm run bench:ui [-- --file FILE --passphrase P --runs N --activities N]
//
// Prints (never asserts) what a user feels on a large registry, measured in Debian's Chromium
// against the real web shell and core:
//   - time to the first rendered activities table (navigation → first row painted),
//   - time until all matching rows are loaded,
//   - quick search: last keystroke → updated table (from the keydown; each keystroke searches at once),
//   - column sort: click → re-sorted table,
//   - scrolling the virtualised table: requestAnimationFrame deltas, frames slower than 50 ms.
// Without --file it first generates a workspace through the public contract (scripts/gen.ts).
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { DEFAULT_PASSPHRASE } from '../scripts/gen-defaults'
import { percentile, row } from './stats'

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    passphrase: { type: 'string', default: DEFAULT_PASSPHRASE },
    activities: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: '5391' }
  }
})
const RUNS = Number(values.runs)
const started = Date.now()
/** Progress on stderr, so the table on stdout stays clean. */
const step = (what: string): void => void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${what}\n`)
const PORT = Number(values.port)
const TOKEN = `bench-${Math.random().toString(36).slice(2)}`
const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'dpo-ui-bench-'))

function startWebShell(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'out/node/web.js'), '--port', String(PORT), '--dir', dir, '--token', TOKEN], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((ok, fail) => {
    const deadline = Date.now() + 30_000
    const poll = (): void => {
      fetch(`http://127.0.0.1:${PORT}/healthz`).then(
        (r) => (r.ok ? ok(child) : setTimeout(poll, 100)),
        () => (Date.now() > deadline ? fail(new Error('web shell did not start')) : setTimeout(poll, 100))
      )
    }
    poll()
  })
}

/**
 * The in-page half of the bench, as plain JavaScript (the bench compiles without DOM types).
 * Every figure is taken in the page: from an event (navigation, keydown, click) to the next
 * painted frame after the table shows the expected state.
 */
const inPage = `
window.__bench = (() => {
  const waitFor = (test, t0) => new Promise((resolve) => {
    const check = () => {
      if (!test()) return false
      requestAnimationFrame(() => resolve(performance.now() - t0))
      return true
    }
    if (check()) return
    const obs = new MutationObserver(() => { if (check()) obs.disconnect() })
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  const q = (s) => () => Boolean(document.querySelector(s))
  return {
    async firstTable() {
      const t0 = performance.now()
      location.hash = '#/activities'
      const first = await waitFor(q('.vt[data-state="ready"] [aria-rowindex="2"] a'), t0)
      const all = await waitFor(q('.vt[data-complete="true"][data-state="ready"]'), t0)
      return { first, all }
    },
    pending: null,
    /** Arms a timer from the next keydown in the search box to the table showing that query. */
    armSearch(expected) {
      this.pending = new Promise((resolve) => {
        document.getElementById('registry-search').addEventListener('keydown', () => {
          const t0 = performance.now()
          waitFor(q('.vt[data-state="ready"][data-query="' + CSS.escape(expected) + '"]'), t0).then(resolve)
        }, { once: true })
      })
    },
    /** Arms a timer from the next click to the table sorted as expected ("name:desc"). */
    armSort(expected) {
      this.pending = new Promise((resolve) => {
        document.addEventListener('click', () => {
          const t0 = performance.now()
          waitFor(q('.vt[data-state="ready"][data-sort="' + expected + '"]'), t0).then(resolve)
        }, { once: true, capture: true })
      })
    },
    /** Scrolls the table's own container each frame (steadily or to random rows); returns frame deltas. */
    scroll(mode, frames) {
      return new Promise((resolve) => {
        const vt = document.querySelector('.vt')
        vt.scrollTop = 0
        const deltas = []
        let last = 0
        let n = 0
        const max = vt.scrollHeight - vt.clientHeight
        const tick = (ts) => {
          if (last) deltas.push(ts - last)
          last = ts
          if (n++ >= frames) return resolve(deltas)
          vt.scrollTop = mode === 'steady' ? Math.min(max, vt.scrollTop + 240) : Math.random() * max
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
    }
  }
})()
`

const inPageCall = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>

async function firstTable(page: Page): Promise<{ first: number; all: number }> {
  // From a quiet page (settings: no registry queries of its own), once the app is idle.
  await page.goto(`http://127.0.0.1:${PORT}/#/settings`)
  await page.getByRole('navigation').waitFor()
  await page.waitForLoadState('networkidle')
  return inPageCall(page, 'window.__bench.firstTable()')
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.vt[data-state="ready"][data-complete="true"]', { timeout: 120_000 })
}

async function searchOnce(page: Page, text: string): Promise<number> {
  const box = page.locator('#registry-search')
  await box.fill('')
  await page.waitForSelector('.vt[data-query=""][data-state="ready"]')
  await box.focus()
  // Type all but the last character, then time the last keystroke to the updated table.
  await page.keyboard.type(text.slice(0, -1))
  // Armed (listener in place) before the keystroke, then awaited.
  await inPageCall(page, `window.__bench.armSearch(${JSON.stringify(text)})`)
  await page.keyboard.type(text.slice(-1))
  return inPageCall<number>(page, 'window.__bench.pending')
}

async function sortOnce(page: Page, column: string, expected: string): Promise<number> {
  const header = page.locator(`.vt [role="columnheader"][data-col="${column}"] button`)
  await inPageCall(page, `window.__bench.armSort(${JSON.stringify(expected)})`)
  await header.click()
  return inPageCall<number>(page, 'window.__bench.pending')
}

const scrollFrames = (page: Page, mode: 'steady' | 'jump', frames: number): Promise<number[]> =>
  inPageCall(page, `window.__bench.scroll(${JSON.stringify(mode)}, ${frames})`)

async function main(): Promise<void> {
  let file = values.file ? resolve(values.file) : ''
  if (!file) {
    file = join(work, `generated-${values.activities}.dpo`)
    console.log(`No --file given: generating ${values.activities} activities through the contract (takes a few minutes) …`)
    // Imported only here: measuring a given file needs no core in this process.
    const { generate } = await import('../scripts/gen')
    const gen = await generate({ activities: Number(values.activities), out: file, passphrase: values.passphrase, log: () => undefined })
    console.log(`generated in ${gen.seconds.toFixed(0)} s: ${JSON.stringify(gen.counts)}`)
  }
  if (!existsSync(join(root, 'out/node/web.js')) || !existsSync(join(root, 'out/renderer/index.html'))) throw new Error('build first: npm run build')
  // The web shell works on its own copy: a measurement never changes the given file.
  const dir = join(work, 'workspaces')
  rmSync(dir, { recursive: true, force: true })
  const copy = join(dir, basename(file))
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }))
  copyFileSync(file, copy)

  step('starting the web shell')
  const shell = await startWebShell(dir)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript(inPage)
    await page.goto(`http://127.0.0.1:${PORT}/?token=${TOKEN}`)
    const api = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await fetch(`http://127.0.0.1:${PORT}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-DPO-Token': TOKEN },
        body: JSON.stringify(input)
      })
      return (await r.json()) as T
    }
    const opened = await api<{ ok: boolean; error?: { message: string } }>('workspace.open', { file: copy, passphrase: values.passphrase })
    if (!opened.ok) throw new Error(`workspace.open: ${opened.error?.message}`)
    step('workspace open')
    await page.reload()
    await page.getByRole('navigation').waitFor()
    const count = (await api<{ value: { total: number } }>('activities.list', { limit: 1 })).value.total

    step(`${count} activities; warm-up`)
    // Warm-up: the first visit also loads the catalog options and column preferences.
    await firstTable(page)
    await ready(page)

    const first: number[] = []
    const all: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const r = await firstTable(page)
      first.push(r.first)
      all.push(r.all)
      await ready(page)
    }

    step('first table done; quick search')
    const words = ['Lohnabrechnung', 'Newsletter', 'Zürich', 'Videoüberwachung', 'Kundenkonto', 'Inkasso', 'Archivierung', 'Hamburg']
    const search: number[] = []
    for (let i = 0; i < RUNS; i++) search.push(await searchOnce(page, words[i % words.length]))
    await page.locator('#registry-search').fill('')
    await ready(page)

    step('quick search done; sorting')
    const sorts: Array<[string, string]> = [
      ['name', 'name:asc'],
      ['name', 'name:desc'],
      ['status', 'status:asc'],
      ['status', 'status:desc'],
      ['owner', 'owner:asc'],
      ['reviewDate', 'reviewDate:asc'],
      ['ref', 'ref:asc']
    ]
    const sort: number[] = []
    for (let i = 0; i < Math.max(RUNS, sorts.length); i++) {
      const [column, expected] = sorts[i % sorts.length]
      const current = await page.locator('.vt').getAttribute('data-sort')
      if (current === expected) continue
      sort.push(await sortOnce(page, column, expected))
      await ready(page)
    }
    if ((await page.locator('.vt').getAttribute('data-sort')) !== 'ref:asc') await sortOnce(page, 'ref', 'ref:asc')
    await ready(page)

    step('sorting done; scrolling')
    const steady: number[] = []
    const jump: number[] = []
    for (let i = 0; i < 3; i++) {
      steady.push(...(await scrollFrames(page, 'steady', 240)))
      jump.push(...(await scrollFrames(page, 'jump', 120)))
    }
    const slow = (xs: number[]): number => xs.filter((x) => x > 50).length

    console.log(`\nDPO Workbench — registry UI bench: ${count} activities, Chromium ${browser.version()}, ${RUNS} runs, viewport 1440×900\n`)
    console.log(row('measure', 'median ms', 'p95 ms', 'samples'))
    console.log(row('first activities table painted', percentile(first, 50), percentile(first, 95), String(first.length)))
    console.log(row('all rows loaded (chunks in background)', percentile(all, 50), percentile(all, 95), String(all.length)))
    console.log(row('quick search, keystroke → table *', percentile(search, 50), percentile(search, 95), String(search.length)))
    console.log(row('column sort, click → table', percentile(sort, 50), percentile(sort, 95), String(sort.length)))
    console.log(row('scroll 240 px/frame: frame time', percentile(steady, 50), percentile(steady, 95), String(steady.length)))
    console.log(row('scroll to random rows: frame time', percentile(jump, 50), percentile(jump, 95), String(jump.length)))
    console.log(row('frames > 50 ms (steady / random)', `${slow(steady)} / ${slow(jump)}`, '', ''))
    console.log(row('longest frame (steady / random)', Math.max(...steady), Math.max(...jump), ''))
    console.log(`\n* from the keydown of the last character; the search starts on the next turn (no pause). Load average during the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPUs.`)
  } finally {
    await browser.close()
    shell.kill('SIGTERM')
    await new Promise((r) => shell.once('exit', r))
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  rmSync(work, { recursive: true, force: true })
  process.exit(1)
})
