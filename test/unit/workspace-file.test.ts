import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collect, spawnTs } from './support/child'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

const MARKER = 'MARKER-Gesundheitsdaten-7f3a9c'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

function filesOf(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f))
}

/** Opens the file the way any SQLCipher 4 tool would: cipher settings, then the passphrase. */
function rawOpen(file: string, passphrase: string, mustExist = true): Database.Database {
  const db = new Database(file, { fileMustExist: mustExist })
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma(`key='${passphrase.replaceAll("'", "''")}'`)
  return db
}

describe('the encrypted workspace file', () => {
  it('keeps data across close and reopen, in SQLCipher 4 format, with no plaintext on disk', async () => {
    const { core, file } = await createWorkspaceFile(dir)
    const created = await core.call('dataCategories.create', { data: { name: MARKER, description: `${MARKER} description` } })
    for (const f of filesOf(file)) expect(readFileSync(f).includes(MARKER), `${f} while open`).toBe(false)
    expect(existsSync(`${file}-wal`)).toBe(true)
    expect(existsSync(`${file}-shm`)).toBe(false)
    core.close()
    for (const f of filesOf(file)) expect(readFileSync(f).includes(MARKER), `${f} after close`).toBe(false)
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')

    const again = makeCore(dir)
    await again.call('workspace.open', { file, passphrase: PASSPHRASE })
    const read = await again.call('dataCategories.get', { id: created.id })
    expect(read.name).toBe(MARKER)
    again.close()

    const raw = rawOpen(file, PASSPHRASE)
    expect(Number(raw.pragma('legacy', { simple: true }))).toBe(4)
    expect(raw.pragma('cipher', { simple: true })).toBe('sqlcipher')
    expect(Number(raw.pragma('kdf_iter', { simple: true }))).toBe(256000)
    expect(String(raw.pragma('hmac_algorithm', { simple: true }))).toBe('2') // HMAC-SHA512, the SQLCipher 4 default
    expect((raw.prepare('SELECT name FROM entities').all() as Array<{ name: string }>).map((r) => r.name)).toContain(MARKER)
    raw.close()
  })

  it('opens with a passphrase typed in decomposed Unicode (NFD) when it was set in NFC', async () => {
    const nfc = 'Grüsse aus Zürich 2026'.normalize('NFC')
    const { core, file } = await createWorkspaceFile(dir, 'unicode', { passphrase: nfc })
    core.close()
    const again = makeCore(dir)
    const status = await again.call('workspace.open', { file, passphrase: nfc.normalize('NFD') })
    expect(status.open).toBe(true)
    again.close()
  })

  it('warns about a weak passphrase but still creates the workspace', async () => {
    const core = makeCore(dir)
    const status = await core.call('workspace.create', { file: join(dir, 'weak.dpo'), passphrase: 'passwort1', organisationName: 'A', regimes: ['gdpr'], language: 'de' })
    expect(status.open).toBe(true)
    expect(status.passphraseWarning?.weak).toBe(true)
    expect(status.passphraseWarning?.score).toBeLessThan(3)
    core.close()
  })

  it('never overwrites an existing file on create', async () => {
    const file = join(dir, 'exists.dpo')
    writeFileSync(file, 'precious')
    const result = await makeCore(dir).dispatch('workspace.create', { file, passphrase: PASSPHRASE, organisationName: 'A', regimes: ['gdpr'], language: 'de' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } })
    expect(readFileSync(file, 'utf8')).toBe('precious')
  })

  it('says which folder is missing when creating into one that does not exist', async () => {
    const result = await makeCore(dir).dispatch('workspace.create', { file: join(dir, 'no', 'such', 'x.dpo'), passphrase: PASSPHRASE, organisationName: 'A', regimes: ['gdpr'], language: 'de' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })
    if (!result.ok) expect(result.error.message).toContain(join(dir, 'no', 'such'))
  })

  it('changes the passphrase: the old one stops working, the new one opens the same data', async () => {
    const { core, file } = await createWorkspaceFile(dir)
    const entity = await core.call('systems.create', { data: { name: 'ERP' } })
    const wrong = await core.dispatch('workspace.changePassphrase', { current: 'not it', next: 'neues sehr langes Passwort 42' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_MISMATCH' } })
    await core.call('workspace.changePassphrase', { current: PASSPHRASE, next: 'neues sehr langes Passwort 42' })
    await core.call('systems.update', { id: entity.id, changes: { owner: 'IT' } })
    core.close()
    const again = makeCore(dir)
    expect(await again.dispatch('workspace.open', { file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })
    await again.call('workspace.open', { file, passphrase: 'neues sehr langes Passwort 42' })
    expect(await again.call('systems.get', { id: entity.id })).toMatchObject({ name: 'ERP', owner: 'IT' })
    expect((await again.call('workspace.verify', {})).ok).toBe(true)
    again.close()
  })
})

describe('refusing what cannot be opened, leaving the file byte-identical', () => {
  async function expectRefusal(file: string, code: string, passphrase = PASSPHRASE): Promise<void> {
    const before = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null
    const core = makeCore(dir)
    const result = await core.dispatch('workspace.open', { file, passphrase })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message.length).toBeGreaterThan(10)
    }
    if (before) expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`) && before !== null).toBe(false)
  }

  async function closedWorkspace(name = 'good'): Promise<string> {
    const { core, file } = await createWorkspaceFile(dir, name)
    for (let i = 0; i < 40; i++) await core.call('dataSubjects.create', { data: { name: `Person group ${i}`, description: 'y'.repeat(500) } })
    core.close()
    return file
  }

  it('wrong passphrase', async () => {
    await expectRefusal(await closedWorkspace(), 'WRONG_PASSPHRASE', 'falsch')
  })

  it('a plain SQLite database', async () => {
    const file = join(dir, 'plain.dpo')
    const db = new Database(file)
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db.close()
    await expectRefusal(file, 'NOT_A_WORKSPACE')
  })

  it('random bytes', async () => {
    const file = join(dir, 'random.dpo')
    writeFileSync(file, randomBytes(10_000))
    await expectRefusal(file, 'NOT_A_WORKSPACE')
  })

  it('an empty file', async () => {
    const file = join(dir, 'empty.dpo')
    writeFileSync(file, '')
    await expectRefusal(file, 'NOT_A_WORKSPACE')
  })

  it('a directory', async () => {
    const folder = join(dir, 'folder.dpo')
    mkdirSync(folder)
    await expectRefusal(folder, 'NOT_A_WORKSPACE')
  })

  it('an encrypted database that is not a workspace', async () => {
    const file = join(dir, 'other.dpo')
    const db = rawOpen(join(dir, 'seed.tmp'), PASSPHRASE, false)
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db.close()
    copyFileSync(join(dir, 'seed.tmp'), file)
    await expectRefusal(file, 'NOT_A_WORKSPACE')
  })

  it('a truncated workspace', async () => {
    const file = await closedWorkspace()
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, bytes.length - 4096 * 2 - 1000))
    await expectRefusal(file, 'DAMAGED')
  })

  it('a workspace with flipped bytes in the middle', async () => {
    const file = await closedWorkspace()
    const bytes = readFileSync(file)
    const at = Math.floor(bytes.length / 2)
    for (let i = 0; i < 8; i++) bytes[at + i] ^= 0xa5
    writeFileSync(file, bytes)
    await expectRefusal(file, 'DAMAGED')
  })

  it('a workspace made by a newer version of the app', async () => {
    const file = await closedWorkspace()
    const raw = rawOpen(file, PASSPHRASE)
    raw.pragma('user_version=999')
    raw.close()
    await expectRefusal(file, 'NEWER_VERSION')
  })

  it('a missing file', async () => {
    await expectRefusal(join(dir, 'nowhere.dpo'), 'FILE_NOT_FOUND')
  })

  it('a workspace already open in another process', async () => {
    const file = await closedWorkspace()
    const holder = spawnTs('test/fixtures/hold-open.mts', [file, PASSPHRASE, dir])
    const ready = await new Promise<string>((done) => holder.stdout!.once('data', (d: Buffer) => done(d.toString())))
    try {
      expect(ready.trim()).toBe('ready')
      const before = readFileSync(file)
      const result = await makeCore(dir).dispatch('workspace.open', { file, passphrase: PASSPHRASE })
      expect(result).toMatchObject({ ok: false, error: { code: 'ALREADY_OPEN' } })
      expect(readFileSync(file).equals(before)).toBe(true)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('a file the user may not read', async () => {
    const file = await closedWorkspace()
    const before = readFileSync(file)
    chmodSync(file, 0o000)
    if (process.getuid?.() !== 0) {
      await expectRefusal(file, 'PERMISSION_DENIED')
      chmodSync(file, 0o600)
      return
    }
    // Root reads anything; ask as an unprivileged user instead, which is what a user account is.
    chmodSync(dir, 0o755)
    const asNobody = await collect(
      spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/open-and-report.mts', file, PASSPHRASE, '/tmp/dpo-nobody'], {
        cwd: process.cwd(),
        uid: 65534,
        gid: 65534,
        env: { ...process.env, HOME: '/tmp/dpo-nobody' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
    )
    chmodSync(file, 0o600)
    expect(JSON.parse(asNobody.stdout.trim().split('\n').pop()!)).toEqual({ ok: false, code: 'PERMISSION_DENIED' })
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})
