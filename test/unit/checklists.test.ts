import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf, OutputOf } from '../../src/shared/api'
import {
  MAX_ATTACHMENT_BYTES,
  MAX_TEMPLATE_JSON,
  TEMPLATE_FILE_FORMAT,
  type AssessmentDetail,
  type ChecklistTemplateInput
} from '../../src/shared/checklists'
import type { AppError } from '../../src/shared/errors'
import type { Core } from '../../src/core'
import { closeWorkspace, createWorkspace } from '../../src/core/workspace'
import { insertAssessment } from '../../src/core/workspace/assessments'
import { addAttachment, attachmentBytes } from '../../src/core/workspace/attachments'
import { shippedTemplate, shippedTemplates } from '../../src/core/checklists/templates'
import { checklists as checklistMessages } from '../../src/shared/i18n/messages/checklists'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

let dir: string
let cleanup: () => void
let cores: Core[] = []
beforeEach(() => ({ dir, cleanup } = tempDir('dpo-checklists-')))
afterEach(() => {
  for (const c of cores) c.close()
  cores = []
  cleanup()
})

async function workspace(name = 'ws', regimes: Array<'gdpr' | 'revdsg'> = ['gdpr', 'revdsg']): Promise<{ core: Core; file: string }> {
  const ws = await createWorkspaceFile(dir, name, { regimes })
  cores.push(ws.core)
  return ws
}

async function demoWorkspace(): Promise<{ core: Core; file: string }> {
  const core = makeCore(dir)
  cores.push(core)
  const status = await core.call('workspace.create', {
    file: join(dir, 'demo.dpo'),
    passphrase: PASSPHRASE,
    organisationName: 'Helvetia Shop AG',
    regimes: ['gdpr', 'revdsg'],
    language: 'de',
    demo: true
  })
  return { core, file: status.file! }
}

/** The error of a call that must fail. */
async function failure(core: Core, method: string, input: unknown): Promise<AppError> {
  const result = await core.dispatch(method, input)
  expect(result.ok, `${method} should fail`).toBe(false)
  if (result.ok) throw new Error('unreachable')
  return result.error
}

const answer = (core: Core, id: string, questionId: string, value: InputOf<'assessments.answer'>['value'], comment?: string) =>
  core.call('assessments.answer', { id, questionId, value, ...(comment !== undefined ? { comment } : {}) })

const stateOf = (a: AssessmentDetail, questionId: string) => a.questions.find((q) => q.questionId === questionId)!

async function auditTotal(core: Core): Promise<number> {
  return (await core.call('audit.list', { limit: 1 })).total
}

/** Every label object ({ de, en, de-CH? }) inside a value, with its path. */
function labels(value: unknown, path = ''): Array<{ path: string; label: { de: string; en: string; 'de-CH'?: string } }> {
  if (value === null || typeof value !== 'object') return []
  const v = value as Record<string, unknown>
  if (typeof v.de === 'string' && typeof v.en === 'string') return [{ path, label: v as { de: string; en: string; 'de-CH'?: string } }]
  return Object.entries(v).flatMap(([k, child]) => labels(child, path ? `${path}.${k}` : k))
}

