// npx tsx bench/checks.bench.ts [N] — prints (never asserts) how long the consistency checks take
// on N processing activities (default 10,000): the full checks.run through the dispatcher (input
// and output validation, translation included) and the one-entity fast path (checks.entity).
// The workspace is filled directly through src/core/workspace in one transaction, which is fast.
// BENCH_FILE=FILE (and BENCH_PASSPHRASE, default: that of `npm run gen`) measures a copy of an
// existing workspace instead, e.g. the one `npm run gen -- --activities 10000` writes.
//
// checks.run is measured twice: with the rules in the core's thread (as before the worker) and in
// the worker thread (out/node/worker.js, from `npm run build:node`), each with the longest stall
// of the event loop during the call: how long the core could not answer anything else.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../src/core'
import { Organisation } from '../src/shared/model'
import { closeWorkspace, createEntity, createWorkspace, initOrganisation, type Db } from '../src/core/workspace'
import { DEFAULT_PASSPHRASE } from '../scripts/gen-defaults'
import { builtWorkerFile, withStallWatch } from './stall'
import { percentile, row } from './stats'

const N = Number(process.argv[2] ?? 10_000)
const RUNS = 5
const PASS = 'bench passphrase with enough entropy 2026'
const actor = { author: 'bench' }
const dir = mkdtempSync(join(tmpdir(), 'dpo-checks-bench-'))

/** A plausible inventory: shared categories, recipients, systems and TOMs, N activities with varied gaps. */
function fill(db: Db): string {
  const id = (kind: Parameters<typeof createEntity>[2], data: Record<string, unknown>): string => String(createEntity(db, actor, kind, data).id)
  let firstActivity = ''
  db.transaction(() => {
    initOrganisation(db, actor, Organisation.parse({ name: 'Bench AG', country: 'CH', headcount: 180, regimes: ['gdpr', 'revdsg'] }))
    const subjects = Array.from({ length: 20 }, (_, i) => id('dataSubjects', { name: `Betroffene ${i}`, vulnerable: i % 5 === 0 }))
    const categories = Array.from({ length: 40 }, (_, i) =>
      id('dataCategories', { name: `Kategorie ${i}`, gdprSpecial: i % 13 === 0 ? 'art9' : 'none', dsgSensitiveClause: i % 13 === 0 ? 2 : null })
    )
    // Mostly Swiss recipients; a few abroad (US with EU-U.S. DPF only, India) and one processor without a DPA.
    const local = Array.from({ length: 50 }, (_, i) =>
      id('recipients', { name: `Empfänger ${i}`, kind: i % 2 === 0 ? 'processor' : 'internal', country: 'CH', dpaStatus: i === 4 ? 'missing' : i % 2 === 0 ? 'signed' : 'not_required' })
    )
    const us = id('recipients', { name: 'US Cloud Inc.', kind: 'processor', country: 'US', dpaStatus: 'signed', dpfCertifiedEu: true })
    const india = id('recipients', { name: 'Support Pvt. Ltd.', kind: 'processor', country: 'IN', dpaStatus: 'signed' })
    const toms = Array.from({ length: 50 }, (_, i) => id('toms', { name: `Massnahme ${i}`, status: i === 7 ? 'planned' : 'implemented', evidence: i % 10 ? 'Bericht' : '' }))
    const systems = Array.from({ length: 30 }, (_, i) =>
      id('systems', { name: `System ${i}`, owner: i % 10 ? 'IT' : '', vendorId: local[(i * 2) % local.length], hostingCountry: 'CH', tomIds: [toms[i], toms[(i + 11) % toms.length]] })
    )
    const pick = <T>(list: T[], i: number, n: number): T[] => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 11) % list.length])
    for (let i = 0; i < N; i++) {
      // Every 5th activity sends data abroad; some of those miss a transfer or use the wrong mechanism.
      const abroad = i % 5 === 0
      const transfers = !abroad
        ? []
        : i % 20 === 0
          ? [{ country: 'US', mechanism: 'EU-ADQ', regime: 'gdpr', recipientId: us }, { country: 'US', mechanism: 'CH-ADQ', regime: 'revdsg', recipientId: us }]
          : [{ country: 'IN', mechanism: 'EU-SCC', regime: 'gdpr', recipientId: india }, ...(i % 3 ? [{ country: 'IN', mechanism: 'CH-SCC', regime: 'revdsg', recipientId: india }] : [])]
      const a = id('activities', {
        name: `Tätigkeit ${i}`,
        purposes: i % 50 === 0 ? [] : [`Zweck ${i}`],
        legalBases: ['gdpr-6-1-b', 'dsg-31-2-a', ...(i % 13 === 0 ? ['gdpr-9-2-b'] : [])],
        regimes: i % 4 === 0 ? ['revdsg'] : [],
        dataSubjectIds: pick(subjects, i, 2),
        dataCategoryIds: pick(categories, i, 4),
        recipientIds: [...pick(local, i, 3), ...(abroad ? [i % 20 === 0 ? us : india] : [])],
        systemIds: pick(systems, i, 2),
        tomIds: pick(toms, i, 3),
        tomSummary: 'Rollen, Verschlüsselung, Protokollierung',
        transfers,
        retention: i % 9 === 0 ? [] : [{ dataCategoryId: pick(categories, i, 1)[0], period: { amount: 10, unit: 'years' } }],
        dpia: { wp248: i % 11 === 0 ? [1, 5] : [], art35_3: [], dsg22: [], result: i % 11 === 0 ? null : 'not_required', justification: '', screenedAt: '2025-01-01' },
        status: i % 3 === 0 ? 'approved' : 'draft',
        approvedAt: i % 3 === 0 ? '2025-01-01' : null,
        approvedBy: i % 3 === 0 ? 'CEO' : '',
        reviewDate: i % 8 === 0 ? '2025-06-30' : '2027-06-30'
      })
      if (i === 0) firstActivity = a
    }
  })()
  return firstActivity
}

