import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspaceFile, PASSPHRASE, tempDir } from './support/core'

/** What the merge UI relies on in imports.mergePreview / imports.merge, beyond test/unit/imports.test.ts. */
let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir('dpo-merge-api-'))
})
afterEach(() => cleanup())

describe('merge from another workspace, as the UI uses it', () => {
  it('refuses the open workspace itself as a field error on "file", and finds a bare name in the workspaces folder', async () => {
    const { core: other } = await createWorkspaceFile(dir, 'andere')
    await other.call('activities.create', { data: { name: 'Newsletter' } })
    other.close()
    const { core, file } = await createWorkspaceFile(dir, 'main')
    await core.call('settings.update', { language: 'en' })
    for (const same of [file, file.replace(/\.dpo$/, ''), 'main']) {
      const result = await core.dispatch('imports.mergePreview', { file: same, passphrase: PASSPHRASE })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'file', message: 'This is the open workspace itself. Choose the file of the other workspace.' }] } })
    }
    // "andere" is andere.dpo in the workspaces folder (here: the temp folder), as for opening a workspace.
    const preview = await core.call('imports.mergePreview', { file: 'andere', passphrase: PASSPHRASE, kinds: ['activities'] })
    expect(preview.entities.map((e) => e.name)).toEqual(['Newsletter'])
    expect(await core.dispatch('imports.mergePreview', { file: join(dir, 'fehlt.dpo'), passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })
    core.close()
  })

  it('shows links inside lists by name in the diff, and a dry run reports exactly and writes nothing', async () => {
    const { core: other, file: otherFile } = await createWorkspaceFile(dir, 'andere')
    const mail = await other.call('recipients.create', { data: { name: 'Mail Inc.', kind: 'processor', country: 'US' } })
    await other.call('activities.create', { data: { name: 'Newsletter', purposes: ['Werbung'], recipientIds: [mail.id], transfers: [{ recipientId: mail.id, country: 'US', mechanism: 'EU-SCC', regime: 'gdpr' }] } })
    other.close()
    const { core } = await createWorkspaceFile(dir, 'main')
    await core.call('activities.create', { data: { name: 'Newsletter', purposes: ['Werbung'] } })
    const preview = await core.call('imports.mergePreview', { file: otherFile, passphrase: PASSPHRASE, kinds: ['activities'] })
    const [newsletter] = preview.entities
    expect(newsletter.status).toBe('conflict')
    const transfers = newsletter.diff.find((d) => d.field === 'transfers')
    expect(JSON.stringify(transfers?.after)).toContain('Mail Inc.')
    expect(JSON.stringify(transfers?.after)).not.toContain(mail.id)

    const before = (await core.call('workspace.info', {})).auditEntries
    const selection = [{ kind: 'activities' as const, id: newsletter.id, resolution: 'overwrite' as const }]
    const dry = await core.call('imports.merge', { file: otherFile, passphrase: PASSPHRASE, selection, dryRun: true })
    expect(dry).toMatchObject({ dryRun: true, overwritten: 1, copied: 1, matched: 0, backupFile: null })
    expect((await core.call('workspace.info', {})).auditEntries).toBe(before)
    expect((await core.call('recipients.list', {})).rows.map((r) => r.name)).not.toContain('Mail Inc.')

    const real = await core.call('imports.merge', { file: otherFile, passphrase: PASSPHRASE, selection })
    expect(real).toMatchObject({ dryRun: false, overwritten: 1, copied: 1, matched: 0 })
    expect(real.backupFile).toMatch(/main\.pre-import\./)
    expect(real.entities.map((e) => `${e.action}:${e.name}`).sort()).toEqual(dry.entities.map((e) => `${e.action}:${e.name}`).sort())

    // Everything the other file has is here now: merging again matches the linked entry and writes nothing.
    const again = await core.call('imports.merge', { file: otherFile, passphrase: PASSPHRASE, selection: [{ kind: 'activities', id: newsletter.id, resolution: 'skip' }] })
    expect(again).toMatchObject({ copied: 0, overwritten: 0, skipped: 1, backupFile: null })
    core.close()
  })
})
