import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

function tamper(file: string, sql: string): void {
  const db = new Database(file, { fileMustExist: true })
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma(`key='${PASSPHRASE}'`)
  db.exec(sql)
  db.close()
}

async function workspaceWithHistory() {
  const { core, file } = await createWorkspaceFile(dir)
  const start = (await core.call('audit.verify', {})).entries
  const tom = await core.call('toms.create', { data: { name: 'MFA für Fernzugriff', status: 'planned' } })
  const activity = await core.call('activities.create', { data: { name: 'Lohnbuchhaltung', purposes: ['Lohnabrechnung'], tomIds: [tom.id] } })
  await core.call('activities.update', { id: activity.id, changes: { status: 'in_review', owner: 'HR' } })
  await core.call('activities.archive', { ids: [activity.id] })
  await core.call('activities.restore', { ids: [activity.id] })
  return { core, file, tom, activity, start }
}

describe('audit trail', () => {
  it('records every mutation with per-field before/after, author and time, in order', async () => {
    const { core, activity, start } = await workspaceWithHistory()
    const history = await core.call('audit.history', { entity: 'activities', entityId: activity.id })
    expect(history.map((e) => e.action)).toEqual(['create', 'update', 'archive', 'restore'])
    expect(history[0].changes).toContainEqual({ field: 'name', before: null, after: 'Lohnbuchhaltung' })
    expect(history[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'draft', after: 'in_review' },
        { field: 'owner', before: '', after: 'HR' }
      ])
    )
    expect(history[1].changes).toHaveLength(2)
    expect(history.every((e) => e.author === 'Test DPO' && !Number.isNaN(Date.parse(e.at)))).toBe(true)
    const verify = await core.call('audit.verify', {})
    expect(verify).toMatchObject({ ok: true, brokenAt: null })
    // tom + activity create/update/archive/restore
    expect(verify.entries).toBe(start + 5)
    core.close()
  })

  it('writes no entry for an update that changes nothing', async () => {
    const { core, activity } = await workspaceWithHistory()
    const before = (await core.call('audit.verify', {})).entries
    const same = await core.call('activities.update', { id: activity.id, changes: { owner: 'HR' } })
    expect(same.version).toBe(activity.version + 3)
    expect((await core.call('audit.verify', {})).entries).toBe(before)
    core.close()
  })

  it('refuses updates and deletes of audit rows inside the app schema', async () => {
    const { core, file } = await workspaceWithHistory()
    core.close()
    expect(() => tamper(file, "UPDATE audit SET author = 'Mallory' WHERE seq = 2")).toThrow(/append-only/)
  })

  it.each([
    ['an edited entry', "UPDATE audit SET author = 'Mallory' WHERE seq = 3", 3],
    ['a removed entry', 'DELETE FROM audit WHERE seq = 2', 2],
    ['a cut tail', 'DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)', -1],
    ['reordered entries', 'UPDATE audit SET seq = seq + 100 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 102', 2]
  ])('detects %s made by raw SQL', async (_name, sql, brokenAt) => {
    const { core, file } = await workspaceWithHistory()
    core.close()
    tamper(file, `DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete; ${sql}`)
    const again = makeCore(dir)
    await again.call('workspace.open', { file, passphrase: PASSPHRASE })
    const verify = await again.call('workspace.verify', {})
    expect(verify.ok).toBe(false)
    expect(verify.audit.ok).toBe(false)
    expect(verify.audit.brokenAt).toBe(brokenAt === -1 ? verify.audit.entries : brokenAt)
    again.close()
  })
})

