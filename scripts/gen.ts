// npm run gen -- --activities 10000 --out FILE [--passphrase P] [--seed N] [--audit-entries N]
//
// Writes a realistic, large workspace THROUGH THE PUBLIC CONTRACT (core.call): every entity is
// its own transaction with its audit entry, exactly as if a user had entered it. For 10,000
// activities: 600 data categories, 1,500 recipients, 800 systems, 300 TOMs and about 60,000
// links (6 per activity on average); other sizes scale in proportion. Then years of upkeep —
// reviews, owner changes, status changes, single and bulk edits — until the audit trail holds
// about 20 entries per activity (200,000 for 10,000), each a real audited update.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { controlAreaCodes, legalBasisCodes, sdmCodes } from '../src/shared/catalog'
import type { RegistryKind } from '../src/shared/model'
import { createCore, type Core } from '../src/core'

import { DEFAULT_PASSPHRASE } from './gen-defaults'

export { DEFAULT_PASSPHRASE }

export interface GenOptions {
  readonly activities: number
  readonly out: string
  readonly passphrase?: string
  readonly seed?: number
  /** Audit entries to reach with edits after creation; 20 per activity unless given. */
  readonly auditEntries?: number
  readonly log?: (line: string) => void
}

export interface GenResult {
  readonly file: string
  readonly counts: Record<RegistryKind | 'links' | 'auditEntries', number>
  readonly seconds: number
}