describe('shipped checklist templates', () => {
  it('are the six templates with the structure the reference prescribes', async () => {
    const { core } = await workspace()
    const list = await core.call('checklists.templates', {})
    const byKey = Object.fromEntries(list.map((t) => [t.key, t]))
    expect(Object.keys(byKey)).toEqual(['customer-portal', 'dpia-screening', 'tom-audit', 'access-review', 'revdsg-readiness', 'record-completeness'])
    expect(list.every((t) => t.source === 'shipped')).toBe(true)

    const portal = (await core.call('checklists.template', { key: 'customer-portal' })).template
    const ids = (letter: string, n: number) => Array.from({ length: n }, (_, i) => `${letter}${i + 1}`)
    expect(portal.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(portal.sections.map((s) => s.questions.map((q) => q.id))).toEqual([ids('A', 6), ids('B', 5), ids('C', 8), ids('D', 8), ids('E', 5)])
    expect(byKey['customer-portal'].questions).toBe(32)
    expect(portal.sections[1].help?.en).toMatch(/Pseudonymisation \(GDPR Art\. 4\(5\)\)/)
    expect(portal.sections[1].help?.en).toMatch(/Anonymous information \(Recital 26\)/)
    expect(portal.sections[1].help?.['de-CH']).toMatch(/Art\. 6 Abs\. 4 DSG/)
    expect(portal.sections[4].questions.find((q) => q.id === 'E3')?.label.en).toMatch(/reviewed periodically/)
    expect(portal.sections[4].questions.find((q) => q.id === 'E4')?.short?.de).toBe('Joiner/Mover/Leaver')
    for (const q of portal.sections.flatMap((s) => s.questions)) {
      expect(q.refs.length, q.id).toBeGreaterThan(0)
      expect(q.answer).toEqual({ type: 'rating', partly: true, notApplicable: true })
    }

    const dpia = (await core.call('checklists.template', { key: 'dpia-screening' })).template
    const mapped = dpia.sections.flatMap((s) => s.questions).flatMap((q) => (q.dpia ? [q.dpia] : []))
    expect(mapped.filter((m) => m.kind === 'art35_3').map((m) => ('code' in m ? m.code : ''))).toEqual(['a', 'b', 'c'])
    expect(mapped.filter((m) => m.kind === 'wp248').map((m) => ('code' in m ? m.code : ''))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(mapped.filter((m) => m.kind === 'dsg22').map((m) => ('code' in m ? m.code : ''))).toEqual(['a', 'b'])
    expect(dpia.targets).toEqual(['activity'])

    const toms = (await core.call('checklists.template', { key: 'tom-audit' })).template
    const options = await core.call('catalog.options', {})
    expect(toms.sections.map((s) => s.id)).toEqual(options.controlAreas.map((c) => c.value))
    const catalogToms = new Set(options.toms.map((t) => t.value))
    for (const s of toms.sections) {
      expect(s.questions.length, s.id).toBeGreaterThanOrEqual(3)
      for (const q of s.questions) expect(catalogToms.has(q.tomKey!), q.id).toBe(true)
    }

    const review = (await core.call('checklists.template', { key: 'access-review' })).template
    expect(review.kind).toBe('access_review')
    expect(review.recurrenceMonths).toBe(6)
    expect(review.sections.flatMap((s) => s.questions).some((q) => q.answer.type === 'review_list')).toBe(true)
    expect(byKey['revdsg-readiness'].questions).toBeGreaterThanOrEqual(12)
    const record = byKey['record-completeness']
    expect(record.autoQuestions).toBe(record.questions)
    expect(record.autoQuestions).toBeGreaterThanOrEqual(6)

    // Every auto question names a check this version knows.
    const known = new Set((await core.call('checklists.autoChecks', {})).map((c) => c.id))
    for (const t of shippedTemplates) {
      for (const q of t.sections.flatMap((s) => s.questions)) if (q.answer.type === 'auto') expect(known.has(q.answer.check), `${t.key} ${q.id}`).toBe(true)
    }
  })

  it('speak German, Swiss German and English: no ß in de-CH, Swiss terms where German says Verarbeitung', () => {
    for (const t of shippedTemplates) {
      const found = labels(t)
      expect(found.length).toBeGreaterThan(10)
      for (const { path, label } of found) {
        expect(label.de.trim(), `${t.key} ${path}`).not.toBe('')
        expect(label.en.trim(), `${t.key} ${path}`).not.toBe('')
        if (label['de-CH']) expect(label['de-CH'], `${t.key} ${path}`).not.toMatch(/ß/)
        if (/[Vv]erarbeit|personenbezogen/.test(label.de)) expect(label['de-CH'], `${t.key} ${path} needs de-CH`).toBeDefined()
      }
    }
  })
})

describe('checklist messages', () => {
  it('use the same placeholders in every language and Swiss spelling in de-CH', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, m] of Object.entries(checklistMessages) as Array<[string, { de: string; en: string; 'de-CH'?: string }]>) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß/)
      if (/ß|[Vv]erarbeit/.test(m.de)) expect(m['de-CH'], key).toBeDefined()
    }
  })
})

