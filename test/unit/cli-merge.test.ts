import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main'
import type { Terminal } from '../../src/cli/passphrase'
import type { Core } from '../../src/core'
import { translate } from '../../src/shared/i18n'
import { MergeReport } from '../../src/shared/imports'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

/**
 * `dpo merge FILE --from OTHER` against real encrypted files: a source workspace (own passphrase)
 * and, per test, a fresh copy of a target that has one conflicting and one identical activity.
 */
const SOURCE_PASSPHRASE = 'Quelle Kompass Lavendel 2040'
const root = resolve(__dirname, '../..')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** `dpo` in this process: English, the target's passphrase in DPO_PASSPHRASE, a private config folder. */
async function dpo(args: string[], env: Record<string, string | undefined> = {}, terminal?: () => Terminal): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const fullEnv = { LANG: 'en_US.UTF-8', DPO_CONFIG_DIR: join(dir, 'config'), DPO_PASSPHRASE: PASSPHRASE, ...env }
  const code = await main(args, {
    env: fullEnv,
    cwd: tmpdir(),
    streams: { stdout, stderr },
    // Never a real terminal: a missing source must fail, not wait for typing.
    terminal: () => terminal?.() ?? { env: fullEnv, interactive: () => false, input: () => new PassThrough(), output: stderr, readStdin: () => '', t: (k, p) => translate('en', k, p) }
  })
  for (const secret of [PASSPHRASE, SOURCE_PASSPHRASE]) expect(out + err, 'a passphrase was printed').not.toContain(secret)
  return { code, stdout: out, stderr: err }
}

const fromEnv = { DPO_FROM_PASSPHRASE: SOURCE_PASSPHRASE }

let dir: string
let cleanup: () => void
let source: string
let template: string
let n = 0

async function named(core: Core, kind: 'recipients' | 'systems' | 'toms', name: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await core.call(`${kind}.create`, { data: { name, ...extra } } as never)).id
}

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir('dpo-cli-merge-'))
  const { core: other, file } = await createWorkspaceFile(dir, 'quelle', { passphrase: SOURCE_PASSPHRASE })
  source = file
  const cloud = await named(other, 'recipients', 'Cloud GmbH', { kind: 'processor', country: 'DE' })
  const crm = await named(other, 'systems', 'CRM', { vendorId: cloud })
  const tls = await named(other, 'toms', 'Transportverschlüsselung')
  await other.call('activities.create', { data: { name: 'Kundenbetreuung', purposes: ['Betreuung', 'Support'], recipientIds: [cloud], systemIds: [crm], tomIds: [tls] } })
  await other.call('activities.create', { data: { name: 'Lohnbuchhaltung', purposes: ['Lohn'] } })
  await other.call('activities.create', { data: { name: 'Newsletter', purposes: ['Werbung'], systemIds: [crm] } })
  const old = await other.call('activities.create', { data: { name: 'Alte Tätigkeit', purposes: ['früher'] } })
  await other.call('activities.archive', { ids: [old.id] })
  other.close()

  const { core: target, file: targetFile } = await createWorkspaceFile(dir, 'ziel-vorlage')
  template = targetFile
  await target.call('activities.create', { data: { name: 'Kundenbetreuung', purposes: ['anders'] } })
  await target.call('activities.create', { data: { name: 'Lohnbuchhaltung', purposes: ['Lohn'] } })
  target.close()
})
afterAll(() => cleanup())

/** A fresh copy of the target (closed files have no WAL: one file is the whole workspace). */
function target(): string {
  const file = join(dir, `ziel-${++n}.dpo`)
  copyFileSync(template, file)
  return file
}

/** The target's activities by name (archived included), and its audit count, read through the API. */
async function contentOf(file: string): Promise<{ activities: Record<string, { purposes: string[]; archived: boolean; recipients: string[] }>; recipients: string[]; audit: number }> {
  const core = makeCore(dir)
  try {
    await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    const recipients = (await core.call('recipients.list', { limit: 100, archived: 'include' })).rows
    const nameOf = new Map(recipients.map((r) => [r.id, r.name]))
    const activities: Record<string, { purposes: string[]; archived: boolean; recipients: string[] }> = {}
    for (const row of (await core.call('activities.list', { limit: 100, archived: 'include' })).rows) {
      const a = await core.call('activities.get', { id: row.id })
      const key = activities[a.name] ? `${a.name} (2)` : a.name
      activities[key] = { purposes: a.purposes, archived: a.archivedAt !== null, recipients: a.recipientIds.map((id) => nameOf.get(id) ?? id) }
    }
    return { activities, recipients: recipients.map((r) => r.name).sort(), audit: (await core.call('workspace.info', {})).auditEntries }
  } finally {
    core.close()
  }
}

