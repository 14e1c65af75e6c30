import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../src/core'
import { createWorkspaceFile, tempDir } from './support/core'

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
