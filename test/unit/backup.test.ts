import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

const MARKER = 'Backup-Marker-Personalakte-9b2'

/** Everything a user would compare: every registry row, the organisation, the audit chain. */
async function contentOf(core: ReturnType<typeof makeCore>) {
  const kinds = ['activities', 'processorActivities', 'dataCategories', 'dataSubjects', 'recipients', 'systems', 'toms'] as const
  const rows: Record<string, unknown> = {}
  for (const kind of kinds) rows[kind] = (await core.call(`${kind}.list`, { limit: 20_000, archived: 'include' })).rows
  const audit = await core.call('audit.verify', {})
  return { rows, organisation: await core.call('organisation.get', {}), audit: { entries: audit.entries, head: audit.head } }
}

describe('encrypted backups', () => {
  it('backs up the open workspace, and a restore has the same content', async () => {
    const { core } = await createWorkspaceFile(dir)
    await core.call('activities.create', { data: { name: MARKER, purposes: ['Personalverwaltung'] } })
    const original = await contentOf(core)
    const backup = await core.call('workspace.backup', { file: join(dir, 'copy.dpo'), passphrase: PASSPHRASE })
    expect(readFileSync(backup.file).includes(MARKER)).toBe(false)
    expect(backup.bytes).toBeGreaterThan(4096)

    // The workspace stays open and usable while and after the backup is taken.
    await core.call('activities.create', { data: { name: 'after the backup' } })
    core.close()

    const restoredCore = makeCore(dir)
    const restored = await restoredCore.call('workspace.restore', { backup: backup.file, file: join(dir, 'restored.dpo'), passphrase: PASSPHRASE })
    await restoredCore.call('workspace.open', { file: restored.file, passphrase: PASSPHRASE })
    expect(await contentOf(restoredCore)).toEqual(original)
    expect((await restoredCore.call('workspace.verify', {})).ok).toBe(true)
    restoredCore.close()
  })

  it('can give the backup a new passphrase', async () => {
    const { core } = await createWorkspaceFile(dir)
    const backup = await core.call('workspace.backup', { file: join(dir, 'for-client.dpo'), passphrase: PASSPHRASE, newPassphrase: 'ganz anderer Satz für den Kunden' })
    core.close()
    const other = makeCore(dir)
    expect(await other.dispatch('workspace.open', { file: backup.file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })
    expect((await other.call('workspace.open', { file: backup.file, passphrase: 'ganz anderer Satz für den Kunden' })).open).toBe(true)
    other.close()
  })

  it('is consistent when taken between edits, and never overwrites a file', async () => {
    const { core } = await createWorkspaceFile(dir)
    const edits: Array<Promise<unknown>> = []
    for (let i = 0; i < 30; i++) edits.push(core.call('dataSubjects.create', { data: { name: `Gruppe ${i}` } }))
    const backup = core.call('workspace.backup', { file: join(dir, 'mid.dpo'), passphrase: PASSPHRASE })
    for (let i = 30; i < 60; i++) edits.push(core.call('dataSubjects.create', { data: { name: `Gruppe ${i}` } }))
    await Promise.all(edits)
    const { file } = await backup
    writeFileSync(join(dir, 'taken.dpo'), 'keep me')
    expect(await core.dispatch('workspace.backup', { file: join(dir, 'taken.dpo'), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } })
    expect(readFileSync(join(dir, 'taken.dpo'), 'utf8')).toBe('keep me')
    expect(await core.dispatch('workspace.backup', { file: join(dir, 'x.dpo'), passphrase: 'falsch' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_MISMATCH' } })
    core.close()

    const check = makeCore(dir)
    await check.call('workspace.open', { file, passphrase: PASSPHRASE })
    const verify = await check.call('workspace.verify', {})
    expect(verify.ok).toBe(true)
    const names = (await check.call('dataSubjects.list', { limit: 1000, query: 'Gruppe' })).rows.map((r) => r.name)
    // A snapshot: a prefix of the edits, each complete, and an audit entry for exactly those.
    expect(names.length).toBeGreaterThanOrEqual(30)
    expect(names).toEqual(Array.from({ length: names.length }, (_, i) => `Gruppe ${i}`))
    const audited = (await check.call('audit.list', { limit: 1000 })).rows.filter(
      (e) => e.entity === 'dataSubjects' && e.action === 'create' && e.changes.some((c) => c.field === 'name' && String(c.after).startsWith('Gruppe '))
    )
    expect(audited).toHaveLength(names.length)
    check.close()
  })

  it('refuses to restore a damaged or wrong-passphrase backup and leaves nothing behind', async () => {
    const { core } = await createWorkspaceFile(dir)
    const backup = await core.call('workspace.backup', { file: join(dir, 'b.dpo'), passphrase: PASSPHRASE })
    core.close()
    const other = makeCore(dir)
    expect(await other.dispatch('workspace.restore', { backup: backup.file, file: join(dir, 'r.dpo'), passphrase: 'falsch' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } })
    expect(existsSync(join(dir, 'r.dpo'))).toBe(false)
  })
})
