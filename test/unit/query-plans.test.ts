import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ListQuery } from '../../src/shared/api'
import { openWorkspace, closeWorkspace, listSql, type Db } from '../../src/core/workspace'
import { createWorkspaceFile, PASSPHRASE, tempDir } from './support/core'

/**
 * The hot queries must keep using their indexes: a lost index would not fail any functional test
 * but would make a 10,000-activity workspace slow. These assertions catch that.
 */
let dir: string
let cleanup: () => void
let db: Db

beforeAll(async () => {
  ;({ dir, cleanup } = tempDir())
  const { core, file } = await createWorkspaceFile(dir)
  const tom = await core.call('toms.create', { data: { name: 'MFA' } })
  for (let i = 0; i < 50; i++) await core.call('activities.create', { data: { name: `A${i}`, status: i % 2 ? 'draft' : 'approved', owner: `O${i % 5}`, tomIds: [tom.id] } })
  core.close()
  // No ANALYZE: the app never runs it, so these are the plans users get.
  db = openWorkspace(file, PASSPHRASE).db
})
afterAll(() => {
  closeWorkspace(db)
  cleanup()
})

function plan(sql: string, params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join('\n')
}

const list = (input: ListQuery) => listSql('activities', ListQuery.parse(input) as Required<ListQuery>)

describe('query plans of the hot queries', () => {
  it('first page of a registry, in reference order, without sorting the table', () => {
    const sql = list({})
    const p = plan(sql.page, [...sql.params, 100, 0])
    expect(p).toMatch(/USING INDEX entities_kind_ref_order/)
    expect(p).not.toMatch(/TEMP B-TREE/)
    expect(p).not.toMatch(/^SCAN e\b/m)
  })

  it('filtered by status and sorted by name', () => {
    const sql = list({ filters: { status: ['approved'] }, sort: { field: 'name', dir: 'asc' } })
    const p = plan(sql.count, sql.params)
    expect(p).toMatch(/USING (COVERING )?INDEX entities_kind_status/)
    expect(plan(sql.page, [...sql.params, 100, 0])).not.toMatch(/^SCAN e\b/m)
  })

  it('filtered by owner', () => {
    const sql = list({ filters: { owner: ['O1'] } })
    expect(plan(sql.count, sql.params)).toMatch(/USING (COVERING )?INDEX entities_kind_owner/)
  })

  it('quick search goes through the full-text index', () => {
    const sql = list({ query: 'A1' })
    const p = plan(sql.page, [...sql.params, 100, 0])
    expect(p).toMatch(/VIRTUAL TABLE INDEX/)
  })

  it('single lookups, back-references and history use their indexes', () => {
    expect(plan('SELECT * FROM entities WHERE id = ? AND kind = ?', ['x', 'activities'])).toMatch(/USING INDEX sqlite_autoindex_entities_1 \(id=\?\)/)
    expect(plan('SELECT e.kind FROM links l JOIN entities e ON e.id = l.from_id WHERE l.to_id = ?', ['x'])).toMatch(/USING (COVERING )?INDEX links_to \(to_id=\?\)/)
    expect(plan('SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq', ['activities', 'x'])).toMatch(/USING INDEX audit_entity/)
    expect(plan("SELECT rowid FROM search WHERE search MATCH ?", ['x'])).toMatch(/VIRTUAL TABLE INDEX/)
  })

  it('the field times of the approval check and the content head of the kept check use their indexes', () => {
    expect(plan('SELECT id, field_times FROM entities WHERE id IN (SELECT value FROM json_each(?))', ['[]'])).toMatch(/USING INDEX sqlite_autoindex_entities_1 \(id=\?\)/)
    expect(plan('SELECT seq, hash FROM audit WHERE entity <> ? ORDER BY seq DESC LIMIT 1', ['exports'])).toMatch(/^SCAN audit$/m)
    expect(plan('SELECT seq, hash FROM audit WHERE entity <> ? ORDER BY seq DESC LIMIT 1', ['exports'])).not.toMatch(/TEMP B-TREE/)
  })
})
