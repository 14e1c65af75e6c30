// npm run bench:exports — prints (never asserts) the time and peak memory of exporting a record of
// 1,000 processing activities to each format, each format in a child process of its own (so its
// maxRSS is its own), and, when LibreOffice is installed, the time LibreOffice takes to convert
// the same register from XLSX to PDF.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createCore } from '../src/core'
import { Organisation } from '../src/shared/model'
import { closeWorkspace, createEntity, createWorkspace, initOrganisation } from '../src/core/workspace'

const PASS = 'bench passphrase with enough entropy 2026'
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1000)
const formats = ['json', 'csv', 'xlsx', 'pdf', 'docx'] as const
type Format = (typeof formats)[number]

interface Measure {
  format: string
  ms: number
  maxRssMb: number
  /** The longest time the event loop could not run anything else during the export. */
  stallMs?: number
  bytes: number
  pages?: number
}

/** Child: open the workspace, export once, report time, bytes and peak memory as JSON. */
async function child(file: string, format: Format, out: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-core-'))
  const core = createCore({ shell: 'direct', settingsFile: join(dir, 's.json'), defaultWorkspacesDir: dir, author: 'bench' })
  await core.call('workspace.open', { file, passphrase: PASS })
  let last = performance.now()
  let stallMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 5)
  const started = performance.now()
  const result = await core.call('exports.ropa', { kind: 'gdpr-controller', depth: 'internal', format, lang: 'de' })
  const ms = performance.now() - started
  clearInterval(ticker)
  stallMs = Math.max(stallMs, performance.now() - last)
  writeFileSync(out, Buffer.from(result.base64, 'base64'))
  core.close()
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify({ format, ms, stallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: result.bytes }))
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
  const [, , mode, file, format, out] = process.argv
  if (mode === '--child') return child(file, format as Format, out)

  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-exports-'))
  try {
    const workspace = join(dir, 'bench.dpo')
    const seedStart = performance.now()
    seed(workspace)
    console.log(`Seeded ${ACTIVITIES} activities in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${(statSync(workspace).size / 1048576).toFixed(1)} MiB workspace)\n`)
    const self = fileURLToPath(import.meta.url)
    const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href
    const rows: Measure[] = []
    for (const format of formats) {
      const out = join(dir, `bench.${format}`)
      const run = spawnSync(process.execPath, ['--import', tsx, self, '--child', workspace, format, out], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
      if (run.status !== 0) {
        console.error(`${format}: failed\n${run.stderr}`)
        continue
      }
      const m = JSON.parse(run.stdout) as Measure
      if (format === 'pdf') m.pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)?.[1] ?? NaN)
      rows.push(m)
    }
    const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
    if (soffice) {
      const started = performance.now()
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo-out'), join(dir, 'bench.xlsx')], { stdio: 'ignore', timeout: 900_000 })
      const converted = join(dir, 'lo-out', 'bench.pdf')
      rows.push({
        format: 'xlsx→pdf (LibreOffice)',
        ms: performance.now() - started,
        maxRssMb: NaN,
        bytes: statSync(converted).size,
        pages: Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [converted], { encoding: 'utf8' }).stdout)?.[1] ?? NaN)
      })
    } else console.log('LibreOffice (soffice) is not installed: no XLSX → PDF comparison.')

    const pad = (s: string, n: number): string => s.padEnd(n)
    console.log(`${pad('format', 26)}${pad('time', 10)}${pad('longest stall', 15)}${pad('peak RSS', 12)}${pad('size', 12)}pages`)
    for (const r of rows) {
      const stall = r.stallMs === undefined ? '–' : `${Math.round(r.stallMs)} ms`
      const rss = Number.isNaN(r.maxRssMb) ? '–' : `${r.maxRssMb.toFixed(0)} MB`
      console.log(`${pad(r.format, 26)}${pad(`${(r.ms / 1000).toFixed(2)} s`, 10)}${pad(stall, 15)}${pad(rss, 12)}${pad(`${(r.bytes / 1048576).toFixed(2)} MiB`, 12)}${r.pages ?? ''}`)
    }
    console.log('\nPeak RSS is the whole child process (Node, the core, the open workspace: about 200 MB with JSON); it includes garbage not yet collected.')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