describe('registries', () => {
  it('links, back-references, search, filter, sort and paging', async () => {
    const { core } = await createWorkspaceFile(dir)
    const health = await core.call('dataCategories.create', { data: { name: 'Arztzeugnisse Lernende', gdprSpecial: 'art9', dsgSensitiveClause: 2 } })
    const us = await core.call('recipients.create', { data: { name: 'CloudCRM Inc.', kind: 'processor', country: 'US', dpaStatus: 'signed' } })
    for (let i = 1; i <= 12; i++) {
      await core.call('activities.create', {
        data: {
          name: `Tätigkeit ${String(i).padStart(2, '0')}`,
          status: i % 3 === 0 ? 'approved' : 'draft',
          owner: i % 2 ? 'HR' : 'IT',
          legalBases: i === 5 ? ['gdpr-9-2-b', 'gdpr-6-1-b'] : ['gdpr-6-1-b'],
          dataCategoryIds: i <= 4 ? [health.id] : [],
          transfers: i === 1 ? [{ recipientId: us.id, country: 'US', mechanism: 'EU-SCC', regime: 'gdpr' }] : []
        }
      })
    }
    const usage = await core.call('dataCategories.usage', { id: health.id })
    expect(usage).toHaveLength(4)
    expect(usage.every((u) => u.kind === 'activities' && u.path === 'dataCategoryIds')).toBe(true)
    expect(await core.call('recipients.usage', { id: us.id })).toMatchObject([{ path: 'transfers[].recipientId' }])

    const page = await core.call('activities.list', { filters: { status: ['approved'] }, sort: { field: 'name', dir: 'desc' }, limit: 2 })
    expect(page.total).toBe(4)
    expect(page.rows.map((r) => r.name)).toEqual(['Tätigkeit 12', 'Tätigkeit 09'])
    const byBasis = await core.call('activities.list', { filters: { legalBases: ['gdpr-9-2-b'] } })
    expect(byBasis.rows.map((r) => r.name)).toEqual(['Tätigkeit 05'])
    // Diacritics are folded and every word matches as a prefix: 10, 11 and 12, not 01.
    expect((await core.call('activities.list', { query: 'tatigkeit 1' })).rows.map((r) => r.name)).toEqual(['Tätigkeit 10', 'Tätigkeit 11', 'Tätigkeit 12'])
    const hits = await core.call('search.query', { query: 'arztzeug lernend' })
    expect(hits).toMatchObject([{ kind: 'dataCategories', id: health.id }])
    // German compounds: a part of a word is found too (three letters or more).
    expect((await core.call('search.query', { query: 'zeugnis' })).map((h) => h.id)).toContain(health.id)
    expect((await core.call('recipients.list', { query: 'crm' })).rows.map((r) => r.id)).toEqual([us.id])

    const bad = await core.dispatch('activities.create', { data: { name: 'X', dataCategoryIds: [us.id] } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BROKEN_LINK' } })
    const unknownFilter = await core.dispatch('activities.list', { filters: { password: ['x'] } })
    expect(unknownFilter).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'filters.password' }] } })
    core.close()
  })

  it('bulk-updates and guards against lost updates with versions', async () => {
    const { core } = await createWorkspaceFile(dir)
    const a = await core.call('activities.create', { data: { name: 'A' } })
    const b = await core.call('activities.create', { data: { name: 'B' } })
    expect(await core.call('activities.bulkUpdate', { ids: [a.id, b.id], changes: { status: 'in_review' } })).toEqual({ updated: 2 })
    const stale = await core.dispatch('activities.update', { id: a.id, expectedVersion: 1, changes: { name: 'A2' } })
    expect(stale).toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT' } })
    expect((await core.call('activities.get', { id: a.id })).name).toBe('A')
    const invalid = await core.dispatch('activities.update', { id: a.id, changes: { reviewDate: '2026-02-31' } })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'changes.reviewDate' }] } })
    core.close()
  })
})

describe('organisation profile', () => {
  it('changes exactly the fields a partial update names', async () => {
    const { core } = await createWorkspaceFile(dir)
    await core.call('organisation.update', { changes: { address: 'Bahnhofstrasse 1, 8001 Zürich', headcount: 120, dpo: { name: 'Dr. A. Muster', address: '', email: 'dpo@example.ch', phone: '' } } })
    const after = await core.call('organisation.update', { changes: { name: 'Muster AG (neu)' } })
    expect(after).toMatchObject({ name: 'Muster AG (neu)', address: 'Bahnhofstrasse 1, 8001 Zürich', headcount: 120, regimes: ['gdpr', 'revdsg'], dpo: { email: 'dpo@example.ch' } })
    const history = await core.call('audit.history', { entity: 'organisation', entityId: 'organisation' })
    expect(history.at(-1)?.changes).toEqual([{ field: 'name', before: 'Muster AG', after: 'Muster AG (neu)' }])
    core.close()
  })
})