describe('dpo merge', { timeout: 120_000 }, () => {
  it('--dry-run --json reports exactly what a merge would do and writes nothing', async () => {
    const file = target()
    const before = await contentOf(file)
    const run = await dpo(['merge', file, '--from', source, '--dry-run', '--json'], fromEnv)
    expect(run.code, run.stderr).toBe(0)
    const doc = JSON.parse(run.stdout) as { ok: boolean; value: MergeReport & { organisation: string } }
    expect(doc.ok).toBe(true)
    const report = MergeReport.parse(doc.value)
    expect(doc.value.organisation).toBe('Muster AG')
    expect(report).toMatchObject({ dryRun: true, overwritten: 0, backupFile: null })
    const actions = report.entities.map((e) => `${e.action}:${e.name}`)
    // New ones copied (with what they link to), the conflict and the identical one skipped, the archived one left out.
    expect(actions).toEqual(expect.arrayContaining(['copied:Newsletter', 'copied:CRM', 'copied:Cloud GmbH', 'copied:Transportverschlüsselung', 'skipped:Kundenbetreuung', 'skipped:Lohnbuchhaltung']))
    expect(actions.some((a) => a.endsWith(':Alte Tätigkeit'))).toBe(false)
    expect(await contentOf(file)).toEqual(before)
  })

  it('by default copies new entries and leaves conflicts as they are, saying so; a backup is taken first', async () => {
    const file = target()
    const run = await dpo(['merge', file, '--from', source], fromEnv)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`From "Muster AG" (${source}):`)
    expect(run.stdout).toMatch(/Copied: +VT-\d{4} Newsletter \(Processing activities\)/)
    expect(run.stdout).toMatch(/Conflict, left as it is: VT-\d{4} Kundenbetreuung \(Processing activities\) – differs in: .*purposes/)
    expect(run.stdout).toMatch(/\d+ copied, 0 overwritten, \d+ skipped, \d+ matched\./)
    const backup = /Backup before the merge: (.+\.dpo)$/m.exec(run.stdout)?.[1]
    expect(backup).toMatch(/ziel-\d+\.pre-import\..+\.dpo$/)
    expect(existsSync(backup!)).toBe(true)

    const after = await contentOf(file)
    expect(after.activities.Kundenbetreuung).toEqual({ purposes: ['anders'], archived: false, recipients: [] })
    expect(after.activities.Newsletter).toMatchObject({ purposes: ['Werbung'] })
    expect(after.activities['Alte Tätigkeit']).toBeUndefined()
    expect(after.activities['Kundenbetreuung (2)']).toBeUndefined()
    // The backup is the target as it was before.
    expect((await contentOf(backup!)).activities.Newsletter).toBeUndefined()
  })

  it('--on-conflict overwrite --kinds activities --include-archived, the source passphrase from a file', async () => {
    const file = target()
    const secret = join(dir, 'quelle.pass')
    writeFileSync(secret, `${SOURCE_PASSPHRASE}\n`, { mode: 0o600 })
    const run = await dpo(['merge', file, '--from', source, '--kinds', 'activities', '--on-conflict', 'overwrite', '--include-archived', '--from-passphrase-file', secret, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const report = MergeReport.parse(JSON.parse(run.stdout).value)
    expect(report).toMatchObject({ dryRun: false, overwritten: 1 })
    expect(report.entities.filter((e) => e.kind === 'activities').map((e) => `${e.action}:${e.name}`).sort()).toEqual([
      'copied:Alte Tätigkeit',
      'copied:Newsletter',
      'overwritten:Kundenbetreuung',
      'skipped:Lohnbuchhaltung'
    ])
    const after = await contentOf(file)
    expect(after.activities.Kundenbetreuung).toEqual({ purposes: ['Betreuung', 'Support'], archived: false, recipients: ['Cloud GmbH'] })
    expect(after.activities['Alte Tätigkeit']).toMatchObject({ archived: true })
    expect(after.activities.Lohnbuchhaltung).toMatchObject({ purposes: ['Lohn'] })
    // Linked entries came along although only activities were chosen; each once.
    expect(after.recipients.filter((r) => r === 'Cloud GmbH')).toHaveLength(1)
  })

  it('--on-conflict copy keeps both; the source passphrase can be typed at a prompt', async () => {
    const file = target()
    let shown = ''
    const run = await dpo(['merge', file, '--from', source, '--kinds', 'activities', '--on-conflict', 'copy'], {}, () => {
      const output = new PassThrough()
      output.on('data', (d: Buffer) => (shown += d.toString()))
      const input = (): PassThrough => {
        const typing = new PassThrough()
        setImmediate(() => typing.write(`${SOURCE_PASSPHRASE}\n`))
        return typing
      }
      return { env: { DPO_PASSPHRASE: PASSPHRASE }, interactive: () => true, input, output, readStdin: () => '', t: (k, p) => translate('en', k, p) }
    })
    expect(run.code, run.stderr).toBe(0)
    expect(shown).toBe(`Passphrase for ${source}: \n`)
    const after = await contentOf(file)
    expect(after.activities.Kundenbetreuung.purposes).toEqual(['anders'])
    expect(after.activities['Kundenbetreuung (2)'].purposes).toEqual(['Betreuung', 'Support'])
  })

  it('refuses with the documented exit codes, naming what is wrong, and changes nothing', async () => {
    const file = target()
    const before = await contentOf(file)

    const wrong = await dpo(['merge', file, '--from', source], { DPO_FROM_PASSPHRASE: 'falsch falsch falsch' })
    expect(wrong.code).toBe(3)
    expect(wrong.stderr).toContain(`The passphrase does not open the other workspace ${source}`)

    const noSource = await dpo(['merge', file, '--from', source])
    expect(noSource.code).toBe(2)
    expect(noSource.stderr).toContain('give --from-passphrase-file F or set the environment variable DPO_FROM_PASSPHRASE')

    const same = await dpo(['merge', file, '--from', file.replace(/\.dpo$/, '')], fromEnv)
    expect(same.code).toBe(2)
    expect(same.stderr).toContain('--from names the workspace itself')

    expect((await dpo(['merge', file], fromEnv)).code).toBe(2)
    const kinds = await dpo(['merge', file, '--from', source, '--kinds', 'activities,templates'], fromEnv)
    expect(kinds.code).toBe(2)
    expect(kinds.stderr).toContain('Invalid value "templates" for "--kinds"')
    expect((await dpo(['merge', file, '--from', source, '--on-conflict', 'merge'], fromEnv)).code).toBe(2)

    const missing = await dpo(['merge', file, '--from', join(dir, 'gibt-es-nicht.dpo'), '--json'], fromEnv)
    expect(missing.code).toBe(4)
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })

    const junk = join(dir, 'kein-arbeitsbereich.dpo')
    writeFileSync(junk, 'Dies ist eine Textdatei, kein Arbeitsbereich.\n')
    const notWorkspace = await dpo(['merge', file, '--from', junk, '--lang', 'de'], fromEnv)
    expect(notWorkspace.code).toBe(4)
    expect(notWorkspace.stderr).toContain('ist kein DPO-Workbench-Arbeitsbereich')

    expect(await contentOf(file)).toEqual(before)
  })

  it('runs as the built command (bin/dpo.mjs) and speaks German', async () => {
    const file = target()
    const child = spawn(process.execPath, [join(root, 'bin/dpo.mjs'), 'merge', file, '--from', source, '--kinds', 'toms', '--lang', 'de'], {
      env: { ...process.env, DPO_CONFIG_DIR: join(dir, 'config'), DPO_PASSPHRASE: PASSPHRASE, ...fromEnv },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(code, stderr).toBe(0)
    expect(stdout).toMatch(/Kopiert: +TOM-\d{4} Transportverschlüsselung \(Maßnahmen \(TOM\)\)/)
    expect(stdout).toMatch(/1 kopiert, 0 überschrieben, 0 übersprungen, 0 zugeordnet\./)
    expect(stdout).toContain('Sicherung vor dem Zusammenführen:')
  })
})
