import { expect, test, type Locator, type Page } from '@playwright/test'
import type { MessageKey } from '../../src/shared/i18n'
import { capture, de, openApp, text, toStartScreen, uniqueName } from './support/app'

/**
 * The demo company is Swiss (and under both laws), so the German UI speaks Swiss German:
 * every label below comes from the catalogue in that locale.
 */
const ch = (key: MessageKey, params?: Record<string, string | number>): string => text('de-CH', key, params)
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A section of the form: a region named by its heading, which starts with the section title. */
const section = (scope: Page | Locator, key: MessageKey): Locator => scope.getByRole('region', { name: new RegExp(`^${escape(ch(key))}`) })

async function createDemo(page: Page): Promise<void> {
  await openApp(page)
  await toStartScreen(page)
  const form = page.getByRole('region', { name: de('create.heading') })
  await form.getByLabel(de('create.file')).fill(uniqueName('forms'))
  await form.getByLabel(de('create.passphrase'), { exact: true }).fill('Demo Passphrase fuer Formulare 2026')
  await form.getByLabel(de('create.confirm')).fill('Demo Passphrase fuer Formulare 2026')
  await form.getByRole('button', { name: de('create.demo') }).click()
  // Seeding the demo company through the contract takes a moment.
  await expect(page.getByRole('navigation', { name: de('nav.label') })).toBeVisible({ timeout: 30_000 })
}

/** Types into a picker and chooses the suggestion whose text matches. */
async function pick(scope: Locator, label: string, typed: string, option: RegExp | string): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true })
  await box.fill(typed)
  await scope.page().getByRole('option', { name: option }).click()
  await expect(box).toHaveValue('')
}

const chips = (scope: Locator, label: string): Locator => scope.getByRole('list', { name: ch('picker.selected', { label }) })