/** The workspace to measure: a copy of BENCH_FILE, or N generated activities. */
function workspace(): { file: string; passphrase: string; label: string; firstActivity: string | null; fillMs: number | null } {
  const file = join(dir, 'bench.dpo')
  const from = process.env.BENCH_FILE
  if (from) {
    copyFileSync(from, file)
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${file}-wal`)
    return { file, passphrase: process.env.BENCH_PASSPHRASE ?? DEFAULT_PASSPHRASE, label: `a copy of ${from}`, firstActivity: null, fillMs: null }
  }
  const ws = createWorkspace(file, PASS)
  const t0 = performance.now()
  const firstActivity = fill(ws.db)
  const fillMs = performance.now() - t0
  closeWorkspace(ws.db)
  return { file, passphrase: PASS, label: `${N.toLocaleString('en')} activities`, firstActivity, fillMs }
}

interface Mode {
  readonly name: string
  readonly workerFile: string | undefined
}

async function main(): Promise<void> {
  const ws = workspace()
  const worker = builtWorkerFile()
  const modes: Mode[] = [{ name: 'core thread', workerFile: undefined }, ...(worker ? [{ name: 'worker', workerFile: worker }] : [])]
  const lines: string[] = []
  let findings = 0
  for (const mode of modes) {
    const core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench', workerFile: mode.workerFile })
    await core.call('workspace.open', { file: ws.file, passphrase: ws.passphrase })
    const full: number[] = []
    const cpu: number[] = []
    const inner: number[] = []
    const delay: number[] = []
    const gap: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const used = process.cpuUsage()
      const run = await withStallWatch(() => core.call('checks.run', { today: '2026-03-10' }))
      const { user, system } = process.cpuUsage(used)
      full.push(run.ms)
      cpu.push((user + system) / 1000)
      inner.push(run.value.durationMs)
      delay.push(run.delayMs)
      gap.push(run.gapMs)
      findings = run.value.findings.length
    }
    if (mode.workerFile && !core.offload.usesWorker) lines.push(`(the worker could not start: the "worker" rows ran in the core thread)`)
    lines.push(row(`checks.run, ${mode.name}`, percentile(full, 50), percentile(full, 95)))
    // CPU time of the process (all its threads): the figure to compare when the machine is busy.
    lines.push(row(`checks.run, ${mode.name}, CPU time`, percentile(cpu, 50), percentile(cpu, 95)))
    lines.push(row(`checks.run, ${mode.name}, durationMs`, percentile(inner, 50), percentile(inner, 95)))
    lines.push(row(`  longest stall, ${mode.name} (loop delay)`, percentile(delay, 50), Math.max(...delay)))
    lines.push(row(`  longest stall, ${mode.name} (5 ms timer gap)`, percentile(gap, 50), Math.max(...gap)))
    if (mode.workerFile === undefined) {
      const first = ws.firstActivity ?? (await core.call('activities.list', { limit: 1 })).rows[0]?.id
      const one: number[] = []
      for (let i = 0; first && i < RUNS; i++) {
        const start = performance.now()
        await core.call('checks.entity', { kind: 'activities', id: first, today: '2026-03-10' })
        one.push(performance.now() - start)
      }
      if (one.length) lines.push(row('checks.entity (one activity)', percentile(one, 50), percentile(one, 95)))
    }
    core.close()
  }

  console.log(`\nDPO Workbench — consistency checks bench (${ws.label}, ${findings.toLocaleString('en')} findings, ${RUNS} runs)\n`)
  if (ws.fillMs !== null) console.log(`filling the workspace (one transaction): ${(ws.fillMs / 1000).toFixed(1)} s`)
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs\n`)
  console.log(row('measure', 'median ms', 'p95/max ms'))
  for (const line of lines) console.log(line)
  console.log('\n"core thread": the rules run on the event loop (no worker file: as before); "worker": they run in')
  console.log('out/node/worker.js and only the snapshot queries (the audit history in slices) block the loop.')
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
