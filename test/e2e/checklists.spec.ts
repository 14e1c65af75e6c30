import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { MessageKey } from '../../src/shared/i18n'
import { capture, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/** The demo company is Swiss, so the German UI speaks Swiss German. */
const ch = (key: MessageKey, params?: Record<string, string | number>): string => text('de-CH', key, params)
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function createDemo(page: Page): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('checklists'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill('Demo Passphrase fuer Checklisten 2026')
  await form.getByLabel(de('create.confirm')).fill('Demo Passphrase fuer Checklisten 2026')
  await form.getByRole('button', { name: de('create.demo') }).click()
  await expect(page.getByRole('navigation', { name: de('nav.label') })).toBeVisible({ timeout: 30_000 })
}

const toHash = (page: Page, hash: string): Promise<void> =>
  page.evaluate((h) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
  }, hash)

/** Starts an assessment from the "New assessment" form, choosing the target by typing into the search. */
async function startAssessment(main: Locator, templateKey: string, kind: 'system' | 'activity', typed: string, match: RegExp, assignee?: string): Promise<void> {
  await main.getByRole('button', { name: ch('cl.new.button') }).click()
  const form = main.getByRole('region', { name: ch('cl.new.heading') })
  await form.getByLabel(ch('cl.new.template'), { exact: true }).selectOption(templateKey)
  await form.getByLabel(ch('cl.new.search', { kind: ch(`cl.target.${kind}`) })).fill(typed)
  await form.getByRole('radio', { name: match }).check()
  if (assignee) await form.getByLabel(ch('cl.new.assignee'), { exact: true }).fill(assignee)
  await form.getByRole('button', { name: ch('cl.new.create') }).click()
}

const question = (main: Locator, id: string): Locator => main.getByRole('article', { name: new RegExp(`^${escape(id)}( |$)`) })
const rate = (main: Locator, id: string, value: 'yes' | 'partly' | 'no' | 'not_applicable'): Promise<void> =>
  question(main, id).getByRole('radio', { name: ch(`cl.rating.${value}`), exact: true }).check()
const saved = (main: Locator): Locator => main.getByRole('status').filter({ hasText: ch('cl.saved') })

