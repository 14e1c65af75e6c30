import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import { ExportLogEntry } from '../../src/shared/exports'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

/*
 * The assessment report (exports.assessment) on the demo workspace: a customer-portal assessment of
 * the organisation with two answers, a finding and its remediation action, as PDF (read back with
 * pdftotext) and DOCX.
 */

const SLOW = 240_000

let dir: string
let cleanup: () => void
let core: Core
let assessmentId: string

/** Text as a reader sees it: non-breaking spaces as spaces, every run of white space one space. */
const norm = (text: string): string => text.replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ').replace(/\s+/g, ' ')

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('dpo-assessment-report-'))
  core = makeCore(dir)
  await core.call('workspace.create', { file: join(dir, 'demo.dpo'), passphrase: PASSPHRASE, organisationName: 'x', regimes: ['gdpr', 'revdsg'], language: 'de', demo: true })
  const a = await core.call('assessments.create', { templateKey: 'customer-portal', target: { type: 'organisation' }, assignee: 'Datenschutzberaterin', dueDate: '2030-01-31' })
  assessmentId = a.id
  await core.call('assessments.answer', { id: a.id, questionId: 'A1', value: 'yes' })
  await core.call('assessments.answer', { id: a.id, questionId: 'A3', value: 'no', comment: 'Newsletter opt-in is pre-ticked.' })
  const finding = await core.call('findings.create', { assessmentId: a.id, questionId: 'A3', title: 'Marketing opt-in pre-ticked', description: 'The newsletter box is ticked by default.', severity: 'high' })
  await core.call('actions.create', { findingId: finding.id, title: 'Untick the opt-in box', owner: 'E-Commerce Team', dueDate: '2030-02-28' })
}, SLOW)

afterAll(() => {
  core?.close()
  cleanup?.()
})

async function report(format: 'pdf' | 'docx', lang: 'de' | 'en'): Promise<{ bytes: Buffer; path: string; exportId: string; sha256: string }> {
  const result = await core.call('exports.assessment', { id: assessmentId, format, lang })
  const bytes = Buffer.from(result.base64, 'base64')
  const path = join(dir, `${result.exportId}.${format}`)
  writeFileSync(path, bytes)
  return { bytes, path, exportId: result.exportId, sha256: result.sha256 }
}

describe('exports.assessment', () => {
  it('prints answers, comments, findings, actions and the score in the PDF, and logs the export', async () => {
    const pdf = await report('pdf', 'en')
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const text = norm(execFileSync('pdftotext', ['-raw', pdf.path, '-'], { encoding: 'utf8' }))
    expect(text).toContain('Customer-portal privacy assessment')
    expect(text).toContain('Are defaults privacy-friendly')
    expect(text).toContain('Yes')
    expect(text).toContain('No')
    expect(text).toContain('Newsletter opt-in is pre-ticked.')
    expect(text).toContain('Marketing opt-in pre-ticked')
    expect(text).toContain('E-Commerce Team')
    expect(text).toContain('2 of 32 questions')
    expect(text).toContain('50 %')
    const log = (await core.call('exports.log', {})).map((row) => ExportLogEntry.parse(row))
    expect(log[0]).toMatchObject({ id: pdf.exportId, what: 'assessment', format: 'pdf', lang: 'en', sha256: pdf.sha256, scope: { assessmentId } })
  }, SLOW)

  it('writes a DOCX with the finding, in German', async () => {
    const docx = await report('docx', 'de')
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK')
    const xml = execFileSync('unzip', ['-p', docx.path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(xml).toContain('Marketing opt-in pre-ticked')
    expect(xml).toContain('Datenschutzprüfung Kundenportal')
  }, SLOW)

  it('refuses an unknown assessment', async () => {
    await expect(core.call('exports.assessment', { id: '00000000-0000-4000-8000-000000000000', format: 'pdf', lang: 'de' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
