// npm run bench — the scale figures (issue "Scale"), printed, never asserted.
// Generates (or copies, BENCH_FILE) a workspace through the public API — 10,000 activities by
// default (BENCH_ACTIVITIES) — and measures the hot paths with median and p95 over repeated
// runs. The storage-layer rows are also run against an unencrypted SQLite copy of the same data,
// so the encrypted/plaintext ratio comes from the same machine and run.
import Database from 'better-sqlite3-multiple-ciphers'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../src/core'
import { ListQuery } from '../src/shared/api'
import { registryKinds } from '../src/shared/model'
import { closeWorkspace, getEntity, listEntities, migrate, openWorkspace, updateEntity, type Db } from '../src/core/workspace'
import { applyRuntimePragmas, connect, enlargeCache } from '../src/core/workspace/sqlcipher'
import { DEFAULT_PASSPHRASE, generate } from '../scripts/gen'
import { percentile, row } from './stats'

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 10_000)
const PDF = process.env.BENCH_PDF !== '0'
const dir = mkdtempSync(join(tmpdir(), 'dpo-scale-'))
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6
const lines: string[] = []
const report = (label: string, samples: number[]): void => void lines.push(row(label, percentile(samples, 50), percentile(samples, 95), samples.length))

async function repeat(n: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    await fn()
    out.push(ms(start))
  }
  return out
}