describe('the customer-portal assessment on the demo portal', () => {
  it('keeps answers, findings, actions and an encrypted attachment across close and reopen', async () => {
    const { core, file } = await demoWorkspace()
    // Full-text search matches word prefixes: "Portal" alone does not find the compound "Kundenportal".
    const { rows } = await core.call('systems.list', { query: 'Kundenportal' })
    const portal = rows.find((r) => r.name.includes('Kundenportal'))!
    expect(portal).toBeDefined()

    let a = await core.call('assessments.create', { templateKey: 'customer-portal', target: { type: 'system', id: portal.id }, assignee: 'Datenschutzberaterin', dueDate: '2030-01-31' })
    expect(a).toMatchObject({ ref: 'AS-0001', status: 'open', targetName: portal.name, targetRef: portal.ref, progress: { answered: 0, total: 32 }, score: { value: null } })
    expect(a.title).toBe('Datenschutzprüfung Kundenportal')

    a = await answer(core, a.id, 'A1', 'yes')
    a = await answer(core, a.id, 'A2', 'partly')
    a = await answer(core, a.id, 'A3', 'no', 'Newsletter-Opt-in ist vorausgewählt.')
    a = await answer(core, a.id, 'A4', 'not_applicable')
    expect(a.status).toBe('in_progress')
    expect(a.progress).toEqual({ answered: 4, total: 32 })
    expect(a.score).toEqual({ value: 0.5, achieved: 1.5, possible: 3 })
    expect(a.sections.find((s) => s.sectionId === 'A')?.progress).toEqual({ answered: 4, total: 6 })
    expect(stateOf(a, 'A4')).toMatchObject({ answered: true, score: null })

    const wrong = await failure(core, 'assessments.answer', { id: a.id, questionId: 'A5', value: 'maybe' })
    expect(wrong).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'value' }] })
    expect((await failure(core, 'assessments.answer', { id: a.id, questionId: 'Z9', value: 'yes' })).issues?.[0].path).toBe('questionId')

    const finding = await core.call('findings.create', { assessmentId: a.id, questionId: 'A3', title: 'Marketing-Opt-in vorausgewählt', severity: 'high' })
    const action = await core.call('actions.create', { findingId: finding.id, title: 'Opt-in-Checkbox leer voreinstellen', owner: 'E-Commerce', dueDate: '2030-02-28' })

    const marker = `EVIDENCE-MARKER-${randomUUID()}`
    const content = Buffer.from(`Pentest-Bericht Kundenportal\n${marker}\n`.repeat(64))
    const meta = await core.call('attachments.add', { assessmentId: a.id, questionId: 'D5', name: 'pentest-2025.txt', mimeType: 'text/plain', base64: content.toString('base64') })
    expect(meta).toMatchObject({ name: 'pentest-2025.txt', mimeType: 'text/plain', size: content.length, sha256: createHash('sha256').update(content).digest('hex') })

    a = await core.call('assessments.get', { id: a.id })
    expect(a).toMatchObject({ openFindings: 1, openActions: 1, attachmentCount: 1 })

    // The bytes are nowhere on disk in plaintext: not in the workspace, its WAL or any other file.
    const needle = Buffer.from(marker)
    const scan = () => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isFile()) expect(readFileSync(path).includes(needle), name).toBe(false)
      }
    }
    scan()
    await core.call('workspace.lock', {})
    scan()
    expect(existsSync(file)).toBe(true)

    await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    const again = await core.call('assessments.get', { id: a.id })
    expect(again.progress).toEqual({ answered: 4, total: 32 })
    expect(again.score.value).toBe(0.5)
    expect(Object.fromEntries(again.answers.map((x) => [x.questionId, x.value]))).toEqual({ A1: 'yes', A2: 'partly', A3: 'no', A4: 'not_applicable' })
    expect(again.answers.find((x) => x.questionId === 'A3')).toMatchObject({ comment: 'Newsletter-Opt-in ist vorausgewählt.', answeredBy: 'Test DPO' })
    expect(again.findings).toEqual([finding])
    expect(again.actions).toEqual([action])
    expect(again.attachments).toEqual([meta])
    const bytes = await core.call('attachments.get', { id: meta.id })
    expect(Buffer.from(bytes.base64, 'base64').equals(content)).toBe(true)

    const listed = await core.call('assessments.list', { target: { type: 'system', id: portal.id } })
    expect(listed.map((x) => x.id)).toEqual([a.id])

    // Each mutation left its audit entry, and the chain holds.
    const history = await core.call('audit.history', { entity: 'assessments', entityId: a.id })
    expect(history.map((h) => h.changes[0].field)).toEqual(expect.arrayContaining(['ref', 'answers.A1', 'answers.A2', 'answers.A3', 'answers.A4', 'status']))
    expect(await core.call('audit.history', { entity: 'findings', entityId: finding.id })).toHaveLength(1)
    expect(await core.call('audit.history', { entity: 'actions', entityId: action.id })).toHaveLength(1)
    expect((await core.call('audit.history', { entity: 'attachments', entityId: meta.id }))[0].changes).toEqual(
      expect.arrayContaining([{ field: 'sha256', before: null, after: meta.sha256 }])
    )
    expect((await core.call('audit.verify', {})).ok).toBe(true)

    // Actions go on after the assessment is closed: done moves the counts.
    await core.call('actions.update', { id: action.id, changes: { status: 'done' } })
    expect(await core.call('assessments.get', { id: a.id })).toMatchObject({ openFindings: 0, openActions: 0 })
  })

  it('refuses an attachment over the limit with a typed error and stores nothing', async () => {
    const { core } = await workspace()
    const a = await core.call('assessments.create', { templateKey: 'customer-portal', target: { type: 'organisation' } })
    const before = await auditTotal(core)
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x41)
    const error = await failure(core, 'attachments.add', { assessmentId: a.id, name: 'zu-gross.bin', mimeType: 'application/octet-stream', base64: big.toString('base64') })
    expect(error.code).toBe('TOO_LARGE')
    expect(error.message).toMatch(/zu-gross\.bin/)
    expect(error.message).toMatch(/\(20\.1 MiB\); erlaubt sind 20\.0 MiB je Datei/)
    expect(await auditTotal(core)).toBe(before)
    expect((await core.call('assessments.get', { id: a.id })).attachments).toEqual([])

    const path = await failure(core, 'attachments.add', { assessmentId: a.id, name: '../etc/passwd', mimeType: 'text/plain', base64: 'YQ==' })
    expect(path).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'name' }] })
  })

  it('keeps all attachments of a workspace under the total limit', () => {
    const ws = createWorkspace(join(dir, 'limits.dpo'), PASSPHRASE)
    try {
      const actor = { author: 'Test' }
      const template = shippedTemplate('customer-portal')!
      const row = ws.db.transaction(() =>
        insertAssessment(ws.db, actor, { templateKey: template.key, template, target: { type: 'organisation' }, title: 'x', assignee: '', dueDate: null, regimes: ['gdpr'], previousId: null })
      )()
      const limits = { file: 100, workspace: 150 }
      const add = (size: number) => ws.db.transaction(() => addAttachment(ws.db, actor, { assessmentId: row.id, questionId: null, name: `f${size}`, mimeType: 'text/plain', bytes: Buffer.alloc(size) }, limits))()
      add(100)
      expect(() => add(101)).toThrowError(expect.objectContaining({ code: 'TOO_LARGE', params: expect.objectContaining({ scope: 'checklist.limit.file' }) }))
      expect(() => add(60)).toThrowError(expect.objectContaining({ code: 'TOO_LARGE', params: expect.objectContaining({ scope: 'checklist.limit.workspace' }) }))
      add(50)
      expect(attachmentBytes(ws.db)).toBe(150)
    } finally {
      closeWorkspace(ws.db)
    }
  })
})