/** A small deterministic PRNG (mulberry32), so the same seed gives the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const departments = ['Personal', 'Finanzen', 'Vertrieb', 'Marketing', 'Informatik', 'Logistik', 'Einkauf', 'Kundendienst', 'Recht', 'Facility Management', 'Produktion', 'Qualität', 'Forschung', 'Geschäftsleitung', 'E-Commerce']
const sites = ['Zürich', 'Basel', 'Bern', 'München', 'Stuttgart', 'Hamburg', 'Wien', 'Lyon', 'Mailand', 'Augsburg', 'Leipzig', 'Graz', 'Luzern', 'St. Gallen', 'Köln']
const processes = [
  'Lohnabrechnung', 'Bewerbermanagement', 'Zeiterfassung', 'Newsletter-Versand', 'Kundenkonto', 'Bestellabwicklung', 'Zahlungsabwicklung', 'Retourenbearbeitung',
  'Videoüberwachung', 'Zutrittskontrolle', 'Lieferantenbewertung', 'Reisekostenabrechnung', 'Schulungsverwaltung', 'Betriebliches Gesundheitsmanagement',
  'Kundenbefragung', 'Gewinnspiel', 'Webanalyse', 'Ticketsystem Kundendienst', 'Vertragsverwaltung', 'Inkasso', 'Bonitätsprüfung', 'Außendienststeuerung',
  'Fuhrparkverwaltung', 'Besucherverwaltung', 'Hinweisgebersystem', 'Archivierung', 'Backup und Wiederherstellung', 'Telefonanlage', 'E-Mail-Archivierung',
  'Personalentwicklung', 'Mitarbeiterbefragung', 'Werkarztdienst', 'Sicherheitsunterweisung', 'Produkthaftung', 'Garantieabwicklung', 'Messeauftritte'
]
const categoryStems = [
  'Kontaktdaten', 'Stammdaten', 'Vertragsdaten', 'Bankdaten', 'Bewerbungsunterlagen', 'Arbeitszeitdaten', 'Gesundheitsdaten', 'Standortdaten', 'Protokolldaten',
  'Bilddaten', 'Kommunikationsdaten', 'Bonitätsdaten', 'Qualifikationsdaten', 'Steuerdaten', 'Sozialversicherungsdaten', 'Nutzungsdaten', 'Gerätekennungen'
]
const companies = ['Alpha', 'Nordlicht', 'Helix', 'Bergblick', 'Quadra', 'Lumen', 'Vektor', 'Atlas', 'Rhein', 'Saturn', 'Kobalt', 'Orion', 'Falke', 'Ceres', 'Pilatus', 'Delta']
const companyKinds = ['Hosting', 'Cloud Services', 'Logistik', 'Payroll', 'Consulting', 'Druck', 'IT-Service', 'Marketing', 'Inkasso', 'Reisen', 'Software', 'Telekom']
const legalForms = ['AG', 'GmbH', 'SA', 'Ltd.', 'B.V.', 'Inc.', 'S.r.l.']
const countries = ['CH', 'CH', 'CH', 'DE', 'DE', 'DE', 'AT', 'FR', 'IT', 'NL', 'IE', 'US', 'GB', 'IN', 'PL']
const systemStems = ['ERP', 'CRM', 'HR-Suite', 'Lohnprogramm', 'Webshop', 'Ticketsystem', 'DMS', 'Zeiterfassung', 'BI-Plattform', 'Mailserver', 'Dateiserver', 'Videoanlage', 'Zutrittssystem', 'Intranet', 'Telefonanlage']
const tomStems = [
  'Verschlüsselung ruhender Daten', 'Transportverschlüsselung', 'Mehr-Faktor-Authentifizierung', 'Rollen- und Berechtigungskonzept', 'Protokollierung von Zugriffen',
  'Datensicherung', 'Notfallplan', 'Schulung der Mitarbeitenden', 'Vertraulichkeitsverpflichtung', 'Pseudonymisierung', 'Löschkonzept', 'Besucherregelung',
  'Alarmanlage', 'Patch-Management', 'Virenschutz', 'Netzsegmentierung', 'Penetrationstest', 'Clean-Desk-Regel'
]

/** Generates the workspace at `out` (it must not exist) and leaves it closed. */
export async function generate(options: GenOptions): Promise<GenResult> {
  const log = options.log ?? ((line: string) => console.log(line))
  const file = resolve(options.out)
  if (existsSync(file)) throw new Error(`${file} exists; choose another --out`)
  const rnd = random(options.seed ?? 2026)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  const some = <T>(list: readonly T[], n: number): T[] => {
    const out = new Set<T>()
    while (out.size < Math.min(n, list.length)) out.add(pick(list))
    return [...out]
  }
  const between = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1))
  const date = (fromYear: number, years: number): string => {
    const d = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(rnd() * years * 365) * 86_400_000)
    return d.toISOString().slice(0, 10)
  }

  const n = options.activities
  const scale = (per10k: number, min: number): number => Math.max(min, Math.round((per10k * n) / 10_000))
  const sizes = { dataSubjects: scale(60, 5), dataCategories: scale(600, 10), recipients: scale(1500, 10), systems: scale(800, 8), toms: scale(300, 8) }

  const settings = mkdtempSync(join(tmpdir(), 'dpo-gen-'))
  const core: Core = createCore({ shell: 'direct', settingsFile: join(settings, 'settings.json'), defaultWorkspacesDir: settings, author: 'Generator' })
  const started = performance.now()
  let links = 0
  let auditEntries = 0
  let done = 0
  const total = sizes.dataSubjects + sizes.dataCategories + sizes.recipients + sizes.systems + sizes.toms + n
  const progress = (what: string): void => {
    done++
    if (done % 500 === 0 || done === total) {
      const s = (performance.now() - started) / 1000
      log(`  ${String(done).padStart(6)} / ${total}  ${what.padEnd(16)} ${s.toFixed(1).padStart(7)} s  ${(done / s).toFixed(0).padStart(5)} entities/s`)
    }
  }

  try {
    await core.call('workspace.create', {
      file,
      passphrase: options.passphrase ?? DEFAULT_PASSPHRASE,
      organisationName: 'Muster Handels AG',
      regimes: ['gdpr', 'revdsg'],
      language: 'de'
    })
    await core.call('organisation.update', { changes: { country: 'CH', headcount: 4200 } })
    log(`Generating ${total} entities into ${file} …`)

    const subjects: string[] = []
    for (let i = 0; i < sizes.dataSubjects; i++) {
      const group = pick(['Kunden', 'Beschäftigte', 'Bewerbende', 'Lieferanten', 'Besuchende', 'Interessenten', 'Lernende', 'Pensionierte'])
      subjects.push((await core.call('dataSubjects.create', { data: { name: `${group} ${pick(sites)} ${i + 1}`, vulnerable: rnd() < 0.1 } })).id)
      progress('data subjects')
    }
    const categories: string[] = []
    for (let i = 0; i < sizes.dataCategories; i++) {
      const r = rnd()
      const data = {
        name: `${pick(categoryStems)} ${pick(departments)} ${i + 1}`,
        description: `Angaben aus ${pick(processes)} (${pick(sites)}).`,
        gdprSpecial: r < 0.06 ? ('art9' as const) : r < 0.08 ? ('art10' as const) : ('none' as const),
        dsgSensitiveClause: r < 0.08 ? between(1, 6) : null,
        owner: pick(departments)
      }
      categories.push((await core.call('dataCategories.create', { data })).id)
      progress('data categories')
    }
    const recipients: string[] = []
    const processors: string[] = []
    for (let i = 0; i < sizes.recipients; i++) {
      const kind = pick(['processor', 'processor', 'processor', 'controller', 'internal', 'authority', 'joint_controller', 'other'] as const)
      const name = kind === 'internal' ? `${pick(departments)} ${pick(sites)} ${i + 1}` : `${pick(companies)} ${pick(companyKinds)} ${pick(legalForms)} ${i + 1}`
      const data = {
        name,
        kind,
        country: pick(countries),
        dpaStatus: kind === 'processor' ? pick(['signed', 'signed', 'signed', 'in_negotiation', 'missing'] as const) : ('not_required' as const),
        dpaDate: kind === 'processor' && rnd() < 0.7 ? date(2019, 6) : null,
        owner: pick(departments)
      }
      const id = (await core.call('recipients.create', { data })).id
      recipients.push(id)
      if (kind === 'processor') processors.push(id)
      progress('recipients')
    }
    const toms: string[] = []
    for (let i = 0; i < sizes.toms; i++) {
      const data = {
        name: `${pick(tomStems)} ${pick(sites)} ${i + 1}`,
        status: pick(['implemented', 'implemented', 'implemented', 'in_progress', 'planned', 'not_applicable'] as const),
        controlAreas: some(controlAreaCodes, between(1, 2)),
        sdmGoals: some(sdmCodes, between(1, 3)),
        art32: some(['a', 'b', 'c', 'd'] as const, between(1, 2)),
        owner: pick(departments),
        reviewDate: rnd() < 0.8 ? date(2026, 3) : null
      }
      toms.push((await core.call('toms.create', { data })).id)
      progress('TOMs')
    }
    const systems: string[] = []
    for (let i = 0; i < sizes.systems; i++) {
      const tomIds = some(toms, between(0, 2))
      const data = {
        name: `${pick(systemStems)} ${pick(departments)} ${pick(sites)} ${i + 1}`,
        kind: pick(['application', 'application', 'service', 'infrastructure', 'paper', 'other'] as const),
        vendorId: processors.length && rnd() < 0.8 ? pick(processors) : null,
        hostingCountry: pick(countries),
        hostingLocation: `Rechenzentrum ${pick(sites)}`,
        owner: pick(departments),
        tomIds
      }
      links += tomIds.length + (data.vendorId ? 1 : 0)
      systems.push((await core.call('systems.create', { data })).id)
      progress('systems')
    }

    const owners = departments.flatMap((d) => sites.slice(0, 4).map((s) => `${d} ${s}`))
    const activities: string[] = []
    for (let i = 0; i < n; i++) {
      // 6 links on average: 1 subject group, 1–3 categories, 0–2 recipients, 0–2 systems, 0–2 TOMs.
      const data = {
        name: `${pick(processes)} ${pick(departments)} ${pick(sites)} ${i + 1}`,
        description: `Verarbeitung im Bereich ${pick(departments)} am Standort ${pick(sites)}.`,
        role: rnd() < 0.95 ? ('controller' as const) : ('joint_controller' as const),
        purposes: [`${pick(processes)} durchführen`, `Pflichten aus ${pick(['Vertrag', 'Gesetz', 'Arbeitsverhältnis'])} erfüllen`],
        legalBases: some(legalBasisCodes, between(1, 2)),
        dataSubjectIds: some(subjects, 1),
        dataCategoryIds: some(categories, between(1, 3)),
        recipientIds: some(recipients, between(0, 2)),
        systemIds: some(systems, between(0, 2)),
        tomIds: some(toms, between(0, 2)),
        dpia: { result: pick(['not_required', 'not_required', 'not_required', 'recommended', 'required', null] as const) },
        owner: pick(owners),
        status: pick(['approved', 'approved', 'approved', 'in_review', 'in_review', 'draft'] as const),
        reviewDate: rnd() < 0.9 ? date(2026, 3) : null
      }
      links += data.dataSubjectIds.length + data.dataCategoryIds.length + data.recipientIds.length + data.systemIds.length + data.tomIds.length
      activities.push((await core.call('activities.create', { data })).id)
      progress('activities')
    }
    auditEntries = await history({ core, rnd, pick, some, date, owners, activities, toms, recipients: processors, target: options.auditEntries ?? 20 * n, log, started })
  } finally {
    core.close()
    rmSync(settings, { recursive: true, force: true })
  }
  const seconds = (performance.now() - started) / 1000
  return { file, counts: { ...sizes, activities: n, processorActivities: 0, links, auditEntries }, seconds }
}

