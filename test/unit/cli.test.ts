import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it, type TestContext } from 'vitest'
import pkg from '../../package.json'
import { exitCodeFor } from '../../src/cli/errors'
import { main } from '../../src/cli/main'
import { promptHidden, readPassphrase, type Terminal } from '../../src/cli/passphrase'
import { VerifyReport, WorkspaceInfo, WorkspaceStatus } from '../../src/shared/api'
import { ErrorCode } from '../../src/shared/errors'
import { translate, type Message } from '../../src/shared/i18n'
import { cli } from '../../src/shared/i18n/messages/cli'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

const root = resolve(__dirname, '../..')
const entry = join(root, 'src/cli/index.ts')
/** tsx by absolute URL, so the CLI can also run with a working directory outside the repository. */
const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href
const NEW_PASSPHRASE = 'Wolke Zitrone Fahrrad Leuchtturm 42'
const WEAK = 'passwort1'
/** Tests that spawn the CLI wait on SQLCipher's key derivation, several at a time on a busy machine. */
const SPAWNING = 180_000
/** No run may ever print one of these. */
const secrets = [PASSPHRASE, NEW_PASSPHRASE, WEAK]

interface Run {
  code: number | null
  stdout: string
  stderr: string
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } }
}
type RunOptions = { env?: Record<string, string | undefined>; cwd?: string; stdin?: string }

/** Runs `dpo` from source in a child process: English by default, the test's passphrase, a private config dir. */
function spawnDpo(dir: string, args: string[], options: RunOptions = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', tsx, entry, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, LANG: 'en_US.UTF-8', DPO_CONFIG_DIR: join(dir, 'config'), DPO_PASSPHRASE: PASSPHRASE, DPO_NEW_PASSPHRASE: undefined, ...options.env },
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
  })
  if (options.stdin !== undefined) child.stdin?.end(options.stdin)
  return new Promise((done, fail) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr, json: () => JSON.parse(stdout) }))
  })
}

/**
 * A private temp folder per test (removed when it finishes), with `dpo` bound to it. Every run is
 * checked for leaked passphrases. Tests run concurrently: each spawns processes that mostly wait
 * on SQLCipher's key derivation.
 */
function sandbox({ onTestFinished, expect }: TestContext) {
  const { dir, cleanup } = tempDir('dpo-cli-')
  onTestFinished(cleanup)
  const dpo = async (args: string[], options: RunOptions = {}): Promise<Run> => {
    const run = await spawnDpo(dir, args, options)
    for (const secret of secrets) expect(run.stdout + run.stderr, 'a passphrase was printed').not.toContain(secret)
    return run
  }
  /** Creates a workspace through the CLI and returns its absolute path. */
  const init = async (name = 'ws', extra: string[] = []): Promise<string> => {
    const file = join(dir, `${name}.dpo`)
    const run = await dpo(['init', file, '--org', 'Muster AG', ...extra])
    expect(run.code, run.stderr).toBe(0)
    return file
  }
  /** A workspace made in this process (quicker than a spawned init), closed again. */
  const workspace = async (name = 'ws', regimes?: Array<'gdpr' | 'revdsg'>): Promise<string> => {
    const { core, file } = await createWorkspaceFile(dir, name, { regimes })
    core.close()
    return file
  }
  return { dir, dpo, init, workspace }
}

