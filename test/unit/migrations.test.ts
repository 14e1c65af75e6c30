import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestVersion, migrations, type Migration } from '../../src/core/workspace'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

/** A migration after the shipped ones (whatever their number is by now). */
const current = latestVersion()
const next: Migration = { version: current + 10, name: 'review-notes', sql: 'CREATE TABLE review_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' }

describe('migrations', () => {
  it('keeps a copy of the file before migrating, then migrates in one step', async () => {
    const { core, file } = await createWorkspaceFile(dir)
    const entity = await core.call('systems.create', { data: { name: 'ERP' } })
    core.close()
    const before = readFileSync(file)

    const upgraded = makeCore(dir, { migrations: [...migrations, next] })
    const status = await upgraded.call('workspace.open', { file, passphrase: PASSPHRASE })
    expect(status.schemaVersion).toBe(next.version)
    expect(status.backupBeforeMigration).toMatch(new RegExp(`\\.pre-v${next.version}\\..*\\.dpo$`))
    expect(readFileSync(status.backupBeforeMigration!).equals(before)).toBe(true)
    const info = await upgraded.call('workspace.info', {})
    expect(info.migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version), next.version])
    expect((await upgraded.call('systems.get', { id: entity.id })).name).toBe('ERP')
    upgraded.close()

    // The copy is a complete workspace of the old version, opened with the same passphrase.
    const old = makeCore(dir)
    expect((await old.call('workspace.open', { file: status.backupBeforeMigration!, passphrase: PASSPHRASE })).schemaVersion).toBe(current)
    old.close()
    // And the migrated file is refused, untouched, by the older app.
    const migrated = readFileSync(file)
    expect(await makeCore(dir).dispatch('workspace.open', { file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } })
    expect(readFileSync(file).equals(migrated)).toBe(true)
  })

  it('refuses a file whose applied migration differs from the shipped one', async () => {
    const { core, file } = await createWorkspaceFile(dir)
    core.close()
    const before = readFileSync(file)
    const edited = [{ ...migrations[0], sql: `${migrations[0].sql}\n-- edited after release` }, ...migrations.slice(1)]
    const result = await makeCore(dir, { migrations: edited }).dispatch('workspace.open', { file, passphrase: PASSPHRASE })
    expect(result).toMatchObject({ ok: false, error: { code: 'DAMAGED' } })
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a list that is not in ascending order', async () => {
    const result = await makeCore(dir, { migrations: [next, migrations[0]] }).dispatch('workspace.create', {
      file: `${dir}/x.dpo`,
      passphrase: PASSPHRASE,
      organisationName: 'A',
      regimes: ['gdpr'],
      language: 'de'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(existsSync(`${dir}/x.dpo`)).toBe(false)
  })
})