interface HistoryInput {
  readonly core: Core
  readonly rnd: () => number
  readonly pick: <T>(list: readonly T[]) => T
  readonly some: <T>(list: readonly T[], n: number) => T[]
  readonly date: (fromYear: number, years: number) => string
  readonly owners: readonly string[]
  readonly activities: readonly string[]
  readonly toms: readonly string[]
  readonly recipients: readonly string[]
  readonly target: number
  readonly log: (line: string) => void
  readonly started: number
}

/**
 * The upkeep of a register over the years, through the same calls the UI makes: a yearly review
 * wave as a bulk edit of a department's activities, status and owner changes one at a time, TOM
 * reviews and contract updates. Returns the audit trail's final length.
 */
async function history(h: HistoryInput): Promise<number> {
  const { core, rnd, pick, some } = h
  let entries = (await core.call('workspace.info', {})).auditEntries
  let round = 0
  while (entries < h.target) {
    const left = h.target - entries
    const r = rnd()
    if (r < 0.6) {
      const ids = some(h.activities, Math.min(left, 200 + Math.floor(rnd() * 600)))
      const changes = pick([{ reviewDate: h.date(2026, 3) }, { status: pick(['approved', 'in_review'] as const) }, { owner: pick(h.owners) }])
      entries += (await core.call('activities.bulkUpdate', { ids, changes })).updated
    } else if (r < 0.75 && h.toms.length) {
      const ids = some(h.toms, Math.min(left, 50))
      entries += (await core.call('toms.bulkUpdate', { ids, changes: { reviewDate: h.date(2026, 2) } })).updated
    } else if (r < 0.85 && h.recipients.length) {
      const ids = some(h.recipients, Math.min(left, 50))
      entries += (await core.call('recipients.bulkUpdate', { ids, changes: { dpaStatus: 'signed', dpaDate: h.date(2020, 6) } })).updated
    } else {
      for (let i = 0; i < Math.min(left, 100); i++) {
        const changes = pick([{ owner: pick(h.owners) }, { description: `Überarbeitet in Runde ${round}.` }, { status: pick(['approved', 'in_review', 'draft'] as const) }])
        await core.call('activities.update', { id: pick(h.activities), changes })
        entries++
      }
    }
    round++
    // Counted from the trail itself: an edit that changes nothing writes no entry.
    if (round % 10 === 0 || h.target - entries < 1000) entries = (await core.call('workspace.info', {})).auditEntries
    if (round % 20 === 0) {
      const s = (performance.now() - h.started) / 1000
      h.log(`  history: ${String(entries).padStart(7)} / ${h.target} audit entries ${s.toFixed(1).padStart(7)} s`)
    }
  }
  return (await core.call('workspace.info', {})).auditEntries
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      activities: { type: 'string', default: '10000' },
      out: { type: 'string' },
      passphrase: { type: 'string' },
      seed: { type: 'string', default: '2026' },
      'audit-entries': { type: 'string' }
    }
  })
  if (!values.out) {
    console.error('usage: npm run gen -- --activities 10000 --out FILE [--passphrase P] [--seed N] [--audit-entries N]')
    process.exit(2)
  }
  const result = await generate({ activities: Number(values.activities), out: values.out, passphrase: values.passphrase, seed: Number(values.seed), auditEntries: values['audit-entries'] === undefined ? undefined : Number(values['audit-entries']) })
  console.log(`\nDone in ${result.seconds.toFixed(1)} s: ${result.file}`)
  console.log(Object.entries(result.counts).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n'))
  console.log(`Passphrase: ${values.passphrase ?? DEFAULT_PASSPHRASE}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
