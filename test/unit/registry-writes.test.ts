import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import { closeWorkspace, createEntity, fieldChangeTimes, listEntities, openWorkspace, updateEntity, type Db } from '../../src/core/workspace'
import { TIDY_AFTER_CHANGES } from '../../src/core/workspace/store'
import { ListQuery } from '../../src/shared/api'
import { fieldTimesFromAudit } from '../../src/core/workspace/migrations/0080-field-times'
import { createWorkspaceFile, makeCore, PASSPHRASE, tempDir } from './support/core'

// An edit rewrites the search index and the links only when they change; these tests pin that
// what is found and what is linked always follows the latest saved state.

let dir: string
let cleanup: () => void
let core: Core
beforeEach(async () => {
  ;({ dir, cleanup } = tempDir())
  ;({ core } = await createWorkspaceFile(dir))
})
afterEach(() => {
  core.close()
  cleanup()
})

const found = async (query: string): Promise<string[]> => (await core.call('activities.list', { query })).rows.map((r) => r.name)

describe('edits keep search and links in step', () => {
  it('finds an activity by its new words, not its old ones, after each kind of edit', async () => {
    const a = await core.call('activities.create', { data: { name: 'Lohnabrechnung', description: 'Monatliche Auszahlung' } })
    expect(await found('Lohnabrechnung')).toEqual(['Lohnabrechnung'])

    await core.call('activities.update', { id: a.id, changes: { reviewDate: '2027-03-01' } })
    expect(await found('abrechnung')).toEqual(['Lohnabrechnung'])
    expect(await found('Auszahlung')).toEqual(['Lohnabrechnung'])

    await core.call('activities.update', { id: a.id, changes: { description: 'Quartalsweise Sonderzahlung' } })
    expect(await found('Auszahlung')).toEqual([])
    expect(await found('Sonderzahlung')).toEqual(['Lohnabrechnung'])

    await core.call('activities.update', { id: a.id, changes: { owner: 'Personalabteilung Bern' } })
    expect(await found('Personalabteilung')).toEqual(['Lohnabrechnung'])

    await core.call('activities.update', { id: a.id, changes: { name: 'Gehaltsabrechnung' } })
    expect(await found('Lohnabrechnung')).toEqual([])
    expect(await found('Gehalts')).toEqual(['Gehaltsabrechnung'])
    expect(await found('Sonderzahlung')).toEqual(['Gehaltsabrechnung'])
  })

  it('keeps links through edits of other fields and follows changed links', async () => {
    const tomA = await core.call('toms.create', { data: { name: 'Verschlüsselung' } })
    const tomB = await core.call('toms.create', { data: { name: 'Zutrittskontrolle' } })
    const a = await core.call('activities.create', { data: { name: 'Videoüberwachung', tomIds: [tomA.id] } })
    const users = async (id: string): Promise<number> => (await core.call('toms.usage', { id })).length

    await core.call('activities.update', { id: a.id, changes: { status: 'in_review' } })
    expect(await users(tomA.id)).toBe(1)

    await core.call('activities.update', { id: a.id, changes: { tomIds: [tomB.id] } })
    expect(await users(tomA.id)).toBe(0)
    expect(await users(tomB.id)).toBe(1)

    const broken = await core.dispatch('activities.update', { id: a.id, changes: { tomIds: [tomB.id, 'no-such-tom'] } })
    expect(broken.ok).toBe(false)
    expect(await users(tomB.id)).toBe(1)
  })
})

describe('when each field last changed', () => {
  it('is kept by every edit exactly as the audit trail tells it (what migration 80 rebuilds from)', async () => {
    const a = await core.call('activities.create', { data: { name: 'Newsletter', status: 'draft' } })
    const b = await core.call('activities.create', { data: { name: 'Webshop' } })
    await core.call('activities.update', { id: a.id, changes: { status: 'approved', purposes: ['Werbung'] } })
    await core.call('activities.bulkUpdate', { ids: [a.id, b.id], changes: { owner: 'Marketing' } })
    await core.call('activities.update', { id: b.id, changes: { name: 'Onlineshop' } })
    const file = (await core.call('workspace.status', {})).file!
    core.close()

    const { db } = openWorkspace(file, PASSPHRASE)
    try {
      const kept = fieldChangeTimes(db, [a.id, b.id])
      expect(Object.keys(kept.get(a.id)!).sort()).toEqual(['owner', 'purposes', 'status'])
      expect(Object.keys(kept.get(b.id)!).sort()).toEqual(['name', 'owner'])
      db.exec("UPDATE entities SET field_times = '{}'")
      db.exec(fieldTimesFromAudit)
      expect(fieldChangeTimes(db, [a.id, b.id])).toEqual(kept)
    } finally {
      closeWorkspace(db)
    }
    core = makeCore(dir)
  })
})

describe('the search indexes after a session of many edits', () => {
  it('are merged at close, and still find exactly what they found before', async () => {
    const file = (await core.call('workspace.status', {})).file!
    core.close()
    const actor = { author: 'Test' }
    const indexRows = (db: Db): number => db.prepare('SELECT count(*) FROM search_sub_data').pluck().get() as number
    const find = (db: Db, text: string): string[] => listEntities(db, 'dataSubjects', ListQuery.parse({ query: text, limit: 1000 }) as Required<ListQuery>).rows.map((r) => r.id).sort()

    let { db } = openWorkspace(file, PASSPHRASE)
    const ids = db.transaction(() => Array.from({ length: 300 }, (_, i) => createEntity(db, actor, 'dataSubjects', { name: `Kundengruppe ${i}`, description: 'Erste Fassung' }).id))()
    // One transaction per edit, as the UI makes them: each leaves its own segment behind.
    for (let round = 0; round < 4; round++) for (const id of ids) db.transaction(() => updateEntity(db, actor, 'dataSubjects', id, { description: `Fassung ${round} Kundenkonto` }))()
    const before = { rows: indexRows(db), konto: find(db, 'Kundenkonto'), gruppe: find(db, 'gruppe'), erste: find(db, 'Erste') }
    expect(before.konto).toHaveLength(300)
    expect(before.erste).toEqual([])
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBeGreaterThanOrEqual(TIDY_AFTER_CHANGES)
    closeWorkspace(db)

    ;({ db } = openWorkspace(file, PASSPHRASE))
    try {
      expect(indexRows(db)).toBeLessThan(before.rows)
      expect({ konto: find(db, 'Kundenkonto'), gruppe: find(db, 'gruppe'), erste: find(db, 'Erste') }).toEqual({ konto: before.konto, gruppe: before.gruppe, erste: [] })
    } finally {
      closeWorkspace(db)
    }
    core = makeCore(dir)
  })
})