/** main() in this process, for the many ways to get the command line wrong (no core is started). */
async function inProcess(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const code = await main(args, { env: { LANG: 'en_US.UTF-8', ...env }, cwd: tmpdir(), streams: { stdout, stderr } })
  return { code, stdout: out, stderr: err }
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

function tamper(file: string, passphrase: string, sql: string): void {
  const db = new Database(file, { fileMustExist: true })
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma(`key='${passphrase}'`)
  db.exec(sql)
  db.close()
}

describe.concurrent('dpo init and info', { timeout: SPAWNING }, () => {
  it('creates a workspace and reports it, as text and as JSON that matches the contract', async (ctx) => {
    const { dir, dpo } = sandbox(ctx)
    const file = join(dir, 'ws.dpo')
    const created = await dpo(['init', file, '--org', 'Muster AG', '--regime', 'revdsg', '--lang', 'en', '--json'])
    expect(created.code, created.stderr).toBe(0)
    const status = WorkspaceStatus.parse(created.json().value)
    expect(status).toMatchObject({ open: true, file, organisationName: 'Muster AG', regimes: ['revdsg'], language: 'en', passphraseWarning: null })
    expect(existsSync(file)).toBe(true)
    // The core was closed before exit: the WAL is checkpointed away and the file is free.
    expect(existsSync(`${file}-wal`)).toBe(false)

    const asJson = await dpo(['info', file, '--json'])
    expect(asJson.code, asJson.stderr).toBe(0)
    const doc = asJson.json()
    expect(doc.ok).toBe(true)
    const info = WorkspaceInfo.parse(doc.value)
    expect(info).toMatchObject({ file, bytes: statSync(file).size, cipher: { cipher: 'sqlcipher', legacy: 4, kdfIter: 256000, pageSize: 4096, hmac: 'HMAC_SHA512' } })
    expect(info.schemaVersion).toBe(info.appSchemaVersion)
    expect(info.auditEntries).toBeGreaterThanOrEqual(1)
    expect(info.migrations.length).toBeGreaterThanOrEqual(1)

    const asText = await dpo(['info', file])
    expect(asText.code).toBe(0)
    for (const text of [file, 'Muster AG', 'Processing activities', 'TOMs', 'sqlcipher', 'kdf_iter=256000', 'HMAC_SHA512', info.auditHead]) expect(asText.stdout).toContain(text)

    const again = makeCore(dir)
    await expect(again.call('workspace.open', { file, passphrase: PASSPHRASE })).resolves.toMatchObject({ open: true })
    again.close()
  })

  it('resolves a relative FILE against the current folder and adds .dpo', async (ctx) => {
    const { dir, dpo } = sandbox(ctx)
    const run = await dpo(['init', 'Relativ AG'], { cwd: dir })
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(join(dir, 'Relativ AG.dpo'))).toBe(true)
    expect(run.stdout).toContain('"Relativ AG"')
  })

  it('warns about a weak passphrase on stderr and still creates the workspace', async (ctx) => {
    const { dir, dpo } = sandbox(ctx)
    const file = join(dir, 'weak.dpo')
    const run = await dpo(['init', file], { env: { DPO_PASSPHRASE: WEAK } })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/Warning: the passphrase is weak \(strength \d of 4/)
    expect(existsSync(file)).toBe(true)
  })

  it('never overwrites an existing file', async (ctx) => {
    const { dir, dpo } = sandbox(ctx)
    const file = join(dir, 'precious.dpo')
    writeFileSync(file, 'precious')
    const run = await dpo(['init', file, '--json'])
    expect(run.code).toBe(4)
    expect(run.json()).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } })
    expect(readFileSync(file, 'utf8')).toBe('precious')
  })

  it.skipIf(!existsSync(join(root, 'src/core/demo/index.ts')))('seeds the demo company with --demo', async (ctx) => {
    const { dpo, init } = sandbox(ctx)
    const file = await init('demo', ['--demo'])
    const info = WorkspaceInfo.parse((await dpo(['info', file, '--json'])).json().value)
    expect(info.counts.activities).toBeGreaterThan(0)
    expect(info.counts.toms).toBeGreaterThan(0)
    expect(info.auditEntries).toBeGreaterThan(10)
  })
})

describe.concurrent('dpo passwd', { timeout: SPAWNING }, () => {
  it('changes the passphrase: the old one then fails with exit 3, the new one works', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const changed = await dpo(['passwd', file], { env: { DPO_NEW_PASSPHRASE: NEW_PASSPHRASE } })
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.stdout).toContain('The passphrase of')

    const old = await dpo(['info', file, '--json'])
    expect(old.code).toBe(3)
    expect(old.json()).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })
    expect((await dpo(['info', file], { env: { DPO_PASSPHRASE: NEW_PASSPHRASE } })).code).toBe(0)
  })

  it('reads the new passphrase from --new-passphrase-file', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const next = join(dir, 'next.txt')
    writeFileSync(next, `${NEW_PASSPHRASE}\n`, { mode: 0o600 })
    expect((await dpo(['passwd', file, '--new-passphrase-file', next])).code).toBe(0)
    expect((await dpo(['verify', file], { env: { DPO_PASSPHRASE: NEW_PASSPHRASE } })).code).toBe(0)
  })

  it('stops with exit 3 before asking for a new passphrase when the current one is wrong', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const before = sha256(file)
    const run = await dpo(['passwd', file], { env: { DPO_PASSPHRASE: 'falsch falsch falsch', DPO_NEW_PASSPHRASE: NEW_PASSPHRASE } })
    expect(run.code).toBe(3)
    expect(sha256(file)).toBe(before)
  })
})