describe('DPIA screening', () => {
  /** Answers every screening criterion of the assessment: "yes" for the listed ids, "no" otherwise. */
  async function screen(core: Core, a: AssessmentDetail, yes: string[]): Promise<AssessmentDetail> {
    let current = a
    for (const s of a.template.sections) {
      for (const q of s.questions) {
        if (!q.dpia || q.dpia.kind === 'justification' || !stateOf(current, q.id).applicable) continue
        current = await answer(core, a.id, q.id, yes.includes(q.id) ? 'yes' : 'no')
      }
    }
    return current
  }

  it('marks the activity "required" with two or more WP248 criteria when completed', async () => {
    const { core } = await workspace('dpia', ['gdpr', 'revdsg'])
    const act = await core.call('activities.create', { data: { name: 'Videoüberwachung Lager' } })
    expect((await failure(core, 'assessments.create', { templateKey: 'dpia-screening', target: { type: 'organisation' } })).issues?.[0].path).toBe('target.type')

    let a = await core.call('assessments.create', { templateKey: 'dpia-screening', target: { type: 'activity', id: act.id } })
    expect(a.progress.total).toBe(17)
    a = await answer(core, a.id, 'wp248-3', 'yes')
    const incomplete = await failure(core, 'assessments.complete', { id: a.id })
    expect(incomplete.code).toBe('VALIDATION')
    expect(incomplete.issues?.map((i) => i.path)).toContain('answers.wp248-1')
    expect(incomplete.issues?.map((i) => i.path)).not.toContain('answers.justification')
    expect((await core.call('activities.get', { id: act.id })).dpia.result).toBeNull()

    a = await screen(core, a, ['wp248-3', 'wp248-7'])
    expect(a.dpia).toMatchObject({ result: 'required', rule: 'wp248_two_or_more', wp248: [3, 7], complete: true, justified: false, activityId: act.id })
    expect(a.score.value).toBeNull()

    const done = await core.call('assessments.complete', { id: a.id, today: '2025-03-01' })
    expect(done.status).toBe('completed')
    const activity = await core.call('activities.get', { id: act.id })
    expect(activity.dpia).toEqual({ wp248: [3, 7], art35_3: [], dsg22: [], result: 'required', justification: '', screenedAt: '2025-03-01' })
    const history = await core.call('audit.history', { entity: 'activities', entityId: act.id })
    expect(history.at(-1)?.changes.map((c) => c.field)).toEqual(['dpia'])

    // A completed assessment is a record: reopen it to change answers.
    expect((await failure(core, 'assessments.answer', { id: a.id, questionId: 'wp248-1', value: 'yes' })).issues?.[0].message).toMatch(/abgeschlossen/)
    const reopened = await core.call('assessments.update', { id: a.id, changes: { status: 'in_progress' } })
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null })
  })

  it('recommends with one criterion, stays required with a justification, and requires for DSG Art. 22', async () => {
    const { core } = await workspace('dpia2', ['gdpr', 'revdsg'])
    const results: Record<string, unknown> = {}
    const cases: Array<[string, string[], string]> = [
      ['one', ['wp248-5'], ''],
      ['justified', ['wp248-5', 'wp248-6'], 'Nur interne Daten, geringe Zahl Betroffener; DSFA aus Vorjahr deckt die Verarbeitung ab.'],
      ['dsg', ['dsg22-a'], ''],
      ['none', [], '']
    ]
    for (const [name, yes, justification] of cases) {
      const act = await core.call('activities.create', { data: { name: `Tätigkeit ${name}` } })
      let a = await core.call('assessments.create', { templateKey: 'dpia-screening', target: { type: 'activity', id: act.id } })
      a = await screen(core, a, yes)
      if (justification) a = await answer(core, a.id, 'justification', justification)
      await core.call('assessments.complete', { id: a.id })
      results[name] = (await core.call('activities.get', { id: act.id })).dpia
    }
    expect(results.one).toMatchObject({ result: 'recommended', wp248: [5] })
    expect(results.justified).toMatchObject({ result: 'required', wp248: [5, 6], justification: expect.stringMatching(/DSFA aus Vorjahr/) })
    expect(results.dsg).toMatchObject({ result: 'required', dsg22: ['a'], wp248: [] })
    expect(results.none).toMatchObject({ result: 'not_required', wp248: [], art35_3: [], dsg22: [] })
  })

  it('asks only the questions of the activity regimes', async () => {
    const { core } = await workspace('dpia3', ['gdpr', 'revdsg'])
    const act = await core.call('activities.create', { data: { name: 'Nur Schweiz', regimes: ['revdsg'] } })
    const a = await core.call('assessments.create', { templateKey: 'dpia-screening', target: { type: 'activity', id: act.id } })
    expect(a.regimes).toEqual(['revdsg'])
    expect(a.questions.filter((q) => q.applicable).map((q) => q.questionId)).toEqual(['dsg22-a', 'dsg22-b', 'high-risk', 'justification'])
    expect((await failure(core, 'assessments.answer', { id: a.id, questionId: 'wp248-1', value: 'yes' })).issues?.[0].path).toBe('questionId')
  })
})