test('checklists: portal assessment with finding, action, evidence, reload; re-run and compare; DPIA screening; template export and import', async ({ page }) => {
  test.setTimeout(300_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const main = page.getByRole('main')
  await page.getByRole('navigation', { name: de('nav.label') }).getByRole('link', { name: ch('nav.checklists') }).click()
  await expect(main.getByRole('heading', { level: 1, name: ch('cl.heading') })).toBeVisible()

  // ----- The customer-portal assessment on the portal system -----
  await startAssessment(main, 'customer-portal', 'system', 'Kundenportal', /Kundenportal «Mein Konto»$/, 'Datenschutzberaterin')
  await expect(page).toHaveURL(/#\/checklists\/[0-9a-f-]{36}$/)
  const heading = main.getByRole('heading', { level: 1, name: /^AS-\d{4} Datenschutzprüfung Kundenportal$/ })
  await expect(heading).toBeVisible()
  const url = page.url()
  await expect(main.getByText(ch('cl.progress', { answered: 0, total: 32 }))).toBeVisible()
  await expect(main.getByRole('link', { name: /Kundenportal «Mein Konto»$/ })).toHaveAttribute('href', /^#\/systems\//)

  await rate(main, 'A1', 'yes')
  await rate(main, 'A2', 'partly')
  await rate(main, 'A3', 'no')
  const comment = main.getByLabel(ch('cl.a.comment', { id: 'A3' }), { exact: true })
  await comment.fill('Newsletter-Opt-in ist vorausgewählt.')
  await comment.press('Tab')
  await expect(main.getByText(ch('cl.progress', { answered: 3, total: 32 }))).toBeVisible()
  await expect(saved(main)).toBeVisible()
  await expect(main.getByText(ch('cl.a.sectionProgress', { answered: 3, total: 6 }))).toBeVisible()
  // Help with the article references sits in a disclosure.
  await question(main, 'A1').getByText(ch('cl.a.help')).click()
  await expect(question(main, 'A1').getByText('GDPR Art. 5(1)(b)')).toBeVisible()
  await capture(page, 'checklists-assessment')
  await page.screenshot({ path: `${process.env.DPO_E2E_OUT ?? 'test-results'}/screens/checklists-assessment-top.png` })

  // A finding with a remediation action.
  await main.getByRole('tab', { name: ch('cl.a.tab.findings', { n: 0 }) }).click()
  const findingForm = main.getByRole('form', { name: ch('cl.f.add') })
  await findingForm.getByLabel(ch('cl.f.title'), { exact: true }).fill('Marketing-Opt-in vorausgewählt')
  await findingForm.getByLabel(ch('cl.f.severity'), { exact: true }).selectOption('high')
  await findingForm.getByLabel(ch('cl.f.question'), { exact: true }).selectOption('A3')
  await findingForm.getByRole('button', { name: ch('cl.f.add') }).click()
  const finding = main.getByRole('article', { name: /Marketing-Opt-in vorausgewählt/ })
  await expect(finding).toBeVisible()
  const actionForm = finding.getByRole('form', { name: ch('cl.act.addTo', { title: 'Marketing-Opt-in vorausgewählt' }) })
  await actionForm.getByLabel(ch('cl.act.title'), { exact: true }).fill('Opt-in-Checkbox leer voreinstellen')
  await actionForm.getByLabel(ch('cl.act.owner'), { exact: true }).fill('E-Commerce')
  await actionForm.getByLabel(ch('cl.act.due'), { exact: true }).fill('2030-02-28')
  await actionForm.getByRole('button', { name: ch('cl.act.add') }).click()
  await expect(finding.getByRole('cell', { name: 'Opt-in-Checkbox leer voreinstellen', exact: true })).toBeVisible()
  await expect(finding.getByRole('cell', { name: 'E-Commerce', exact: true })).toBeVisible()

  // An evidence file.
  await main.getByRole('tab', { name: ch('cl.a.tab.evidence', { n: 0 }) }).click()
  const evidence = Buffer.from('Pentest-Bericht Kundenportal\n'.repeat(40))
  await main.getByLabel(ch('cl.ev.add')).setInputFiles({ name: 'pentest-2025.txt', mimeType: 'text/plain', buffer: evidence })
  await expect(main.getByRole('status').filter({ hasText: ch('cl.ev.uploaded', { name: 'pentest-2025.txt' }) })).toBeVisible()
  const downloadButton = main.getByRole('button', { name: ch('cl.ev.download', { name: 'pentest-2025.txt' }) })
  await expect(downloadButton).toBeVisible()
  const [file] = await Promise.all([page.waitForEvent('download'), downloadButton.click()])
  expect(file.suggestedFilename()).toBe('pentest-2025.txt')
  expect(readFileSync((await file.path()) as string).equals(evidence)).toBe(true)
  await expect(main.getByRole('tab', { name: ch('cl.a.tab.evidence', { n: 1 }) })).toBeVisible()

  // ----- Reload: everything is still there -----
  await page.reload()
  await expect(page).toHaveURL(url)
  await expect(heading).toBeVisible()
  await expect(main.getByText(ch('cl.progress', { answered: 3, total: 32 }))).toBeVisible()
  await expect(question(main, 'A1').getByRole('radio', { name: ch('cl.rating.yes'), exact: true })).toBeChecked()
  await expect(question(main, 'A2').getByRole('radio', { name: ch('cl.rating.partly'), exact: true })).toBeChecked()
  await expect(question(main, 'A3').getByRole('radio', { name: ch('cl.rating.no'), exact: true })).toBeChecked()
  await expect(main.getByLabel(ch('cl.a.comment', { id: 'A3' }), { exact: true })).toHaveValue('Newsletter-Opt-in ist vorausgewählt.')
  await main.getByRole('tab', { name: ch('cl.a.tab.findings', { n: 1 }) }).click()
  await expect(finding.getByRole('cell', { name: 'Opt-in-Checkbox leer voreinstellen', exact: true })).toBeVisible()
  await main.getByRole('tab', { name: ch('cl.a.tab.evidence', { n: 1 }) }).click()
  await expect(downloadButton).toBeVisible()

  // ----- The assessment report, as a PDF with real text -----
  const reportDownload = page.waitForEvent('download')
  await main.getByRole('button', { name: ch('cl.a.reportPdf') }).click()
  const reportFile = readFileSync((await (await reportDownload).path()) as string)
  expect(reportFile.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // Table cells wrap, so compare with the line breaks folded into spaces.
  const reportText = execFileSync('pdftotext', ['-', '-'], { input: reportFile }).toString('utf8').replace(/\s+/g, ' ')
  expect(reportText).toContain('Opt-in-Checkbox leer voreinstellen')
  expect(reportText).toMatch(/Newsletter-\s?Opt-in ist vorausgewählt\./)

  // ----- Re-run and compare with the previous run -----
  await main.getByRole('button', { name: ch('cl.a.rerun') }).click()
  await expect(page).not.toHaveURL(url)
  await expect(main.getByText(ch('cl.progress', { answered: 0, total: 32 }))).toBeVisible()
  await rate(main, 'A1', 'no')
  await rate(main, 'A2', 'yes')
  await rate(main, 'A3', 'no')
  await expect(main.getByText(ch('cl.progress', { answered: 3, total: 32 }))).toBeVisible()
  await expect(saved(main)).toBeVisible()
  await main.getByRole('tab', { name: ch('cl.a.tab.compare') }).click()
  const compare = main.getByRole('tabpanel', { name: ch('cl.a.tab.compare') })
  const row = (id: string): Locator => compare.getByRole('row', { name: new RegExp(`^${id} `) })
  await expect(row('A1').getByRole('cell').nth(3)).toHaveText(ch('cl.cmp.worse'))
  await expect(row('A1').getByRole('cell').nth(1)).toHaveText(ch('cl.rating.yes'))
  await expect(row('A1').getByRole('cell').nth(2)).toHaveText(ch('cl.rating.no'))
  await expect(row('A2').getByRole('cell').nth(3)).toHaveText(ch('cl.cmp.improved'))
  await expect(row('A3').getByRole('cell').nth(3)).toHaveText(ch('cl.cmp.unchanged'))
  await capture(page, 'checklists-compare')

  // ----- DPIA screening on the video-surveillance activity -----
  await toHash(page, '#/checklists')
  await startAssessment(main, 'dpia-screening', 'activity', 'Videoüberwachung', /Videoüberwachung im Logistikzentrum$/)
  await expect(main.getByRole('heading', { level: 1, name: /^AS-\d{4} / })).toBeVisible()
  // Completing too early lists the open required questions next to them.
  await main.getByRole('button', { name: ch('cl.a.complete') }).click()
  await expect(main.getByRole('alert').filter({ hasText: /Pflichtfragen sind noch offen/ })).toBeVisible()
  await expect(question(main, 'dsg22-a').getByText(ch('cl.a.missingQuestion'))).toBeVisible()
  // The activity is under the revDSG only: the GDPR/WP248 questions do not apply; two criteria are met.
  await expect(question(main, 'wp248-3').getByRole('radio', { name: ch('cl.rating.yes'), exact: true })).toBeDisabled()
  await rate(main, 'dsg22-a', 'no')
  await rate(main, 'dsg22-b', 'yes')
  await rate(main, 'high-risk', 'yes')
  await expect(saved(main)).toBeVisible()
  await main.getByRole('button', { name: ch('cl.a.complete') }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('cl.a.completed') })).toBeVisible()
  const dpia = main.getByRole('region', { name: ch('cl.dpia.heading') })
  await expect(dpia.getByText(ch('enum.dpiaResult.required'))).toBeVisible()
  await dpia.getByRole('link', { name: /Videoüberwachung im Logistikzentrum$/ }).click()
  await expect(main.getByRole('heading', { level: 1, name: /^VT-\d{4} Videoüberwachung im Logistikzentrum$/ })).toBeVisible()
  const result = main.getByLabel(ch('field.dpia.result'), { exact: true })
  await expect(result).toHaveValue('required')
  await expect(result.locator('option:checked')).toHaveText(ch('enum.dpiaResult.required'))

  // ----- Templates: export, import again, a malformed file -----
  await toHash(page, '#/checklists')
  await expect(main.getByRole('heading', { level: 1, name: ch('cl.heading') })).toBeVisible()
  const title = 'Periodische Zugriffsüberprüfung'
  const [exported] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: ch('cl.templates.exportOf', { title }) }).click()])
  expect(exported.suggestedFilename()).toMatch(/\.json$/)
  const json = readFileSync((await exported.path()) as string)
  expect(JSON.parse(json.toString('utf8'))).toMatchObject({ format: 'dpo-workbench/checklist-template', template: { key: 'access-review' } })
  const importInput = main.getByLabel(ch('cl.templates.import'))
  await importInput.setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/json', buffer: json })
  await expect(main.getByRole('status').filter({ hasText: ch('cl.templates.imported', { title }) })).toBeVisible()
  const templates = main.getByRole('table', { name: ch('cl.templates.caption') })
  await expect(templates.getByRole('row', { name: new RegExp(`^${escape(title)} .*${escape(ch('cl.source.user'))}`) })).toBeVisible()
  // Importing the same file again asks before replacing.
  await importInput.setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/json', buffer: json })
  const replace = page.getByRole('dialog', { name: ch('cl.templates.replaceTitle') })
  await expect(replace).toContainText('user-access-review')
  await replace.getByRole('button', { name: ch('cl.templates.replace') }).click()
  await expect(replace).toBeHidden()
  // A malformed file is refused with its issues.
  await importInput.setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dpo-workbench/checklist-template","version":1,"template":{"key":"x"}}') })
  const refused = main.getByRole('alert').filter({ hasText: ch('cl.templates.importInvalid') })
  await expect(refused).toBeVisible()
  await expect(refused.getByRole('listitem').first()).toBeVisible()
  await expect(refused.getByRole('listitem').filter({ hasText: 'template.title' })).toBeVisible()
  await importInput.setInputFiles({ name: 'kein.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') })
  await expect(refused).toContainText(ch('checklist.import.json'))

  // The assessments list shows the three runs.
  const list = main.getByRole('table', { name: ch('cl.assessments.caption') })
  await expect(list.getByRole('row')).toHaveCount(4)
  await capture(page, 'checklists-page')
  expect(errors).toEqual([])
})