/** An unencrypted copy with the same schema and rows: the baseline for the ratio. */
function plaintextCopy(source: Db, file: string): Db {
  const plain = new Database(file)
  // The same runtime settings as the workspace, so the ratio is the cost of encryption alone.
  applyRuntimePragmas(plain)
  plain.pragma('journal_mode=WAL')
  enlargeCache(plain)
  plain.pragma('synchronous=FULL')
  plain.pragma('foreign_keys=OFF')
  migrate(plain)
  plain.pragma('foreign_keys=ON')
  plain.transaction(() => {
    for (const table of ['entities', 'links', 'audit', 'meta', 'organisation', 'ref_counters']) {
      const rows = source.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>
      if (rows.length === 0) continue
      const cols = Object.keys(rows[0])
      const insert = plain.prepare(`INSERT OR REPLACE INTO ${table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
      for (const r of rows) insert.run(...cols.map((c) => r[c]))
    }
    plain.exec("INSERT INTO search (rowid, name, body, entity_id, kind) SELECT rid, name, name, id, kind FROM entities; INSERT INTO search_sub (rowid, name, body) SELECT rid, name, name FROM entities")
  })()
  return plain
}

const q = (input: ListQuery) => ListQuery.parse(input) as Required<ListQuery>

async function main(): Promise<void> {
  // A given workspace is measured on a copy: the bench edits, and must never change the user's file.
  const file = join(dir, 'scale.dpo')
  if (process.env.BENCH_FILE) copyFileSync(process.env.BENCH_FILE, file)
  if (!existsSync(file)) {
    console.log(`Generating ${ACTIVITIES} activities through the API (one transaction with audit entry each) …`)
    const gen = await generate({ activities: ACTIVITIES, out: file, log: (l) => process.stdout.write(`  ${l}\n`) })
    lines.push(`generated: ${JSON.stringify(gen.counts)} in ${gen.seconds.toFixed(0)} s`)
  }

  // Open: key derivation (PBKDF2-SHA512, 256,000 rounds) shown apart from the rest of opening.
  // A file this device closed cleanly opens without reading every page (its seal still matches);
  // a file new to this device, or one changed since, gets the full page check.
  const kdf = await repeat(5, () => {
    const db = connect(file, DEFAULT_PASSPHRASE, { mustExist: true })
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    db.close()
  })
  const fullOpen = await repeat(3, () => closeWorkspace(openWorkspace(file, DEFAULT_PASSPHRASE).db))
  const core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench' })
  const first = await repeat(1, async () => {
    await core.call('workspace.open', { file, passphrase: DEFAULT_PASSPHRASE })
    await core.call('workspace.lock', {})
  })
  const sealedOpen = await repeat(5, async () => {
    await core.call('workspace.open', { file, passphrase: DEFAULT_PASSPHRASE })
    await core.call('workspace.lock', {})
  })
  report('open: key derivation + first page', kdf)
  report('open: new to this device (every page checked)', fullOpen)
  report('open via API, first time (every page checked)', first)
  report('open via API, as this device closed it', sealedOpen)
  lines.push(row('open after key derivation, sealed (median)', percentile(sealedOpen, 50) - percentile(kdf, 50), '', ''))
  lines.push(row('open after key derivation, full check (median)', percentile(fullOpen, 50) - percentile(kdf, 50), '', ''))

  await core.call('workspace.open', { file, passphrase: DEFAULT_PASSPHRASE })
  const info = await core.call('workspace.info', {})
  lines.unshift(`workspace: ${info.counts.activities ?? '?'} activities, ${info.auditEntries} audit entries, ${(statSync(file).size / 1048576).toFixed(0)} MiB`)
  for (const kind of registryKinds) report(`first page (100) ${kind}`, await repeat(10, () => core.call(`${kind}.list`, { limit: 100 })))
  report('first page sorted by name (activities)', await repeat(10, () => core.call('activities.list', { limit: 100, sort: { field: 'name', dir: 'asc' } })))
  report('full-text search, word prefix ("Lo")', await repeat(10, () => core.call('activities.list', { query: 'Lo', limit: 100 })))
  report('full-text search, substring ("abrechnung")', await repeat(10, () => core.call('activities.list', { query: 'abrechnung', limit: 100 })))
  report('search across all registries ("portal")', await repeat(10, () => core.call('search.query', { query: 'portal' })))
  report('filtered + sorted list (status, owner sort)', await repeat(10, () => core.call('activities.list', { filters: { status: ['approved'] }, sort: { field: 'owner', dir: 'desc' }, limit: 100 })))
  report('whole registry for the table (10k rows)', await repeat(3, () => core.call('activities.list', { limit: 20_000 })))

  const ids = (await core.call('activities.list', { limit: 1000 })).rows.map((r) => r.id)
  let n = 0
  report('single edit incl. audit entry', await repeat(200, () => core.call('activities.update', { id: ids[n++ % ids.length], changes: { owner: `Owner ${n}` } })))
  report('bulk edit of 1,000 activities', await repeat(3, () => core.call('activities.bulkUpdate', { ids, changes: { reviewDate: `2027-0${1 + (n++ % 9)}-15` } })))
  // Each run on another day, so none is answered from the kept result of the one before.
  let day = 10
  report('full consistency check', await repeat(3, () => core.call('checks.run', { today: `2026-12-${day++}` })))
  report('full check again, workspace unchanged (kept)', await repeat(3, () => core.call('checks.run', { today: `2026-12-${day - 1}` })))
  report('registry badges (checks.counts, kept)', await repeat(3, () => core.call('checks.counts', { kind: 'activities', today: `2026-12-${day - 1}` })))
  report('export full register to XLSX', await repeat(1, () => core.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'xlsx', lang: 'de', scope: { type: 'all' }, includeArchived: false })))
  if (PDF) report('export full register to PDF', await repeat(1, () => core.call('exports.ropa', { kind: 'gdpr-controller', depth: 'authority', format: 'pdf', lang: 'de', scope: { type: 'all' }, includeArchived: false })))
  core.close()

  // Same storage-layer work, encrypted vs plaintext.
  const enc = openWorkspace(file, DEFAULT_PASSPHRASE).db
  const plain = plaintextCopy(enc, join(dir, 'plain.db'))
  const ratioRows: Array<[string, (db: Db) => unknown, number]> = [
    ['first page activities', (db) => listEntities(db, 'activities', q({ limit: 100 })), 20],
    ['filtered + sorted list', (db) => listEntities(db, 'activities', q({ filters: { status: ['approved'] }, sort: { field: 'owner', dir: 'desc' }, limit: 100 })), 20],
    ['search (substring)', (db) => listEntities(db, 'activities', q({ query: 'abrechnung', limit: 100 })), 20],
    ['whole registry read', (db) => listEntities(db, 'activities', q({ limit: 20_000 })), 3],
    ['single edit incl. audit', (db) => db.transaction(() => updateEntity(db, { author: 'bench' }, 'activities', ids[n % ids.length], { owner: `P ${n++}` }))(), 100],
    ['entity read by id', (db) => getEntity(db, 'activities', ids[n++ % ids.length]), 200]
  ]
  lines.push('', row('encrypted vs plaintext (same data), median', 'enc ms', 'plain ms', 'ratio'))
  for (const [label, fn, times] of ratioRows) {
    const e = percentile(await repeat(times, () => fn(enc)), 50)
    const p = percentile(await repeat(times, () => fn(plain)), 50)
    lines.push(row(label, e, p, (e / p).toFixed(2)))
  }
  closeWorkspace(enc)
  plain.close()
  lines.push('', `peak memory of the process (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)

  console.log(`\nDPO Workbench — scale bench (${ACTIVITIES} activities; 2-core machine)\n`)
  console.log(row('measure', 'median ms', 'p95 ms', 'runs'))
  for (const line of lines) console.log(line)
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    rmSync(dir, { recursive: true, force: true })
  })