test('activity form: create with pickers, reload, edit with history, invalid input, used by; organisation', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const main = page.getByRole('main')
  const nav = page.getByRole('navigation', { name: de('nav.label') })

  // ----- A new activity -----
  await page.evaluate(() => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = '#/activities/new'
  })
  await expect(main.getByRole('heading', { level: 1, name: ch('detail.newTitle', { kind: ch('entity.activities') }) })).toBeVisible()
  const name = `E2E Gesundheitsmanagement ${uniqueName('va')}`
  const newCategory = `E2E Kategorie ${uniqueName('dk')}`
  const purpose = 'Bearbeitung von Arztzeugnissen und Absenzen'

  await main.getByLabel(ch('field.activities.name'), { exact: true }).fill(name)

  await section(main, 'section.purposes').getByRole('button', { name: ch('list.add.purposes') }).click()
  const purposeInput = main.getByLabel(ch('list.item.purposes', { n: 1 }), { exact: true })
  await expect(purposeInput).toBeFocused()
  await purposeInput.fill(purpose)

  const subjects = section(main, 'section.subjectsCategories')
  const categoriesLabel = ch('field.activities.dataCategoryIds')
  await pick(subjects, categoriesLabel, 'Gesundheit', /^DK-\d{4} Gesundheitsdaten$/)
  // A category that does not exist yet is created from the picker, by name.
  await subjects.getByRole('combobox', { name: categoriesLabel, exact: true }).fill(newCategory)
  await page.getByRole('option', { name: ch('picker.create', { name: newCategory }) }).click()
  await expect(chips(subjects, categoriesLabel).getByRole('link', { name: new RegExp(`${escape(newCategory)}$`) })).toBeVisible()
  await expect(chips(subjects, categoriesLabel).getByRole('link', { name: /Gesundheitsdaten$/ })).toBeVisible()
  await pick(subjects, ch('field.activities.dataSubjectIds'), 'Mitarbeitende', /^BP-\d{4} Mitarbeitende$/)

  // The recipient by keyboard only: type, arrow down to the suggestion, Enter.
  const recipients = section(main, 'section.recipients')
  const recipientBox = recipients.getByRole('combobox', { name: ch('field.activities.recipientIds'), exact: true })
  await recipientBox.fill('CloudReach')
  const cloudReach = page.getByRole('option', { name: /^EM-\d{4} CloudReach Inc\.$/ })
  await expect(cloudReach).toBeVisible()
  await expect(page.getByRole('option', { name: ch('picker.create', { name: 'CloudReach' }) })).toBeVisible()
  await recipientBox.press('ArrowDown')
  await expect(recipientBox).toHaveAttribute('aria-activedescendant', (await cloudReach.getAttribute('id')) as string)
  await expect(cloudReach).toHaveAttribute('aria-selected', 'true')
  await recipientBox.press('Enter')
  await expect(recipientBox).toHaveAttribute('aria-expanded', 'false')
  await expect(chips(recipients, ch('field.activities.recipientIds')).getByRole('link', { name: /CloudReach Inc\.$/ })).toBeVisible()

  // A transfer to the US under the Commission's standard contractual clauses (GDPR).
  const transfers = section(main, 'section.transfers')
  await transfers.getByRole('button', { name: ch('transfer.add') }).click()
  const transfer = transfers.getByRole('group', { name: ch('transfer.row', { n: 1 }) })
  await pick(transfer, ch('field.transfer.recipientId'), 'CloudReach', /^EM-\d{4} CloudReach Inc\.$/)
  await transfer.getByLabel(ch('field.transfer.country'), { exact: true }).selectOption('US')
  await transfer.getByLabel(ch('field.transfer.regime'), { exact: true }).selectOption('gdpr')
  // Only the mechanisms of the row's law are offered.
  const mechanism = transfer.getByLabel(ch('field.transfer.mechanism'), { exact: true })
  await expect(mechanism.locator('option[value="CH-SCC"]')).toHaveCount(0)
  await mechanism.selectOption('EU-SCC')

  // A retention rule for the health data, limited to this activity's categories.
  const retention = section(main, 'section.retention')
  await retention.getByRole('button', { name: ch('retention.add') }).click()
  const rule = retention.getByRole('group', { name: ch('retention.row', { n: 1 }) })
  const category = rule.getByLabel(ch('field.retention.dataCategoryId'), { exact: true })
  await expect(category.locator('option')).toHaveCount(3)
  const healthId = await category.locator('option', { hasText: 'Gesundheitsdaten' }).getAttribute('value')
  expect(healthId).toMatch(/^[0-9a-f-]{36}$/)
  await category.selectOption(healthId as string)
  await rule.getByLabel(ch('field.retention.amount'), { exact: true }).fill('2')
  await rule.getByLabel(ch('field.retention.unit'), { exact: true }).selectOption('years')
  await rule.getByLabel(ch('field.retention.legalReference'), { exact: true }).fill('OR Art. 958f')
  await rule.getByLabel(ch('field.retention.startEvent'), { exact: true }).fill('Ende des Arbeitsverhältnisses')

  await expect(page.getByText(ch('form.dirty'))).toBeVisible()
  await capture(page, 'activity-form')

  // Ctrl+S creates the entry and moves to its own address.
  await page.keyboard.press('Control+s')
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]{36}$/)
  const heading = main.getByRole('heading', { level: 1, name: new RegExp(`^VT-\\d{4} ${escape(name)}$`) })
  await expect(heading).toBeVisible()
  const ref = ((await heading.textContent()) ?? '').split(' ')[0]
  await expect(main.getByRole('status').filter({ hasText: ch('form.created', { ref }) })).toBeVisible()
  await expect(main.getByRole('tab', { name: ch('detail.tab.details') })).toHaveAttribute('aria-selected', 'true')
  await capture(page, 'detail-details')

  // ----- Reload: everything is still there, field by field -----
  await page.reload()
  await expect(heading).toBeVisible()
  await expect(main.getByLabel(ch('field.activities.name'), { exact: true })).toHaveValue(name)
  await expect(main.getByLabel(ch('list.item.purposes', { n: 1 }), { exact: true })).toHaveValue(purpose)
  const categoryChips = chips(section(main, 'section.subjectsCategories'), categoriesLabel)
  await expect(categoryChips.getByRole('link', { name: /Gesundheitsdaten$/ })).toBeVisible()
  await expect(categoryChips.getByRole('link', { name: new RegExp(`${escape(newCategory)}$`) })).toBeVisible()
  await expect(categoryChips.getByRole('listitem')).toHaveCount(2)
  await expect(chips(section(main, 'section.subjectsCategories'), ch('field.activities.dataSubjectIds')).getByRole('link', { name: / Mitarbeitende$/ })).toBeVisible()
  await expect(chips(section(main, 'section.recipients'), ch('field.activities.recipientIds')).getByRole('link', { name: /CloudReach Inc\.$/ })).toBeVisible()
  const savedTransfer = section(main, 'section.transfers').getByRole('group', { name: ch('transfer.row', { n: 1 }) })
  await expect(chips(savedTransfer, ch('field.transfer.recipientId')).getByRole('link', { name: /CloudReach Inc\.$/ })).toBeVisible()
  await expect(savedTransfer.getByLabel(ch('field.transfer.country'), { exact: true })).toHaveValue('US')
  await expect(savedTransfer.getByLabel(ch('field.transfer.regime'), { exact: true })).toHaveValue('gdpr')
  await expect(savedTransfer.getByLabel(ch('field.transfer.mechanism'), { exact: true })).toHaveValue('EU-SCC')
  const savedRule = section(main, 'section.retention').getByRole('group', { name: ch('retention.row', { n: 1 }) })
  await expect(savedRule.getByLabel(ch('field.retention.dataCategoryId'), { exact: true })).toHaveValue(healthId as string)
  await expect(savedRule.getByLabel(ch('field.retention.amount'), { exact: true })).toHaveValue('2')
  await expect(savedRule.getByLabel(ch('field.retention.unit'), { exact: true })).toHaveValue('years')
  await expect(savedRule.getByLabel(ch('field.retention.legalReference'), { exact: true })).toHaveValue('OR Art. 958f')
  await expect(page.getByText(ch('form.clean'))).toBeVisible()

  // ----- Edit one field; the History tab shows the change -----
  const description = 'Arztzeugnisse, Unfallmeldungen und Case Management.'
  await main.getByLabel(ch('field.activities.description'), { exact: true }).fill(description)
  await main.getByRole('button', { name: ch('form.save'), exact: true }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('form.saved') })).toBeVisible()
  await main.getByRole('tab', { name: ch('detail.tab.history') }).click()
  const history = main.getByRole('tabpanel', { name: ch('detail.tab.history') })
  await expect(history.getByText(ch('history.count', { count: 2 }))).toBeVisible()
  const change = history.getByRole('row', { name: new RegExp(`^${escape(ch('field.activities.description'))}`) }).first()
  await expect(change.getByRole('cell').nth(0)).toHaveText(ch('history.emptyValue'))
  await expect(change.getByRole('cell').nth(1)).toHaveText(description)
  // The create entry names the linked entries, not their ids.
  await expect(history.getByRole('row', { name: new RegExp(`^${escape(categoriesLabel)}`) }).getByText(/Gesundheitsdaten/)).toBeVisible()
  await capture(page, 'detail-history')

  // ----- Invalid input: the message sits next to the field, nothing is saved -----
  await main.getByRole('tab', { name: ch('detail.tab.details') }).click()
  const review = main.getByLabel(ch('field.activities.reviewDate'), { exact: true })
  await review.fill('2026-02-31')
  await page.keyboard.press('Control+s')
  await expect(review).toHaveAttribute('aria-invalid', 'true')
  await expect(review).toHaveAccessibleDescription(new RegExp(escape(ch('validation.date'))))
  await expect(main.getByRole('alert').filter({ hasText: ch('form.invalidSummary', { count: 1 }) })).toBeVisible()
  const nameInput = main.getByLabel(ch('field.activities.name'), { exact: true })
  await nameInput.fill('')
  await expect(nameInput).toHaveAttribute('aria-invalid', 'true')
  await expect(nameInput).toHaveAccessibleDescription(new RegExp(escape(ch('validation.required'))))
  await capture(page, 'activity-form-invalid')

  // Leaving with unsaved changes asks first; staying keeps the edits.
  await nav.getByRole('link', { name: de('nav.overview') }).click()
  const leave = page.getByRole('dialog', { name: ch('dialog.unsavedTitle') })
  await expect(leave).toBeVisible()
  await leave.getByRole('button', { name: ch('dialog.stay') }).click()
  await expect(leave).toBeHidden()
  await expect(page).toHaveURL(/#\/activities\/[0-9a-f-]{36}$/)
  await expect(review).toHaveValue('2026-02-31')

  // Esc discards (after asking); the History tab still has two entries, and so does a reload.
  await page.keyboard.press('Escape')
  const discard = page.getByRole('dialog', { name: ch('dialog.discardTitle') })
  await discard.getByRole('button', { name: ch('dialog.discard'), exact: true }).click()
  await expect(nameInput).toHaveValue(name)
  await expect(review).toHaveValue('')
  await main.getByRole('tab', { name: ch('detail.tab.history') }).click()
  await expect(history.getByText(ch('history.count', { count: 2 }))).toBeVisible()
  await page.reload()
  await expect(heading).toBeVisible()
  await expect(main.getByLabel(ch('field.activities.reviewDate'), { exact: true })).toHaveValue('')

  // ----- The health category is used by the new activity -----
  await section(main, 'section.subjectsCategories').getByRole('link', { name: /Gesundheitsdaten$/ }).click()
  await expect(main.getByRole('heading', { level: 1, name: /^DK-\d{4} Gesundheitsdaten$/ })).toBeVisible()
  await main.getByRole('tab', { name: new RegExp(`^${escape(ch('detail.tab.usage'))}`) }).click()
  const usage = main.getByRole('tabpanel', { name: new RegExp(`^${escape(ch('detail.tab.usage'))}`) })
  const usedBy = usage.getByRole('link', { name: new RegExp(`${escape(ref)} ${escape(name)}`) })
  await expect(usedBy).toBeVisible()
  await expect(usage.getByText(new RegExp(`^${escape(ch('nav.activities'))}: \\d+$`))).toBeVisible()
  await capture(page, 'detail-usage')
  await usedBy.click()
  await expect(heading).toBeVisible()

  // ----- Organisation: headcount survives a reload; switching the law asks first -----
  await nav.getByRole('link', { name: ch('nav.organisation') }).click()
  await expect(main.getByRole('heading', { level: 1, name: ch('org.heading') })).toBeVisible()
  const headcount = main.getByLabel(ch('field.organisation.headcount'), { exact: true })
  await expect(headcount).toHaveValue('120')
  await headcount.fill('121')
  await main.getByRole('radio', { name: ch('org.regimes.revdsg') }).click()
  const regimes = page.getByRole('dialog', { name: ch('dialog.regimesTitle') })
  await expect(regimes).toContainText(ch('dialog.regimesText'))
  await regimes.getByRole('button', { name: ch('dialog.cancel') }).click()
  await expect(main.getByRole('radio', { name: ch('org.regimes.both') })).toBeChecked()
  await main.getByRole('button', { name: ch('form.save'), exact: true }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('form.saved') })).toBeVisible()
  await capture(page, 'organisation')
  await page.reload()
  await expect(main.getByLabel(ch('field.organisation.headcount'), { exact: true })).toHaveValue('121')

  expect(errors).toEqual([])
})

