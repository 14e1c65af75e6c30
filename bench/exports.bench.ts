// npm run bench:exports — prints (never asserts) the time and peak memory of exporting a record of
// 1,000 processing activities (BENCH_ACTIVITIES=N for another number) to each format, each format
// in a child process of its own (so its maxRSS is its own), and, when LibreOffice is installed, the
// time LibreOffice takes to convert the same register from XLSX to PDF. BENCH_FILE=FILE (and
// BENCH_PASSPHRASE, default: that of `npm run gen`) exports a copy of an existing workspace instead,
// e.g. the 10,000 activities `npm run gen` writes. BENCH_FORMATS=xlsx,pdf picks formats.
//
// Each format is exported twice: rendered in the core's thread (no worker file: as before the
// worker) and in the worker thread (out/node/worker.js, from `npm run build:node`), each with the
// longest stall of the child's event loop during the export (see stall.ts): how long the core
// could not answer anything else. The worker's memory counts in its process's peak RSS.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createCore } from '../src/core'
import { Organisation } from '../src/shared/model'
import { closeWorkspace, createEntity, createWorkspace, initOrganisation } from '../src/core/workspace'
import { DEFAULT_PASSPHRASE } from '../scripts/gen-defaults'
import { builtWorkerFile, withStallWatch } from './stall'

const PASS = 'bench passphrase with enough entropy 2026'
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1000)
const allFormats = ['json', 'csv', 'xlsx', 'pdf', 'docx'] as const
type Format = (typeof allFormats)[number]
const formats = process.env.BENCH_FORMATS ? allFormats.filter((f) => process.env.BENCH_FORMATS!.split(',').includes(f)) : allFormats
const passphrase = process.env.BENCH_FILE ? (process.env.BENCH_PASSPHRASE ?? DEFAULT_PASSPHRASE) : PASS

interface Measure {
  format: string
  /** Where the document was rendered: 'core thread', 'worker' (empty for LibreOffice). */
  where: string
  ms: number
  maxRssMb: number
  /** The longest time the event loop could not run anything else during the export (loop delay, timer gap). */
  delayMs?: number
  gapMs?: number
  bytes: number
  pages?: number
}

/** Child: open the workspace, export once, report time, stall, bytes and peak memory as JSON. */
async function child(file: string, format: Format, out: string, workerFile: string | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-core-'))
  const core = createCore({ shell: 'direct', settingsFile: join(dir, 's.json'), defaultWorkspacesDir: dir, author: 'bench', workerFile })
  await core.call('workspace.open', { file, passphrase })
  const run = await withStallWatch(() => core.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format, lang: 'de' }))
  const where = workerFile && core.offload.usesWorker ? 'worker' : 'core thread'
  writeFileSync(out, Buffer.from(run.value.base64, 'base64'))
  core.close()
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify({ format, where, ms: run.ms, delayMs: run.delayMs, gapMs: run.gapMs, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: run.value.bytes }))
}

/** 1,000 activities with a realistic spread of links, transfers and retention rules, in one transaction. */
function seed(file: string): void {
  const { db } = createWorkspace(file, PASS)
  const actor = { author: 'bench' }
  db.transaction(() => {
    initOrganisation(db, actor, Organisation.parse({ name: 'Bench AG', address: 'Bahnhofstrasse 1\n8001 Zürich', country: 'CH', regimes: ['gdpr', 'revdsg'], language: 'de' }))
    const ids = (kind: 'dataSubjects' | 'dataCategories' | 'recipients' | 'systems' | 'toms', n: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
      Array.from({ length: n }, (_, i) => String(createEntity(db, actor, kind, { name: `${kind} ${i + 1}`, description: 'Beschreibung der Kategorie für den Bench.', ...extra(i) }).id))
    const subjects = ids('dataSubjects', 20)
    const categories = ids('dataCategories', 30, (i) => ({ gdprSpecial: i % 10 === 0 ? 'art9' : 'none' }))
    const recipients = ids('recipients', 40, (i) => ({ country: ['CH', 'DE', 'US', 'IN'][i % 4], kind: 'processor' }))
    const systems = ids('systems', 25)
    const toms = ids('toms', 40, (i) => ({ status: i % 5 === 0 ? 'planned' : 'implemented' }))
    const pick = (list: string[], i: number, n: number): string[] => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]).filter((v, k, a) => a.indexOf(v) === k)
    for (let i = 0; i < ACTIVITIES; i++) {
      createEntity(db, actor, 'activities', {
        name: `Verarbeitungstätigkeit ${i + 1}: Kundendaten, Bestellungen und "Service" - Abteilung ${i % 12}`,
        description: 'Beschreibung der Verarbeitung mit einigen Sätzen, damit die Zeile realistisch lang wird. '.repeat(2),
        purposes: ['Vertragserfüllung gemäß Art. 6 Abs. 1 lit. b DSGVO', 'Kundendienst und Gewährleistung', 'Aufbewahrung nach HGB § 257'],
        legalBases: ['gdpr-6-1-b', 'gdpr-6-1-c', 'dsg-31-2-a'],
        dataSubjectIds: pick(subjects, i, 3),
        dataCategoryIds: pick(categories, i, 6),
        recipientIds: pick(recipients, i, 4),
        transfers: i % 3 === 0 ? [{ recipientId: recipients[2], country: 'US', mechanism: 'EU-SCC', regime: 'gdpr', notes: 'SCC 2021, Modul 2' }] : [],
        retention: pick(categories, i, 3).map((id, k) => ({ dataCategoryId: id, period: { amount: 2 + k * 4, unit: 'years' }, criteria: 'Gesetzliche Aufbewahrungspflicht', startEvent: 'Ende des Geschäftsjahres', legalReference: 'OR Art. 958f' })),
        systemIds: pick(systems, i, 2),
        tomIds: pick(toms, i, 8),
        tomSummary: 'Verschlüsselung, Rollenkonzept, Protokollierung, Backups, jährlicher Penetrationstest.',
        owner: `Abteilung ${i % 12}`,
        status: 'approved',
        approvedBy: 'CEO',
        approvedAt: '2026-01-15',
        reviewDate: '2027-01-15'
      })
    }
  })()
  closeWorkspace(db)
}