describe.concurrent('dpo verify', { timeout: SPAWNING }, () => {
  it('exits 0 when every check passes', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const run = await dpo(['verify', file])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('All checks passed')
    const report = VerifyReport.parse((await dpo(['verify', file, '--json'])).json().value)
    expect(report.ok).toBe(true)
  })

  it('exits 1 and names the broken audit entry when the trail was edited with raw SQL', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    const file = await workspace('tampered')
    const core = makeCore(dir)
    await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    for (const name of ['Kundendaten', 'Lohndaten', 'Bewerbungen']) await core.call('dataCategories.create', { data: { name } })
    core.close()
    tamper(file, PASSPHRASE, "DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete; UPDATE audit SET author = 'Mallory' WHERE seq = 3")
    const run = await dpo(['verify', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Audit trail hash chain\s+FAILED – broken at entry 3 of \d+/)
    expect(run.stdout).toContain('Verification failed (1 of 3)')

    const asJson = await dpo(['verify', file, '--json'])
    expect(asJson.code).toBe(1)
    const report = VerifyReport.parse(asJson.json().value)
    expect(report).toMatchObject({ ok: false, foreignKeys: 0, integrity: [], audit: { ok: false, brokenAt: 3 } })
  })
})

describe.concurrent('errors and exit codes', { timeout: SPAWNING }, () => {
  it('exits 3 on a wrong passphrase, with the translated message', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const run = await dpo(['info', file], { env: { DPO_PASSPHRASE: 'falsch falsch falsch' } })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('dpo: The passphrase does not open this workspace')
    expect(run.stdout).toBe('')
  })

  it('exits 4 for a file of random bytes, a missing file and a file open elsewhere; nothing is changed', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    // Not a whole number of 4096-byte pages: random bytes that are would read as a wrong passphrase.
    const junk = join(dir, 'junk.dpo')
    writeFileSync(junk, randomBytes(10_000))
    const before = sha256(junk)
    const random = await dpo(['info', junk, '--json'])
    expect(random.code).toBe(4)
    expect(random.json()).toMatchObject({ ok: false, error: { code: 'NOT_A_WORKSPACE' } })
    expect(sha256(junk)).toBe(before)

    const missing = await dpo(['verify', join(dir, 'nowhere.dpo'), '--json'])
    expect(missing.code).toBe(4)
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })

    const file = await workspace()
    const app = makeCore(dir)
    await app.call('workspace.open', { file, passphrase: PASSPHRASE })
    try {
      const locked = await dpo(['info', file, '--json'])
      expect(locked.code).toBe(4)
      expect(locked.json()).toMatchObject({ ok: false, error: { code: 'ALREADY_OPEN' } })
    } finally {
      app.close()
    }
  })

  it('exits 2 without FILE and when there is no passphrase source and stdin is not a terminal', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    const noFile = await dpo(['info'])
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toContain('FILE is missing: dpo info FILE')

    const file = join(dir, 'none.dpo')
    const run = await dpo(['init', file], { env: { DPO_PASSPHRASE: undefined } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('No passphrase: give --passphrase-file F or set the environment variable DPO_PASSPHRASE')
    expect(existsSync(file)).toBe(false)

    const existing = await workspace()
    const passwd = await dpo(['passwd', existing], { env: { DPO_NEW_PASSPHRASE: undefined } })
    expect(passwd.code).toBe(2)
    expect(passwd.stderr).toContain('--new-passphrase-file F or set the environment variable DPO_NEW_PASSPHRASE')
  })
})