test('every registry has a detail page; approval, duplicate, a US recipient with DPF, English', async ({ page }) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await createDemo(page)
  const main = page.getByRole('main')
  const api = async (method: string, data: object): Promise<{ rows: Array<{ id: string; ref: string; name: string }> }> => {
    const response = await page.request.post(`/api/${method}`, { headers: { 'X-DPO-Token': 'e2e-token' }, data })
    const body = await response.json()
    expect(body.ok, JSON.stringify(body)).toBe(true)
    return body.value
  }
  const go = (hash: string): Promise<void> =>
    page.evaluate((h) => {
      ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
    }, hash)

  // One entry of each registry: the form for its kind, loaded and accessible.
  for (const kind of ['activities', 'processorActivities', 'dataCategories', 'dataSubjects', 'recipients', 'systems', 'toms'] as const) {
    const [first] = (await api(`${kind}.list`, { limit: 1 })).rows
    await go(`#/${kind}/${first.id}`)
    await expect(main.getByRole('heading', { level: 1, name: `${first.ref} ${first.name}` })).toBeVisible()
    await expect(main.getByLabel(ch(`field.${kind}.name` as MessageKey), { exact: true })).toHaveValue(first.name)
    await expect(main.getByRole('alert')).toHaveCount(0)
    await capture(page, `detail-${kind}`)
  }

  // An address that names no entry says so, with the way back to the list.
  for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-eintrag']) {
    await go(`#/toms/${id}`)
    await expect(main.getByRole('heading', { level: 1, name: ch('detail.notFoundTitle') })).toBeVisible()
    await expect(main.getByRole('link', { name: ch('detail.backToList', { name: ch('nav.toms') }) })).toBeVisible()
  }

  // Duplicate an activity: a draft copy named "(Kopie)", then draft → in review → approved.
  const [activity] = (await api('activities.list', { limit: 1 })).rows
  await go(`#/activities/${activity.id}`)
  await main.getByRole('button', { name: ch('form.duplicate') }).click()
  const copyName = ch('form.copyName', { name: activity.name })
  await expect(main.getByRole('heading', { level: 1, name: new RegExp(`^VT-\\d{4} ${escape(copyName)}$`) })).toBeVisible()
  await expect(main.getByRole('status').filter({ hasText: /VT-\d{4}/ })).toBeVisible()
  const status = section(main, 'section.status')
  await expect(status.getByText(ch('enum.activityStatus.draft'), { exact: true })).toBeVisible()
  await status.getByRole('button', { name: ch('workflow.toReview') }).click()
  await expect(status.getByText(ch('enum.activityStatus.in_review'), { exact: true })).toBeVisible()
  await status.getByRole('button', { name: ch('workflow.approve') }).click()
  const approve = page.getByRole('dialog', { name: ch('dialog.approveTitle') })
  await approve.getByLabel(ch('field.activities.approvedBy')).fill('Dr. Lea Brunner')
  await approve.getByLabel(ch('field.activities.approvedAt')).fill('2026-02-31')
  await approve.getByRole('button', { name: ch('dialog.approve') }).click()
  await expect(approve.getByLabel(ch('field.activities.approvedAt'))).toHaveAccessibleDescription(new RegExp(escape(ch('validation.date'))))
  await approve.getByLabel(ch('field.activities.approvedAt')).fill('2026-03-02')
  await approve.getByRole('button', { name: ch('dialog.approve') }).click()
  await expect(status.getByText(ch('enum.activityStatus.approved'), { exact: true })).toBeVisible()
  await expect(status.getByText(/Dr\. Lea Brunner/)).toBeVisible()
  await main.getByRole('tab', { name: ch('detail.tab.history') }).click()
  const history = main.getByRole('tabpanel', { name: ch('detail.tab.history') })
  await expect(history.getByRole('row', { name: new RegExp(`^${escape(ch('field.activities.approvedBy'))}`) }).first()).toContainText('Dr. Lea Brunner')

  // A new recipient in the US: the Data Privacy Framework boxes appear, per law.
  await go('#/recipients/new')
  await main.getByLabel(ch('field.recipients.name'), { exact: true }).fill('E2E Cloud LLC')
  const dpfEu = main.getByRole('checkbox', { name: ch('field.recipients.dpfCertifiedEu') })
  await expect(dpfEu).toHaveCount(0)
  await main.getByLabel(ch('field.recipients.country'), { exact: true }).selectOption('US')
  await dpfEu.check()
  await expect(main.getByRole('checkbox', { name: ch('field.recipients.dpfCertifiedCh') })).not.toBeChecked()
  await main.getByRole('button', { name: ch('form.create') }).click()
  await expect(main.getByRole('heading', { level: 1, name: /^EM-\d{4} E2E Cloud LLC$/ })).toBeVisible()
  await page.reload()
  await expect(dpfEu).toBeChecked()

  // Someone else saves the entry meanwhile: saving says so, keeps nothing, and offers the current state.
  const recipientId = page.url().split('/').pop() as string
  await api('recipients.update', { id: recipientId, changes: { notes: 'Von anderer Stelle geändert' } })
  await main.getByLabel(ch('field.recipients.description'), { exact: true }).fill('Meine Änderung')
  await page.keyboard.press('Control+s')
  const conflict = main.getByRole('alert').filter({ hasText: ch('form.conflict', { expected: 1, actual: 2 }) })
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: ch('form.reload') }).click()
  await expect(main.getByRole('textbox', { name: ch('field.recipients.notes'), exact: true })).toHaveValue('Von anderer Stelle geändert')
  await expect(main.getByLabel(ch('field.recipients.description'), { exact: true })).toHaveValue('')

  // Archive (after asking) and restore.
  await main.getByRole('button', { name: ch('form.archive') }).click()
  const archive = page.getByRole('dialog', { name: ch('dialog.archiveTitle', { name: 'E2E Cloud LLC' }) })
  await archive.getByRole('button', { name: ch('dialog.archiveConfirm') }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('form.archivedNotice') })).toBeVisible()
  await expect(main.getByText(/^Archiviert am /)).toBeVisible()
  await main.getByRole('button', { name: ch('form.restore') }).click()
  await expect(main.getByRole('status').filter({ hasText: ch('form.restoredNotice') })).toBeVisible()
  await expect(main.getByRole('button', { name: ch('form.archive') })).toBeVisible()

  // English: the same form, every label from the catalogue in English.
  await page.getByRole('banner').getByRole('combobox', { name: de('header.language') }).selectOption('en')
  await expect(main.getByLabel(text('en', 'field.recipients.country'), { exact: true })).toHaveValue('US')
  await expect(main.getByRole('tab', { name: text('en', 'detail.tab.history') })).toBeVisible()
  await capture(page, 'detail-recipients-en')
  await page.getByRole('banner').getByRole('combobox', { name: text('en', 'header.language') }).selectOption('de')

  expect(errors).toEqual([])
})
