// npm run bench — prints (never asserts) the foundation figures:
// open with the passphrase (key derivation included), single-edit latency with its audit entry,
// and the encrypted/plaintext ratio of the same write workload.
import Database from 'better-sqlite3-multiple-ciphers'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeWorkspace, createEntity, createWorkspace, migrate, openWorkspace, updateEntity, type Db } from '../src/core/workspace'
import { percentile, row, timeIt } from './stats'

const PASS = 'bench passphrase with enough entropy 2026'
const EDITS = 500
const actor = { author: 'bench' }
const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-'))

function workload(db: Db): number[] {
  const ids: string[] = []
  db.transaction(() => {
    for (let i = 0; i < 200; i++) ids.push(String(createEntity(db, actor, 'activities', { name: `Activity ${i}`, purposes: ['Vertragserfüllung'] }).id))
  })()
  const samples: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const id = ids[i % ids.length]
    samples.push(timeIt(() => db.transaction(() => updateEntity(db, actor, 'activities', id, { owner: `Owner ${i}` }))()))
  }
  return samples
}

try {
  const file = join(dir, 'bench.dpo')
  closeWorkspace(createWorkspace(file, PASS).db)
  const opens: number[] = []
  for (let i = 0; i < 5; i++) {
    let db: Db | undefined
    opens.push(timeIt(() => (db = openWorkspace(file, PASS).db)))
    closeWorkspace(db!)
  }
  const encrypted = openWorkspace(file, PASS).db
  const enc = workload(encrypted)
  closeWorkspace(encrypted)

  const plain = new Database(join(dir, 'plain.db'))
  plain.pragma('journal_mode=WAL')
  plain.pragma('synchronous=FULL')
  plain.pragma('foreign_keys=ON')
  plain.pragma('secure_delete=ON')
  migrate(plain)
  const pla = workload(plain)
  plain.close()

  console.log(`\nDPO Workbench — workspace bench (${EDITS} single edits, each one transaction with its audit entry)\n`)
  console.log(row('measure', 'median ms', 'p95 ms'))
  console.log(row('open with passphrase (KDF + checks)', percentile(opens, 50), percentile(opens, 95)))
  console.log(row('single edit + audit, encrypted', percentile(enc, 50), percentile(enc, 95)))
  console.log(row('single edit + audit, plaintext SQLite', percentile(pla, 50), percentile(pla, 95)))
  console.log(row('encrypted / plaintext (median)', (percentile(enc, 50) / percentile(pla, 50)).toFixed(2), ''))
  console.log(row('encrypted / plaintext (total)', (enc.reduce((a, b) => a + b) / pla.reduce((a, b) => a + b)).toFixed(2), ''))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
