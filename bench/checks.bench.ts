// npx tsx bench/checks.bench.ts [N] — prints (never asserts) how long the consistency checks take
// on N processing activities (default 10,000): the full checks.run through the dispatcher (input
// and output validation, translation included) and the one-entity fast path (checks.entity).
// The workspace is filled directly through src/core/workspace in one transaction, which is fast.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../src/core'
import { Organisation } from '../src/shared/model'
import { closeWorkspace, createEntity, createWorkspace, initOrganisation, type Db } from '../src/core/workspace'
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

async function main(): Promise<void> {
  const file = join(dir, 'bench.dpo')
  const ws = createWorkspace(file, PASS)
  const t0 = performance.now()
  const firstActivity = fill(ws.db)
  const fillMs = performance.now() - t0
  closeWorkspace(ws.db)

  const core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench' })
  await core.call('workspace.open', { file, passphrase: PASS })
  const full: number[] = []
  const cpu: number[] = []
  const inner: number[] = []
  let findings = 0
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const used = process.cpuUsage()
    const report = await core.call('checks.run', { today: '2026-03-10' })
    const { user, system } = process.cpuUsage(used)
    full.push(performance.now() - start)
    cpu.push((user + system) / 1000)
    inner.push(report.durationMs)
    findings = report.findings.length
  }
  const one: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await core.call('checks.entity', { kind: 'activities', id: firstActivity, today: '2026-03-10' })
    one.push(performance.now() - start)
  }
  core.close()

  console.log(`\nDPO Workbench — consistency checks bench (${N.toLocaleString('en')} activities, ${findings.toLocaleString('en')} findings, ${RUNS} runs)\n`)
  console.log(`filling the workspace (one transaction): ${(fillMs / 1000).toFixed(1)} s; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs\n`)
  console.log(row('measure', 'median ms', 'p95 ms'))
  console.log(row('checks.run via the dispatcher', percentile(full, 50), percentile(full, 95)))
  // CPU time of this process: the figure to compare when the machine is busy with other work.
  console.log(row('checks.run via the dispatcher, CPU time', percentile(cpu, 50), percentile(cpu, 95)))
  console.log(row('checks.run in the handler (durationMs)', percentile(inner, 50), percentile(inner, 95)))
  console.log(row('checks.entity (one activity)', percentile(one, 50), percentile(one, 95)))
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
