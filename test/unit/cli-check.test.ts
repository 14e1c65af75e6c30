import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import { catalogs } from '../../src/core/catalogs'
import { buildDemoData, seedDemo } from '../../src/core/demo'
import { CheckCliOutput } from '../../src/shared/checks'
import { makeCore, PASSPHRASE, tempDir } from './support/core'

/** `dpo check` in this process: English, the test's passphrase, a private config folder. */
async function dpo(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const env = { LANG: 'en_US.UTF-8', DPO_CONFIG_DIR: join(dir, 'config'), DPO_PASSPHRASE: PASSPHRASE }
  const code = await main(args, { env, cwd: tmpdir(), streams: { stdout, stderr } })
  return { code, stdout: out, stderr: err }
}

let dir: string
let cleanup: () => void
let demoFile: string
let cleanFile: string

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('dpo-cli-check-'))
  // The demo, built for a fixed day: two errors, warnings and notes.
  const core = makeCore(dir, { catalogs: { ...catalogs, dataCategories: [], dataSubjectCategories: [] } })
  demoFile = join(dir, 'demo.dpo')
  await core.call('workspace.create', { file: demoFile, passphrase: PASSPHRASE, organisationName: 'Helvetia Shop AG', regimes: ['gdpr', 'revdsg'], language: 'de' })
  await seedDemo(core.call, buildDemoData(new Date('2026-03-10T12:00:00Z')))
  core.close()
  // A workspace whose only finding is a note: the organisation's headcount is missing.
  const other = makeCore(dir, { catalogs: { ...catalogs, dataCategories: [], dataSubjectCategories: [] } })
  cleanFile = join(dir, 'clean.dpo')
  await other.call('workspace.create', { file: cleanFile, passphrase: PASSPHRASE, organisationName: 'Muster AG', regimes: ['revdsg'], language: 'de' })
  await other.call('organisation.update', { changes: { country: 'CH', address: 'Musterstrasse 1, 8000 Zürich' } })
  other.close()
})
afterAll(() => cleanup())

describe('dpo check', () => {
  it('prints the report as JSON that matches docs/schemas/check-report.schema.json, exit 1 on errors', async () => {
    const run = await dpo(dir, ['check', demoFile, '--json', '--today', '2026-03-10'])
    expect(run.code).toBe(1)
    const doc = CheckCliOutput.parse(JSON.parse(run.stdout))
    expect(doc.ok).toBe(true)
    if (!doc.ok) return
    expect(doc.value.today).toBe('2026-03-10')
    expect(doc.value.counts).toMatchObject({ error: 2 })
    expect(doc.value.findings.map((f) => f.ruleId)).toContain('transfer.adequacy.dpfMissing')
    // English, as the command line asked for.
    expect(doc.value.findings.find((f) => f.ruleId === 'ropa.retention.missing')?.message).toMatch(/^No retention/)
  })

  it('prints the open findings as text with a summary line', async () => {
    const run = await dpo(dir, ['check', demoFile, '--today', '2026-03-10'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('ERROR     EM-0024 Wachtmeister Sicherheitstechnik AG – dpaStatus')
    // Used only by a revDSG-only activity: cited under the DSG alone.
    expect(run.stdout).toContain('    DSG Art. 9 Abs. 1 [recipient.dpa.missing]')
    expect(run.stdout).toMatch(/Open: 2 errors, \d+ warnings, \d+ notes; acknowledged: 0 \(as of 2026-03-10\)\./)
  })

  it('exits 0 below --fail-on and 1 at or above it', async () => {
    expect((await dpo(dir, ['check', cleanFile, '--json'])).code).toBe(0)
    const notes = await dpo(dir, ['check', cleanFile, '--fail-on', 'info'])
    expect(notes.code).toBe(1)
    expect(notes.stdout).toContain('INFO      Muster AG – headcount')
    expect((await dpo(dir, ['check', cleanFile, '--fail-on', 'warning'])).code).toBe(0)
  })

  it('refuses a malformed --today or --fail-on as a usage error (exit 2)', async () => {
    const run = await dpo(dir, ['check', demoFile, '--today', '10.03.2026'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Invalid value "10.03.2026" for "--today"')
    expect((await dpo(dir, ['check', demoFile, '--fail-on', 'fatal'])).code).toBe(2)
  })

  it('is listed in the help', async () => {
    const run = await dpo(dir, ['--help'])
    expect(run.stdout).toContain('check FILE')
    expect((await dpo(dir, ['check', '--help'])).stdout).toContain('--fail-on info|warning|error')
  })
})
