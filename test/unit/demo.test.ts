import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api'
import {
  controlAreaCodes,
  dataCategoryKeys,
  dataSubjectKeys,
  dsvCodes,
  legalBasisCodes,
  sdmCodes,
  transferMechanismCodes
} from '../../src/shared/catalog'
import { linksOf, registryKinds, type RegistryKind } from '../../src/shared/model'
import { createCore, type Core } from '../../src/core'
import { buildDemoData, seedDemo, type DemoSummary } from '../../src/core/demo'
import { catalogs } from '../../src/core/catalogs'

const PASSPHRASE = 'Demo Helvetia Shop Passphrase 2026'

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-demo-'))
  // An empty workspace is normally seeded from the catalogs; here it must start empty so that the
  // demo loader is measured alone (workspace.create with demo: true skips that seeding).
  const unseeded = { ...catalogs, dataCategories: [], dataSubjectCategories: [] }
  core = createCore({ shell: 'direct', settingsFile: join(dir, 'settings.json'), defaultWorkspacesDir: dir, author: 'Demo Test', catalogs: unseeded })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The typed call the seed expects, over the raw dispatcher: a failed call throws with the error. */
function callOver(c: Core) {
  return async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await c.dispatch(method, input)
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`)
    return result.value as OutputOf<M>
  }
}

async function createWorkspace(demo: boolean): Promise<void> {
  await callOver(core)('workspace.create', {
    file: join(dir, 'demo.dpo'),
    passphrase: PASSPHRASE,
    organisationName: 'Helvetia Shop AG',
    regimes: ['gdpr', 'revdsg'],
    language: 'de',
    demo
  })
}

async function listAll<K extends RegistryKind>(kind: K): Promise<OutputOf<`${K}.list`>['rows']> {
  const page = (await callOver(core)(`${kind}.list` as `${RegistryKind}.list`, { limit: 20_000, archived: 'include' })) as OutputOf<`${K}.list`>
  return page.rows
}

async function auditTotal(): Promise<number> {
  return (await callOver(core)('audit.list', { limit: 1 })).total
}

const total = (s: DemoSummary): number => registryKinds.reduce((sum, kind) => sum + s[kind], 0)

describe('demo workspace (Helvetia Shop AG)', () => {
  it('seeds through the contract: realistic counts, resolvable links, one audit entry per entity', async () => {
    await createWorkspace(false)
    const call = callOver(core)
    const auditBefore = await auditTotal()

    const summary = await seedDemo(call)

    // Counts: what the seed reports is what the registries hold.
    expect(summary.activities).toBeGreaterThanOrEqual(15)
    expect(summary.activities).toBeLessThanOrEqual(25)
    expect(summary.processorActivities).toBeGreaterThanOrEqual(2)
    expect(summary.dataSubjects).toBeGreaterThanOrEqual(12)
    expect(summary.dataCategories).toBeGreaterThanOrEqual(18)
    expect(summary.recipients).toBeGreaterThanOrEqual(12)
    expect(summary.systems).toBeGreaterThanOrEqual(10)
    expect(summary.toms).toBeGreaterThanOrEqual(20)
    const rows = Object.fromEntries(await Promise.all(registryKinds.map(async (kind) => [kind, await listAll(kind)] as const))) as {
      [K in RegistryKind]: Awaited<ReturnType<typeof listAll<K>>>
    }
    for (const kind of registryKinds) expect(rows[kind], kind).toHaveLength(summary[kind])

    const org = await call('organisation.get', {})
    expect(org).toMatchObject({ name: 'Helvetia Shop AG', country: 'CH', headcount: 120, regimes: ['gdpr', 'revdsg'] })
    expect(org.representative.address).toContain('Deutschland')
    expect(org.dpo.name).not.toBe('')

    // Every link of every entity resolves through `<kind>.get`.
    let links = 0
    for (const kind of registryKinds) {
      for (const entity of rows[kind]) {
        for (const link of linksOf(kind, entity as Record<string, unknown>)) {
          const target = await call(`${link.target}.get` as `${RegistryKind}.get`, { id: link.id })
          expect(target.id, `${kind} ${entity.ref} → ${link.path}`).toBe(link.id)
          links++
        }
      }
    }
    expect(links).toBeGreaterThan(300)

    // A US processor with the EU-but-not-Swiss DPF gap, and a transfer to it under each regime.
    const usProcessor = rows.recipients.find((r) => r.country === 'US' && r.kind === 'processor')
    expect(usProcessor).toMatchObject({ dpaStatus: 'signed', dpfCertifiedEu: true, dpfCertifiedCh: false })
    const usTransfers = rows.activities.flatMap((a) => a.transfers).filter((t) => t.recipientId === usProcessor!.id)
    expect(new Set(usTransfers.map((t) => t.regime))).toEqual(new Set(['gdpr', 'revdsg']))

    // Sensitive data per regime: health is Art. 9 + Ziff. 2, criminal Art. 10 + Ziff. 5, social assistance CH only.
    const byKey = new Map(rows.dataCategories.map((c) => [c.catalogKey, c]))
    expect(byKey.get('health')).toMatchObject({ gdprSpecial: 'art9', dsgSensitiveClause: 2 })
    expect(byKey.get('criminal')).toMatchObject({ gdprSpecial: 'art10', dsgSensitiveClause: 5 })
    expect(byKey.get('social_assistance')).toMatchObject({ gdprSpecial: 'none', dsgSensitiveClause: 6 })
    const healthId = byKey.get('health')!.id
    expect(rows.activities.some((a) => a.dataCategoryIds.includes(healthId))).toBe(true)

    // Retention on (almost) every activity: exactly one deliberate gap.
    const withoutRetention = rows.activities.filter((a) => a.retention.length === 0)
    expect(withoutRetention.map((a) => a.name)).toEqual(['Produktbewertungen'])
    for (const a of rows.activities) for (const r of a.retention) expect(r.dataCategoryId === null || a.dataCategoryIds.includes(r.dataCategoryId), a.name).toBe(true)

    // The other deliberate gaps the consistency checks are meant to find.
    expect(rows.recipients.filter((r) => r.kind === 'processor' && r.dpaStatus !== 'signed').map((r) => r.name)).toEqual(['Wachtmeister Sicherheitstechnik AG'])
    const planned = new Set(rows.toms.filter((t) => t.status === 'planned').map((t) => t.id))
    expect(rows.activities.some((a) => a.tomIds.some((id) => planned.has(id)))).toBe(true)
    const today = new Date().toISOString().slice(0, 10)
    expect(rows.activities.filter((a) => a.reviewDate !== null && a.reviewDate < today).length).toBeGreaterThanOrEqual(2)
    expect(new Set(rows.activities.map((a) => a.status))).toEqual(new Set(['draft', 'in_review', 'approved']))
    for (const a of rows.activities.filter((x) => x.status === 'approved')) expect(a.approvedBy && a.approvedAt, a.name).toBeTruthy()

    // Audit trail: one entry per created entity plus the organisation update.
    expect(await auditTotal()).toBe(auditBefore + 1 + total(summary))
    const audit = await call('audit.list', { limit: 1000 })
    const created = new Set(audit.rows.filter((e) => e.action === 'create').map((e) => e.entityId))
    for (const kind of registryKinds) for (const entity of rows[kind]) expect(created.has(entity.id), `${kind} ${entity.ref}`).toBe(true)
    expect((await call('audit.verify', {})).ok).toBe(true)
  })

  it('is what `workspace.create` with demo: true produces', async () => {
    await createWorkspace(true)
    const expected = buildDemoData()
    for (const [kind, count] of [
      ['activities', expected.activities.length],
      ['processorActivities', expected.processorActivities.length],
      ['dataSubjects', Object.keys(expected.dataSubjects).length],
      ['dataCategories', Object.keys(expected.dataCategories).length],
      ['recipients', Object.keys(expected.recipients).length],
      ['systems', Object.keys(expected.systems).length],
      ['toms', Object.keys(expected.toms).length]
    ] as const) {
      expect((await listAll(kind)).length, kind).toBe(count)
    }
    expect((await callOver(core)('workspace.status', {})).organisationName).toBe('Helvetia Shop AG')
  })
})

describe('demo data', () => {
  const data = buildDemoData(new Date(Date.UTC(2026, 0, 15)))

  it('uses only catalog codes', () => {
    const known = {
      legal: new Set<string>(legalBasisCodes),
      mechanism: new Set<string>(transferMechanismCodes),
      ca: new Set<string>(controlAreaCodes),
      sdm: new Set<string>(sdmCodes),
      dsv: new Set<string>(dsvCodes),
      subject: new Set<string>(dataSubjectKeys),
      category: new Set<string>(dataCategoryKeys)
    }
    const unknown: string[] = []
    const check = (set: Set<string>, code: string | null | undefined, where: string): void => {
      if (code != null && !set.has(code)) unknown.push(`${where}: ${code}`)
    }
    for (const a of data.activities) {
      for (const code of a.legalBases ?? []) check(known.legal, code, a.name)
      for (const t of a.transfers ?? []) check(known.mechanism, t.mechanism, a.name)
    }
    for (const p of data.processorActivities) for (const t of p.transfers ?? []) check(known.mechanism, t.mechanism, p.name)
    for (const t of Object.values(data.toms)) {
      for (const code of t.controlAreas ?? []) check(known.ca, code, t.name)
      for (const code of t.sdmGoals ?? []) check(known.sdm, code, t.name)
      for (const code of t.dsvControls ?? []) check(known.dsv, code, t.name)
    }
    for (const s of Object.values(data.dataSubjects)) check(known.subject, s.catalogKey, s.name)
    for (const c of Object.values(data.dataCategories)) check(known.category, c.catalogKey, c.name)
    expect(unknown).toEqual([])
    // Every catalog category and data-subject key is represented once.
    expect(new Set(Object.values(data.dataCategories).map((c) => c.catalogKey))).toEqual(known.category)
    expect(new Set(Object.values(data.dataSubjects).flatMap((s) => (s.catalogKey ? [s.catalogKey] : [])))).toEqual(known.subject)
  })

  it('is written in Swiss German: no ß anywhere', () => {
    expect(JSON.stringify(data)).not.toMatch(/ß/)
  })

  it('gives every consent-based activity a withdrawal note and every US transfer a per-regime mechanism', () => {
    for (const a of data.activities) {
      if ((a.legalBases ?? []).some((code) => code === 'gdpr-6-1-a' || code === 'dsg-31-1-consent')) expect(a.legalBasisNotes, a.name).toMatch(/Widerruf/)
      for (const t of a.transfers ?? []) expect(t.mechanism, `${a.name} → ${t.country}`).toBeTruthy()
    }
  })

  it('keeps dates relative to the day it is built', () => {
    const later = buildDemoData(new Date(Date.UTC(2030, 5, 1)))
    expect(later.activities[0].reviewDate! > data.activities[0].reviewDate!).toBe(true)
  })
})
