// npx tsx bench/imports.bench.ts [ROWS] — prints (never asserts) how long the core's event loop
// stalls while an import file is read: a record spreadsheet of ROWS activities (default 20,000,
// the import limit) as XLSX and as CSV through imports.analyse and imports.preview, and the JSON
// export of a workspace with ROWS / 4 activities through imports.json (dry run).
//
// Each call runs twice: with the file read in the core's thread (no worker file: as before) and in
// the worker thread (out/node/worker.js, from `npm run build:node`). What the worker cannot take:
// the plan of a preview (it looks every row up in the workspace) and the JSON import's writes
// (rolled back in a dry run) stay on the loop; the "read only" rows time the reading alone.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { createCore } from '../src/core'
import { runTask } from '../src/core/worker/tasks'
import { closeWorkspace, createEntity, createWorkspace, initOrganisation } from '../src/core/workspace'
import type { ImportMapping } from '../src/shared/imports'
import { Organisation } from '../src/shared/model'
import { builtWorkerFile, withStallWatch } from './stall'
import { percentile, row } from './stats'

const ROWS = Number(process.argv[2] ?? 20_000)
const RUNS = 3
const PASS = 'bench passphrase with enough entropy 2026'
const dir = mkdtempSync(join(tmpdir(), 'dpo-imports-bench-'))

const HEADERS = ['Nr.', 'Bezeichnung der Verarbeitungstätigkeit', 'Zweck der Verarbeitung', 'Rechtsgrundlage', 'Kategorien betroffener Personen', 'Kategorien personenbezogener Daten', 'Empfänger', 'Drittlandübermittlung', 'Löschfrist', 'TOM', 'Verantwortlich', 'Status']
const rowOf = (i: number): string[] => [
  String(i + 1),
  `Verarbeitungstätigkeit ${i + 1}`,
  `Zweck ${i % 97}; Vertragserfüllung`,
  i % 3 ? 'Art. 6 Abs. 1 lit. b DSGVO' : 'Einwilligung',
  `Betroffene ${i % 20}`,
  `Kategorie ${i % 40}; Kontaktdaten`,
  `Empfänger ${i % 50}`,
  i % 5 ? 'keine' : 'USA (SCC)',
  '10 Jahre nach Vertragsende',
  'Zugriffskonzept, Verschlüsselung',
  `Abteilung ${i % 12}`,
  i % 2 ? 'freigegeben' : 'Entwurf'
]

async function files(): Promise<{ xlsx: string; csv: string; json: string; jsonActivities: number }> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('VVT')
  ws.addRow(HEADERS)
  for (let i = 0; i < ROWS; i++) ws.addRow(rowOf(i))
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
  const quote = (cell: string): string => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  const csv = Buffer.from([HEADERS, ...Array.from({ length: ROWS }, (_, i) => rowOf(i))].map((r) => r.map(quote).join(';')).join('\r\n'), 'latin1').toString('base64')
  // The JSON export of a filled workspace (filled directly, in one transaction).
  const jsonActivities = Math.round(ROWS / 4)
  const file = join(dir, 'source.dpo')
  const source = createWorkspace(file, PASS)
  const actor = { author: 'bench' }
  source.db.transaction(() => {
    initOrganisation(source.db, actor, Organisation.parse({ name: 'Bench AG', country: 'DE', regimes: ['gdpr'] }))
    const categories = Array.from({ length: 40 }, (_, i) => createEntity(source.db, actor, 'dataCategories', { name: `Kategorie ${i}` }).id)
    const recipients = Array.from({ length: 50 }, (_, i) => createEntity(source.db, actor, 'recipients', { name: `Empfänger ${i}`, kind: 'processor', country: 'DE' }).id)
    for (let i = 0; i < jsonActivities; i++) {
      createEntity(source.db, actor, 'activities', { name: `Tätigkeit ${i}`, purposes: [`Zweck ${i}`], legalBases: ['gdpr-6-1-b'], dataCategoryIds: [categories[i % 40]], recipientIds: [recipients[i % 50]], tomSummary: 'Verschlüsselung' })
    }
  })()
  closeWorkspace(source.db)
  const core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench' })
  await core.call('workspace.open', { file, passphrase: PASS })
  const json = (await core.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format: 'json', lang: 'de' })).base64
  core.close()
  return { xlsx, csv, json, jsonActivities }
}