describe('auto questions', () => {
  it('list exactly the failing entities of the inventory, live until completed', async () => {
    const { core } = await workspace('auto', ['gdpr'])
    const health = await core.call('dataCategories.create', { data: { name: 'Gesundheitsdaten (Test)', gdprSpecial: 'art9' } })
    const staff = await core.call('dataSubjects.create', { data: { name: 'Beschäftigte (Test)' } })
    const p1 = await core.call('recipients.create', { data: { name: 'Mailer GmbH', kind: 'processor', country: 'DE', dpaStatus: 'missing' } })
    const p2 = await core.call('recipients.create', { data: { name: 'Hosting AG', kind: 'processor', country: 'DE', dpaStatus: 'signed' } })
    const t1 = await core.call('toms.create', { data: { name: 'Verschlüsselung Laptops', status: 'planned' } })
    const t2 = await core.call('toms.create', { data: { name: 'Backup', status: 'implemented' } })
    const good = await core.call('activities.create', {
      data: {
        name: 'Lohnbuchhaltung',
        purposes: ['Lohnabrechnung'],
        legalBases: ['gdpr-6-1-c'],
        dataSubjectIds: [staff.id],
        dataCategoryIds: [],
        recipientIds: [p2.id],
        retention: [{ period: { amount: 10, unit: 'years' } }],
        tomIds: [t2.id],
        dpia: { result: 'not_required' }
      }
    })
    const bad = await core.call('activities.create', {
      data: {
        name: 'Betriebliches Gesundheitsmanagement',
        legalBases: ['gdpr-6-1-b'],
        dataCategoryIds: [health.id],
        recipientIds: [p1.id],
        transfers: [{ country: 'US', regime: 'gdpr' }],
        tomIds: [t1.id]
      }
    })
    const entity = (kind: string, e: { id: string; ref: string; name: string }, fields: string[]) => ({ kind, id: e.id, ref: e.ref, name: e.name, fields })

    const a = await core.call('assessments.create', { templateKey: 'record-completeness', target: { type: 'organisation' } })
    const failing = (questionId: string) => stateOf(a, questionId).evaluation!.failing
    expect(stateOf(a, 'rc-purpose').evaluation).toMatchObject({ result: 'fail', checked: 2 })
    expect(failing('rc-purpose')).toEqual([entity('activities', bad, ['purposes'])])
    expect(failing('rc-data-subjects')).toEqual([entity('activities', bad, ['dataSubjectIds'])])
    expect(failing('rc-data-categories')).toEqual([entity('activities', good, ['dataCategoryIds'])])
    expect(failing('rc-retention')).toEqual([entity('activities', bad, ['retention'])])
    expect(failing('rc-transfers')).toEqual([entity('activities', bad, ['transfers.0.mechanism'])])
    expect(failing('rc-dpa')).toEqual([entity('recipients', p1, ['dpaStatus'])])
    expect(failing('rc-tom-implemented')).toEqual([entity('toms', t1, ['status'])])
    expect(failing('rc-art9')).toEqual([entity('activities', bad, ['legalBases'])])
    expect(failing('rc-dpia')).toEqual([entity('activities', bad, ['dpia.result'])])
    expect(stateOf(a, 'rc-legal-basis').evaluation).toMatchObject({ result: 'pass', failing: [] })
    expect(stateOf(a, 'rc-art10').evaluation).toMatchObject({ check: 'rule:lawfulness.art10.authorisationMissing', result: 'pass' })
    expect(failing('rc-controller')).toEqual([{ kind: 'organisation', id: 'organisation', ref: '', name: 'Muster AG', fields: ['contact'] }])
    expect(a.progress).toEqual({ answered: a.progress.total, total: a.progress.total })

    // Scoped to one activity: only what that activity links to.
    const one = await core.call('assessments.create', { templateKey: 'record-completeness', target: { type: 'activity', id: good.id } })
    expect(stateOf(one, 'rc-dpa').evaluation).toMatchObject({ result: 'pass', checked: 1 })
    expect(stateOf(one, 'rc-tom-implemented').evaluation).toMatchObject({ result: 'pass', checked: 1 })
    expect(stateOf(one, 'rc-purpose').evaluation).toMatchObject({ result: 'pass', checked: 1 })

    // Live while open; frozen once completed.
    const completed = await core.call('assessments.complete', { id: a.id })
    await core.call('activities.update', { id: bad.id, changes: { purposes: ['Gesundheitsförderung'] } })
    const frozen = await core.call('assessments.get', { id: a.id })
    expect(stateOf(frozen, 'rc-purpose').evaluation?.failing.map((f) => f.id)).toEqual([bad.id])
    expect(frozen.score).toEqual(completed.score)
    expect(stateOf(await core.call('assessments.get', { id: one.id }), 'rc-purpose').evaluation?.result).toBe('pass')

    // A re-run sees the fix, and the comparison says so.
    const rerun = await core.call('assessments.rerun', { id: a.id })
    expect(rerun.previousId).toBe(a.id)
    expect(stateOf(rerun, 'rc-purpose').evaluation?.result).toBe('pass')
    const cmp = await core.call('assessments.compare', { id: rerun.id })
    const row = cmp.questions.find((q) => q.questionId === 'rc-purpose')!
    expect(row.status).toBe('improved')
    expect(row.previousScore).toBe(0)
    expect(row.currentScore).toBe(1)
    expect(cmp.questions.find((q) => q.questionId === 'rc-dpa')?.status).toBe('unchanged')
    expect(cmp.current.score.value!).toBeGreaterThan(cmp.previous.score.value!)
  })

  it('refuse a value: only a comment can be given', async () => {
    const { core } = await workspace('auto2')
    const a = await core.call('assessments.create', { templateKey: 'record-completeness', target: { type: 'organisation' } })
    expect((await failure(core, 'assessments.answer', { id: a.id, questionId: 'rc-purpose', value: 'yes' })).issues?.[0]).toMatchObject({ path: 'value' })
    const commented = await answer(core, a.id, 'rc-purpose', null, 'Verzeichnis wird im Juni ergänzt.')
    expect(commented.answers).toEqual([expect.objectContaining({ questionId: 'rc-purpose', value: null, comment: 'Verzeichnis wird im Juni ergänzt.' })])
  })
})