async function main(): Promise<void> {
  const [, , mode, file, format, out, workerFile] = process.argv
  if (mode === '--child') return child(file, format as Format, out, workerFile || undefined)

  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-exports-'))
  try {
    const workspace = join(dir, 'bench.dpo')
    const from = process.env.BENCH_FILE
    if (from) {
      copyFileSync(from, workspace)
      if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${workspace}-wal`)
      console.log(`Exporting a copy of ${from} (${(statSync(workspace).size / 1048576).toFixed(1)} MiB workspace)\n`)
    } else {
      const seedStart = performance.now()
      seed(workspace)
      console.log(`Seeded ${ACTIVITIES} activities in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${(statSync(workspace).size / 1048576).toFixed(1)} MiB workspace)\n`)
    }
    const self = fileURLToPath(import.meta.url)
    const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href
    const worker = builtWorkerFile()
    const rows: Measure[] = []
    for (const format of formats) {
      for (const workerFile of worker ? ['', worker] : ['']) {
        const out = join(dir, `bench.${format}`)
        const run = spawnSync(process.execPath, ['--import', tsx, self, '--child', workspace, format, out, workerFile], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
        if (run.status !== 0) {
          console.error(`${format}: failed\n${run.stderr}`)
          continue
        }
        const m = JSON.parse(run.stdout) as Measure
        if (format === 'pdf') m.pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)?.[1] ?? NaN)
        rows.push(m)
      }
    }
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
    if (soffice && existsSync(join(dir, 'bench.xlsx'))) {
      const started = performance.now()
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo-out'), join(dir, 'bench.xlsx')], { stdio: 'ignore', timeout: 900_000 })
      const converted = join(dir, 'lo-out', 'bench.pdf')
      rows.push({
        format: 'xlsx→pdf (LibreOffice)',
        where: '',
        ms: performance.now() - started,
        maxRssMb: NaN,
        bytes: statSync(converted).size,
        pages: Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [converted], { encoding: 'utf8' }).stdout)?.[1] ?? NaN)
      })
    } else if (!soffice) console.log('LibreOffice (soffice) is not installed: no XLSX → PDF comparison.')

    const pad = (s: string, n: number): string => s.padEnd(n)
    console.log(`${pad('format', 26)}${pad('rendered in', 13)}${pad('time', 10)}${pad('longest stall', 22)}${pad('peak RSS', 12)}${pad('size', 12)}pages`)
    for (const r of rows) {
      const stall = r.delayMs === undefined || r.gapMs === undefined ? '–' : `${Math.round(r.delayMs)} / ${Math.round(r.gapMs)} ms`
      const rss = Number.isNaN(r.maxRssMb) ? '–' : `${r.maxRssMb.toFixed(0)} MB`
      console.log(`${pad(r.format, 26)}${pad(r.where, 13)}${pad(`${(r.ms / 1000).toFixed(2)} s`, 10)}${pad(stall, 22)}${pad(rss, 12)}${pad(`${(r.bytes / 1048576).toFixed(2)} MiB`, 12)}${r.pages ?? ''}`)
    }
    console.log('\nLongest stall: the longest event-loop delay (perf_hooks monitorEventLoopDelay) / the longest gap between the ticks')
    console.log('of a 5 ms timer during the export. "core thread": rendered on the event loop (no worker file, as before the worker).')
    console.log('Peak RSS is the whole child process (Node, the core, the open workspace, the worker thread: about 200 MB with JSON);')
    console.log('it includes garbage not yet collected.')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
