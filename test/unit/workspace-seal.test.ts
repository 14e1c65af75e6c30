import { copyFileSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registryKinds } from '../../src/shared/model'
import { closeWorkspace, FULL_CHECK_DAYS, openWorkspace, sealOf } from '../../src/core/workspace'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

// Opening a large file spends most of its time reading every page once. A file this device
// closed cleanly, unchanged since, skips that; everything else still gets the full check.

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

const GROUPS = 60

async function closedWorkspace(): Promise<string> {
  const { core, file } = await createWorkspaceFile(dir)
  for (let i = 0; i < GROUPS; i++) await core.call('dataSubjects.create', { data: { name: `Testgruppe ${i}`, description: 'x'.repeat(800) } })
  core.close()
  return file
}

const settingsOf = (): { sealed: Array<{ file: string; checkedAt: string }> } => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))

/** The number of a page in the middle of the table that holds the registries' entries. */
function entityPage(file: string): number {
  // Asked of a copy: a WAL file opened by another connection would leave -wal and -shm behind.
  const copy = join(dir, 'pages.tmp')
  copyFileSync(file, copy)
  const db = new Database(copy, { fileMustExist: true })
  try {
    db.pragma("cipher='sqlcipher'")
    db.pragma('legacy=4')
    db.pragma(`key='${PASSPHRASE}'`)
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'entities' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[]
    return pages[Math.floor(pages.length / 2)]
  } finally {
    db.close()
  }
}

/**
 * Bit rot: bytes flipped in one page of entries while size, time and the sealed first and last
 * pages stay as they were (the seal in the settings is brought up to date to model exactly that).
 */
function damageQuietly(file: string): void {
  const page = entityPage(file)
  const bytes = readFileSync(file)
  const at = (page - 1) * 4096 + 200
  for (let i = 0; i < 8; i++) bytes[at + i] ^= 0x5a
  writeFileSync(file, bytes)
  const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))
  for (const entry of settings.sealed) if (entry.file === file) entry.seal = sealOf(file)
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings))
}

describe('the seal of a cleanly closed workspace', () => {
  it('is recorded at close, dropped while open, and lets the next open skip the full page check', async () => {
    const file = await closedWorkspace()
    const sealed = settingsOf().sealed.find((s) => s.file === file)
    expect(sealed).toBeDefined()

    const core = makeCore(dir)
    await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    expect(settingsOf().sealed.some((s) => s.file === file)).toBe(false)
    expect((await core.call('dataSubjects.list', { query: 'Testgruppe' })).total).toBe(GROUPS)
    core.close()
    // Sealed again with the same check time: skipping the check does not make the file fresher.
    expect(settingsOf().sealed.find((s) => s.file === file)?.checkedAt).toBe(sealed!.checkedAt)

    const trusted = { seal: sealOf(file), checkedAt: new Date().toISOString() }
    const ws = openWorkspace(file, PASSPHRASE, { trusted })
    expect(ws.pageCheck).toBe('sealed')
    closeWorkspace(ws.db)
  })

  it('does not vouch for a file changed since: new bytes, another time, a journal left behind or an old check', async () => {
    const file = await closedWorkspace()
    const fresh = { seal: sealOf(file), checkedAt: new Date().toISOString() }

    const old = { seal: fresh.seal, checkedAt: new Date(Date.now() - (FULL_CHECK_DAYS + 1) * 86_400_000).toISOString() }
    let ws = openWorkspace(file, PASSPHRASE, { trusted: old })
    expect(ws.pageCheck).toBe('full')
    closeWorkspace(ws.db)

    const touched = { seal: sealOf(file), checkedAt: fresh.checkedAt }
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    ws = openWorkspace(file, PASSPHRASE, { trusted: touched })
    expect(ws.pageCheck).toBe('full')
    closeWorkspace(ws.db)

    const before = { seal: sealOf(file), checkedAt: fresh.checkedAt }
    writeFileSync(`${file}-wal`, '')
    ws = openWorkspace(file, PASSPHRASE, { trusted: before })
    expect(ws.pageCheck).toBe('full')
    closeWorkspace(ws.db)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('finds damage done behind its back (same size and time) on verify and on read, and never hides it', async () => {
    const file = await closedWorkspace()
    damageQuietly(file)
    const before = readFileSync(file)

    const core = makeCore(dir)
    await core.call('workspace.open', { file, passphrase: PASSPHRASE })
    const report = await core.call('workspace.verify', {})
    expect(report.ok).toBe(false)
    expect(report.cipherIntegrity.length).toBeGreaterThan(0)
    // Reads that reach the damaged page say so in words; the others still work.
    const reads = await Promise.all([
      ...registryKinds.map((kind) => core.dispatch(`${kind}.list`, { limit: 1000 })),
      ...[0, 1, 2, 3].map((page) => core.dispatch('audit.list', { offset: page * 1000, limit: 1000 }))
    ])
    const codes = reads.flatMap((r) => (r.ok ? [] : [r.error.code]))
    expect(codes.length).toBeGreaterThan(0)
    expect(new Set(codes)).toEqual(new Set(['DAMAGED']))
    core.close()
    // A failed verify leaves the old check time, and the next open after a changed seal is full.
    expect(readFileSync(file).subarray(4096, before.length - 4096).equals(before.subarray(4096, before.length - 4096))).toBe(true)

    const again = makeCore(dir)
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    const refused = await again.dispatch('workspace.open', { file, passphrase: PASSPHRASE })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('DAMAGED')
  })
})