describe('re-runs', () => {
  it('compare two runs question by question, with both answers', async () => {
    const { core } = await workspace('compare')
    let first = await core.call('assessments.create', { templateKey: 'customer-portal', target: { type: 'organisation' } })
    first = await answer(core, first.id, 'A1', 'no')
    first = await answer(core, first.id, 'A2', 'yes')
    first = await answer(core, first.id, 'A3', 'partly')
    first = await answer(core, first.id, 'A5', 'yes')
    expect((await failure(core, 'assessments.compare', { id: first.id })).issues?.[0].path).toBe('id')

    let second = await core.call('assessments.rerun', { id: first.id, dueDate: '2031-01-31' })
    expect(second).toMatchObject({ previousId: first.id, status: 'open', dueDate: '2031-01-31', answers: [], ref: 'AS-0002' })
    second = await answer(core, second.id, 'A1', 'yes')
    second = await answer(core, second.id, 'A2', 'no')
    second = await answer(core, second.id, 'A3', 'partly')
    second = await answer(core, second.id, 'A4', 'yes')
    second = await answer(core, second.id, 'A5', 'not_applicable')

    const cmp = await core.call('assessments.compare', { id: second.id })
    const status = Object.fromEntries(cmp.questions.filter((q) => q.questionId.startsWith('A')).map((q) => [q.questionId, q.status]))
    expect(status).toEqual({ A1: 'improved', A2: 'worse', A3: 'unchanged', A4: 'new', A5: 'changed', A6: 'unchanged' })
    const a1 = cmp.questions.find((q) => q.questionId === 'A1')!
    expect(a1.previous?.value).toBe('no')
    expect(a1.current?.value).toBe('yes')
    expect(a1.label.en).toMatch(/documented purpose/)
    expect(cmp.counts).toMatchObject({ improved: 1, worse: 1, new: 1, changed: 1 })
    expect(cmp.previous.id).toBe(first.id)
    expect(cmp.removed).toEqual([])
  })

  it('carry the people and roles of an access review over, with the decisions to be taken anew', async () => {
    const { core } = await workspace('review')
    const system = await core.call('systems.create', { data: { name: 'Kundenportal' } })
    let a = await core.call('assessments.create', { templateKey: 'access-review', target: { type: 'system', id: system.id } })
    const rows = [
      { person: 'Anna Muster', role: 'Support', decision: 'confirm' as const, evidence: 'Bestätigt durch Teamleitung (Ticket 4711)' },
      { person: 'Beat Beispiel', role: 'Admin', decision: 'revoke' as const, evidence: 'Austritt 31.01.' }
    ]
    a = await answer(core, a.id, 'review-list', { rows })
    expect(stateOf(a, 'review-list').answered).toBe(true)
    a = await answer(core, a.id, 'review-list', { rows: [...rows, { person: 'Chris Neu', role: 'Billing' }] })
    expect(stateOf(a, 'review-list').answered).toBe(false)
    expect((a.answers[0].value as { rows: Array<{ decision: unknown }> }).rows[2].decision).toBeNull()
    await failure(core, 'assessments.answer', { id: a.id, questionId: 'review-list', value: { rows: [{ person: 'X', decision: 'maybe' }] } })

    const next = await core.call('assessments.rerun', { id: a.id })
    expect(next.answers).toHaveLength(1)
    expect(next.answers[0].value).toEqual({
      rows: [
        { person: 'Anna Muster', role: 'Support', decision: null, evidence: '' },
        { person: 'Beat Beispiel', role: 'Admin', decision: null, evidence: '' },
        { person: 'Chris Neu', role: 'Billing', decision: null, evidence: '' }
      ]
    })
  })
})

describe('schedules and the start page', () => {
  it('list due and overdue assessments, actions and schedules, and move a schedule on completion', async () => {
    const { core } = await workspace('due')
    const system = await core.call('systems.create', { data: { name: 'ERP' } })
    const target = { type: 'system' as const, id: system.id }
    const schedule = await core.call('schedules.set', { templateKey: 'access-review', target, intervalMonths: 6, nextDue: '2025-01-10', assignee: 'IT-Leitung' })
    expect(schedule).toMatchObject({ templateKey: 'access-review', targetName: 'ERP', intervalMonths: 6, nextDue: '2025-01-10', lastAssessmentId: null })
    expect((await failure(core, 'schedules.set', { templateKey: 'access-review', target: { type: 'organisation' }, intervalMonths: 6, nextDue: '2025-01-10' })).issues?.[0].path).toBe('target.type')

    let review = await core.call('assessments.create', { templateKey: 'access-review', target, dueDate: '2025-01-20' })
    const later = await core.call('assessments.create', { templateKey: 'customer-portal', target, dueDate: '2025-06-30' })
    const finding = await core.call('findings.create', { assessmentId: later.id, title: 'Admin-Konto ohne MFA', severity: 'critical' })
    const action = await core.call('actions.create', { findingId: finding.id, title: 'MFA erzwingen', dueDate: '2025-01-01' })

    const due = await core.call('checklists.due', { today: '2025-01-15' })
    expect(due).toMatchObject({ today: '2025-01-15', until: '2025-01-29' })
    expect(due.assessments.map((x) => [x.id, x.overdue])).toEqual([[review.id, false]])
    expect(due.actions.map((x) => [x.id, x.overdue, x.findingTitle, x.severity])).toEqual([[action.id, true, 'Admin-Konto ohne MFA', 'critical']])
    expect(due.schedules.map((x) => [x.id, x.overdue, x.openAssessmentId])).toEqual([[schedule.id, true, review.id]])

    review = await answer(core, review.id, 'review-date', '2025-01-15')
    review = await answer(core, review.id, 'source', 'iam')
    review = await answer(core, review.id, 'review-list', { rows: [{ person: 'Anna Muster', role: 'Buchhaltung', decision: 'confirm', evidence: 'ok' }] })
    for (const id of ['role-model', 'revoked-removed', 'leavers', 'privileged', 'segregation', 'documented']) review = await answer(core, review.id, id, 'yes')
    expect(review.progress).toEqual({ answered: 9, total: 10 })
    await core.call('assessments.complete', { id: review.id, today: '2025-01-15' })
    const [moved] = await core.call('schedules.list', { target })
    expect(moved).toMatchObject({ nextDue: '2025-07-15', lastAssessmentId: review.id })
    const after = await core.call('checklists.due', { today: '2025-01-15' })
    expect(after.schedules).toEqual([])
    expect(after.assessments).toEqual([])

    await core.call('schedules.remove', { id: schedule.id })
    expect(await core.call('schedules.list', {})).toEqual([])
  })
})

