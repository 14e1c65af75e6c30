import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import type { AxeResults, Result } from 'axe-core'

// Playwright loads specs as CommonJS, so require.resolve is there (import.meta is not).
const axePath = require.resolve('axe-core/axe.min.js')

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in globalThis)) return
  try {
    await page.addScriptTag({ path: axePath })
  } catch {
    // The app's CSP (script-src 'self') may refuse an inline <script>; evaluating through the
    // DevTools protocol is not subject to it.
  }
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(axePath, 'utf8'))
}

const describe = (v: Result): string =>
  `${v.impact}: ${v.id} – ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')

/** Runs axe-core on the whole page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await injectAxe(page)
  const results = await page.evaluate(async () => {
    // Runs in the page; the default context is the whole document.
    const axe = (globalThis as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe
    return axe.run({ resultTypes: ['violations'] })
  })
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map(describe), `axe on ${screen}`).toEqual([])
}