describe('command-line mistakes (in process)', () => {
  it.each([
    ['no command', [], 'No command given'],
    ['a missing FILE', ['info'], 'FILE is missing: dpo info FILE'],
    ['an extra argument', ['info', 'a.dpo', 'b.dpo'], 'Unexpected argument "b.dpo"'],
    ['an unknown option', ['info', 'a.dpo', '--nope'], 'Unknown option "--nope"'],
    ['an option of another command', ['info', 'a.dpo', '--demo'], 'The option "--demo" does not apply to "dpo info"'],
    ['a missing option value', ['init', 'a.dpo', '--org'], 'The option "--org" needs a value'],
    ['an option where a value belongs', ['init', 'a.dpo', '--lang', '--demo'], 'The option "--lang" needs a value'],
    ['a value given to a flag', ['init', 'a.dpo', '--demo=yes'], 'The option "--demo" takes no value'],
    ['a value outside the set', ['init', 'a.dpo', '--regime', 'ch'], 'Invalid value "ch" for "--regime"'],
    ['an unknown language', ['info', 'a.dpo', '--lang', 'fr'], 'Invalid value "fr" for "--lang"'],
    ['an unknown command', ['frobnicate', 'a.dpo'], 'Unknown command "frobnicate"']
  ])('exits 2 on %s', async (_name, args, message) => {
    const run = await inProcess(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`dpo: ${message}`)
    expect(run.stderr).toMatch(/Help: dpo (\w+ )?--help/)
    expect(existsSync(join(tmpdir(), 'a.dpo'))).toBe(false)
  })

  it('reports usage errors as one JSON document with --json, and in German with --lang de', async () => {
    const run = await inProcess(['info', '--json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, error: { code: 'USAGE', message: 'FILE is missing: dpo info FILE' } })
    expect(run.stderr).toBe('')
    expect((await inProcess(['info', '--lang', 'de'])).stderr).toContain('FILE fehlt: dpo info FILE')
    expect((await inProcess(['info'], { LANG: 'de_CH.UTF-8' })).stderr).toContain('FILE fehlt')
    expect((await inProcess(['info', '--lang=en'], { LANG: 'de_DE.UTF-8' })).stderr).toContain('FILE is missing')
  })

  it('maps every error code of the core to a documented exit code', () => {
    const documented = new Set([2, 3, 4, 5])
    for (const code of ErrorCode.options) expect(documented.has(exitCodeFor(code)), code).toBe(true)
    expect(exitCodeFor('WRONG_PASSPHRASE')).toBe(3)
    expect(exitCodeFor('PASSPHRASE_MISMATCH')).toBe(3)
    for (const code of ['NOT_A_WORKSPACE', 'DAMAGED', 'NEWER_VERSION', 'FILE_NOT_FOUND', 'FILE_EXISTS', 'PERMISSION_DENIED', 'ALREADY_OPEN']) expect(exitCodeFor(code)).toBe(4)
    expect(exitCodeFor('INTERNAL')).toBe(5)
    expect(exitCodeFor('USAGE')).toBe(2)
  })
})

describe.concurrent('passphrase sources', { timeout: SPAWNING }, () => {
  it('reads the first line of --passphrase-file, before DPO_PASSPHRASE, and warns when others can read it', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const secret = join(dir, 'secret.txt')
    writeFileSync(secret, `${PASSPHRASE}\r\nsecond line\n`, { mode: 0o600 })
    chmodSync(secret, 0o600)
    const run = await dpo(['info', file, '--passphrase-file', secret], { env: { DPO_PASSPHRASE: 'falsch falsch falsch' } })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe('')

    if (process.platform !== 'win32') {
      chmodSync(secret, 0o644)
      const open = await dpo(['info', file, `--passphrase-file=${secret}`])
      expect(open.code).toBe(0)
      expect(open.stderr).toContain('can be read by other users')
    }
  })

  it('reads the passphrase from standard input with --passphrase-file -', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const run = await dpo(['verify', file, '--passphrase-file', '-'], { env: { DPO_PASSPHRASE: undefined }, stdin: `${PASSPHRASE}\n` })
    expect(run.code, run.stderr).toBe(0)
  })

  it('exits 2 for an empty or unreadable passphrase file', async (ctx) => {
    const { dir, dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '\n', { mode: 0o600 })
    const blank = await dpo(['info', file, '--passphrase-file', empty])
    expect(blank.code).toBe(2)
    expect(blank.stderr).toContain('is empty')
    const missing = await dpo(['info', file, '--passphrase-file', join(dir, 'nope.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read the passphrase file')
  })
})

describe('the terminal prompt', () => {
  const t: Terminal['t'] = (key, params) => translate('en', key, params)

  it('does not echo what is typed', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    let shown = ''
    output.on('data', (d: Buffer) => (shown += d.toString()))
    const answer = promptHidden('Passphrase for x.dpo: ', { input: () => input, output, t })
    input.write(`${PASSPHRASE}\r`)
    await expect(answer).resolves.toBe(PASSPHRASE)
    expect(shown).toBe('Passphrase for x.dpo: \n')
  })

  it('asks for a new passphrase twice, again when the entries differ, and Ctrl+C cancels', async () => {
    const answers = ['eins zwei drei vier', 'eins zwei drei fünf', NEW_PASSPHRASE, NEW_PASSPHRASE]
    let shown = ''
    const output = new PassThrough()
    output.on('data', (d: Buffer) => (shown += d.toString()))
    const typing = (text: string) => (): PassThrough => {
      const input = new PassThrough()
      setImmediate(() => input.write(text))
      return input
    }
    const terminal: Terminal = { env: {}, interactive: () => true, input: () => typing(`${answers.shift()}\n`)(), output, readStdin: () => '', t }
    const source = { file: undefined, flag: '--new-passphrase-file', env: 'DPO_NEW_PASSPHRASE', prompt: 'New: ', confirm: true } as const
    await expect(readPassphrase(source, terminal)).resolves.toBe(NEW_PASSPHRASE)
    expect(shown).toContain('The two entries differ')
    for (const secret of [NEW_PASSPHRASE, 'eins zwei']) expect(shown).not.toContain(secret)

    await expect(readPassphrase({ ...source, confirm: false }, { ...terminal, input: typing('\x03') })).rejects.toMatchObject({ code: 'INTERRUPTED' })
  })
})

describe.concurrent('languages and help', { timeout: SPAWNING }, () => {
  it('speaks German with --lang de and under a German LANG, Swiss German for a revDSG-only workspace', async (ctx) => {
    const { dpo, workspace } = sandbox(ctx)
    const file = await workspace()
    const wrong = { DPO_PASSPHRASE: 'falsch falsch falsch' }
    expect((await dpo(['info', file, '--lang', 'de'], { env: wrong })).stderr).toContain('Die Passphrase öffnet diesen Arbeitsbereich nicht')
    expect((await dpo(['info', file], { env: { ...wrong, LANG: 'de_CH.UTF-8' } })).stderr).toContain('Die Passphrase öffnet')
    const german = await dpo(['info', file, '--lang', 'de'])
    expect(german.stdout).toContain('Verarbeitungstätigkeiten')
    expect(german.stdout).toContain('Verschlüsselung')

    const swiss = await workspace('ch', ['revdsg'])
    const run = await dpo(['info', swiss, '--lang', 'de'])
    expect(run.stdout).toContain('Bearbeitungstätigkeiten')
    expect(run.stdout).toContain('Massnahmen (TOM)')
    expect(run.stdout).not.toContain('ß')
  })

  it('prints help for all commands and for one, and the version', async (ctx) => {
    const { dpo } = sandbox(ctx)
    const overall = await dpo(['--help'])
    expect(overall.code).toBe(0)
    for (const text of ['init FILE', 'info FILE', 'passwd FILE', 'verify FILE', 'DPO_PASSPHRASE', 'Exit codes:', '130']) expect(overall.stdout).toContain(text)
    const one = await inProcess(['verify', '--help', '--lang', 'de'])
    expect(one.code).toBe(0)
    expect(one.stdout).toContain('dpo verify FILE')
    expect(one.stdout).toContain('Exit-Codes:')
    const version = await dpo(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toContain(`dpo ${pkg.version}`)
  })
})

describe('CLI message catalogue', () => {
  const entries = Object.entries(cli) as Array<[string, Message]>
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

  it('uses the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
    }
  })

  it('has Swiss German wherever German uses ß or "Verarbeitung"', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
  })
})