async function main(): Promise<void> {
  const input = await files()
  const target = join(dir, 'target.dpo')
  const setup = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench' })
  await setup.call('workspace.create', { file: target, passphrase: PASS, organisationName: 'Ziel AG', regimes: ['gdpr'], language: 'de' })
  setup.close()
  const worker = builtWorkerFile()
  const modes = [{ name: 'core thread', workerFile: undefined }, ...(worker ? [{ name: 'worker', workerFile: worker }] : [])]
  const fields = ['ref', 'name', 'purposes', 'legalBases', 'dataSubjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'tomSummary', 'owner', 'status'] as const
  const mapping: ImportMapping = Object.fromEntries(HEADERS.map((h, i) => [h, fields[i]!]))
  const calls: Array<{ label: string; call: (core: ReturnType<typeof createCore>) => Promise<unknown> }> = [
    { label: 'XLSX analyse', call: (c) => c.call('imports.analyse', { fileName: 'vvt.xlsx', base64: input.xlsx }) },
    { label: 'XLSX preview', call: (c) => c.call('imports.preview', { fileName: 'vvt.xlsx', base64: input.xlsx, mapping }) },
    { label: 'CSV analyse', call: (c) => c.call('imports.analyse', { fileName: 'vvt.csv', base64: input.csv }) },
    { label: 'JSON dry run', call: (c) => c.call('imports.json', { base64: input.json, dryRun: true }) }
  ]
  const lines: string[] = []
  for (const mode of modes) {
    const core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'bench', workerFile: mode.workerFile })
    await core.call('workspace.open', { file: target, passphrase: PASS })
    for (const { label, call } of calls) {
      const ms: number[] = []
      const gap: number[] = []
      const delay: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const run = await withStallWatch(() => call(core))
        ms.push(run.ms)
        gap.push(run.gapMs)
        delay.push(run.delayMs)
      }
      lines.push(row(`${label}, ${mode.name}`, percentile(ms, 50), Math.max(...delay), Math.max(...gap)))
    }
    if (mode.workerFile && !core.offload.usesWorker) lines.push('(the worker could not start: the "worker" rows ran in the core thread)')
    core.close()
  }
  // The reading alone, in this thread: what the worker takes off the loop.
  const alone = [
    { label: 'XLSX read only (importSheet)', task: { type: 'importSheet', file: { fileName: 'vvt.xlsx', base64: input.xlsx }, lang: 'de' } as const },
    { label: 'CSV read only (importSheet)', task: { type: 'importSheet', file: { fileName: 'vvt.csv', base64: input.csv }, lang: 'de' } as const },
    { label: 'JSON parse only (importJson)', task: { type: 'importJson', base64: input.json, locale: 'de' } as const }
  ]
  for (const { label, task } of alone) {
    const ms: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      await runTask(task)
      ms.push(performance.now() - started)
    }
    lines.push(row(label, percentile(ms, 50), '', ''))
  }

  const mb = (base64: string): string => `${((base64.length * 3) / 4 / 1024 / 1024).toFixed(1)} MB`
  console.log(`\nDPO Workbench — imports bench: ${ROWS.toLocaleString('en')} rows as XLSX (${mb(input.xlsx)}) and CSV (${mb(input.csv)}), JSON of ${input.jsonActivities.toLocaleString('en')} activities (${mb(input.json)}), ${RUNS} runs`)
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs\n`)
  console.log(row('call', 'median ms', 'max delay', 'max gap'))
  for (const line of lines) console.log(line)
  console.log('\n"max delay"/"max gap": the longest event-loop stall during the call (see stall.ts). In the worker the')
  console.log('file is read off the loop; the preview\'s plan and the JSON import\'s (rolled-back) writes stay on it.')
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