describe('own templates', () => {
  const own: ChecklistTemplateInput = {
    key: 'user-vendor-check',
    title: { de: 'Lieferantenprüfung', en: 'Vendor check' },
    description: { de: 'Kurzprüfung neuer Dienstleister.', en: 'Short check of new vendors.' },
    targets: ['organisation', 'system'],
    recurrenceMonths: 12,
    sections: [
      {
        id: 'contract',
        title: { de: 'Vertrag', en: 'Contract' },
        help: { de: 'Vor Vertragsschluss ausfüllen.', en: 'Fill in before signing.' },
        questions: [
          { id: 'q1', label: { de: 'Liegt ein Vertrag zur Auftragsverarbeitung vor?', en: 'Is there a processing agreement?', 'de-CH': 'Liegt ein Vertrag zur Auftragsbearbeitung vor?' }, refs: ['GDPR Art. 28(3)', 'DSG Art. 9'], answer: { type: 'rating' } },
          {
            id: 'q2',
            label: { de: 'Zertifizierung', en: 'Certification' },
            answer: { type: 'choice', options: [{ value: 'iso27001', label: { de: 'ISO 27001', en: 'ISO 27001' }, score: 1 }, { value: 'none', label: { de: 'Keine', en: 'None' }, score: 0 }] }
          },
          { id: 'q3', label: { de: 'Vertragsbeginn', en: 'Contract start' }, answer: { type: 'date' }, required: false },
          { id: 'q4', label: { de: 'Bemerkungen', en: 'Notes' }, answer: { type: 'text', multiline: true }, weight: 0, required: false },
          { id: 'q5', label: { de: 'Verträge im Inventar', en: 'Agreements in the inventory' }, answer: { type: 'auto', check: 'every-processor-has-dpa' } },
          { id: 'q6', label: { de: 'Regel der Prüfungen', en: 'Consistency rule' }, answer: { type: 'auto', check: 'rule:recipient.dpa.missing' } }
        ]
      }
    ]
  }

  it('round-trip losslessly through export and import into another workspace', async () => {
    const first = await workspace('one')
    const saved = await first.core.call('checklists.saveTemplate', { template: own })
    expect(saved).toMatchObject({ source: 'user', template: { key: 'user-vendor-check', version: 1 } })
    const again = await first.core.call('checklists.saveTemplate', { template: { ...own, title: { de: 'Lieferantenprüfung 2', en: 'Vendor check 2' } }, expectedVersion: 1 })
    expect(again.template.version).toBe(2)
    expect((await failure(first.core, 'checklists.saveTemplate', { template: own, expectedVersion: 1 })).code).toBe('VERSION_CONFLICT')
    const exported = await first.core.call('checklists.exportTemplate', { key: 'user-vendor-check' })
    expect(exported.fileName).toBe('user-vendor-check.checklist.json')
    expect(JSON.parse(exported.json)).toMatchObject({ format: TEMPLATE_FILE_FORMAT, version: 1, template: { key: 'user-vendor-check', version: 2 } })

    await first.core.call('workspace.lock', {})
    const second = await workspace('two')
    const imported = await second.core.call('checklists.importTemplate', { json: exported.json })
    expect(imported.template.version).toBe(2)
    const reexported = await second.core.call('checklists.exportTemplate', { key: 'user-vendor-check' })
    expect(JSON.parse(reexported.json)).toEqual(JSON.parse(exported.json))
    expect(reexported.json).toBe(exported.json)
    const summary = (await second.core.call('checklists.templates', {})).find((t) => t.key === 'user-vendor-check')
    expect(summary).toMatchObject({ source: 'user', questions: 6, autoQuestions: 2, sections: 1 })

    // The imported template works as any other.
    let a = await second.core.call('assessments.create', { templateKey: 'user-vendor-check', target: { type: 'organisation' } })
    a = await answer(second.core, a.id, 'q2', 'iso27001')
    expect(stateOf(a, 'q2').score).toBe(1)
    expect((await failure(second.core, 'assessments.answer', { id: a.id, questionId: 'q2', value: 'soc2' })).issues?.[0].path).toBe('value')

    // Shipped templates cannot be overwritten or deleted; a template in use by a schedule stays.
    expect((await failure(second.core, 'checklists.saveTemplate', { template: { ...own, key: 'customer-portal' } })).issues?.[0].path).toBe('template.key')
    expect((await failure(second.core, 'checklists.deleteTemplate', { key: 'customer-portal' })).issues?.[0].path).toBe('key')
    const schedule = await second.core.call('schedules.set', { templateKey: 'user-vendor-check', target: { type: 'organisation' }, intervalMonths: 12, nextDue: '2026-01-01' })
    expect((await failure(second.core, 'checklists.deleteTemplate', { key: 'user-vendor-check' })).issues?.[0].message).toMatch(/Zeitplan/)
    await second.core.call('schedules.remove', { id: schedule.id })
    await second.core.call('checklists.deleteTemplate', { key: 'user-vendor-check' })
    expect((await second.core.call('checklists.templates', {})).some((t) => t.key === 'user-vendor-check')).toBe(false)
    // The assessment kept its own copy of the template.
    expect((await second.core.call('assessments.get', { id: a.id })).template.key).toBe('user-vendor-check')

    // A shipped template can be exported and imported as a user copy.
    const portal = await second.core.call('checklists.exportTemplate', { key: 'customer-portal' })
    const copy = await second.core.call('checklists.importTemplate', { json: portal.json })
    expect(copy.template.key).toBe('user-customer-portal')
    expect(copy.template.sections).toEqual(JSON.parse(portal.json).template.sections)
  })

  it('refuse malformed files with a message naming the problem, storing nothing', async () => {
    const { core } = await workspace('bad')
    await core.call('checklists.importTemplate', { json: JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, template: own }) })
    const count = async () => (await core.call('checklists.templates', {})).length
    const templatesBefore = await count()
    const auditBefore = await auditTotal(core)
    const file = (template: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, template, ...extra })
    const { sections: _sections, ...withoutSections } = { ...own, key: 'user-no-sections' }
    const wrongType = { ...own, key: 'user-wrong-type', sections: [{ ...own.sections[0], questions: [{ id: 'q1', label: { de: 'Frage', en: 'Question' }, answer: { type: 'slider' } }] }] }
    const unknownCheck = { ...own, key: 'user-unknown-check', sections: [{ ...own.sections[0], questions: [{ id: 'q1', label: { de: 'Frage', en: 'Question' }, answer: { type: 'auto', check: 'every-unicorn-has-wings' } }] }] }
    const duplicate = { ...own, key: 'user-duplicate', sections: [{ ...own.sections[0], questions: [own.sections[0].questions[0], own.sections[0].questions[0]] }] }
    const swissEszett = { ...own, key: 'user-eszett', title: { de: 'Maßnahmen', en: 'Measures', 'de-CH': 'Maßnahmen' } }

    const cases: Array<[string, string, RegExp]> = [
      ['bad JSON', '{"format": "dpo-workbench/checklist-template", "version": 1, "template": {', /^json$/],
      ['missing sections', file(withoutSections), /^template\.sections$/],
      ['wrong answer type', file(wrongType), /^template\.sections\.0\.questions\.0\.answer/],
      ['unknown auto check', file(unknownCheck), /^template\.sections\.0\.questions\.0\.answer\.check$/],
      ['duplicate question id', file(duplicate), /^template\.sections\.0\.questions\.1\.id$/],
      ['ß in Swiss German', file(swissEszett), /^template\.title\.de-CH$/],
      ['another format', file(own, { format: 'something-else' }), /^format$/],
      ['a newer format version', file(own, { version: 2 }), /^version$/],
      ['existing key without replace', file(own), /^template\.key$/],
      ['oversized', ' '.repeat(MAX_TEMPLATE_JSON + 1), /^json$/]
    ]
    for (const [name, json, path] of cases) {
      const error = await failure(core, 'checklists.importTemplate', { json })
      expect(error.code, name).toBe('VALIDATION')
      expect(error.issues?.some((i) => path.test(i.path)), `${name}: ${JSON.stringify(error.issues)}`).toBe(true)
      expect(error.message, name).toMatch(/^Eingabe ungültig: .+/)
    }
    expect((await failure(core, 'checklists.importTemplate', { json: '{' })).message).toMatch(/kein gültiges JSON/)
    expect(await count()).toBe(templatesBefore)
    expect(await auditTotal(core)).toBe(auditBefore)

    // With replace the existing template is replaced.
    const replaced = await core.call('checklists.importTemplate', { json: file({ ...own, version: 7 }), replace: true })
    expect(replaced.template.version).toBe(7)
  })
})

describe('contract output', () => {
  it('types every assessment view through the contract schemas', async () => {
    const { core } = await workspace('contract')
    const a: OutputOf<'assessments.create'> = await core.call('assessments.create', { templateKey: 'tom-audit', target: { type: 'organisation' }, title: 'TOM-Audit 2025' })
    expect(a.title).toBe('TOM-Audit 2025')
    expect(a.progress.total).toBe(a.template.sections.reduce((n, s) => n + s.questions.length, 0))
    const updated = await core.call('assessments.update', { id: a.id, expectedVersion: a.version, changes: { assignee: 'ISB', dueDate: '2025-12-31' } })
    expect(updated).toMatchObject({ assignee: 'ISB', dueDate: '2025-12-31', version: a.version + 1 })
    expect((await failure(core, 'assessments.update', { id: a.id, expectedVersion: a.version, changes: { title: 'x' } })).code).toBe('VERSION_CONFLICT')
    await core.call('assessments.delete', { id: a.id })
    expect((await failure(core, 'assessments.get', { id: a.id })).code).toBe('NOT_FOUND')
    expect((await core.call('audit.verify', {})).ok).toBe(true)
  })
})
