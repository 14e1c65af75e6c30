import { createHash } from 'node:crypto'
import type { RopaActivity, RopaDepth, RopaEntry, RopaExportFile, RopaKind, RopaProcessorActivity } from '../../shared/exports'
import type { Activity, Contact, ProcessorActivity, Regime, Transfer } from '../../shared/model'
import { catalogs, country, legalBasis, mechanism } from '../catalogs'
import type { Entity, Snapshot } from './snapshot'
import { yieldToEventLoop } from './model'
import { regimeOf, roleOf, ropaFields } from './fields'
import { citeRef, type Words } from './words'

/**
 * The record as data: what the JSON export writes and every other format prints. Links are
 * resolved to names, catalog codes to labels with their legal references, in the document's
 * language. Authority depth leaves the internal fields out entirely.
 */
export interface RecordOptions {
  readonly kind: RopaKind
  readonly depth: RopaDepth
  readonly words: Words
  readonly scope: RopaExportFile['meta']['scope']
  readonly includeArchived: boolean
  readonly exportId: string
  readonly documentId: string
  readonly generatedAt: string
  readonly generator: { name: string; version: string }
}

/** Whether a controller activity is recorded under a regime: its own regimes, or all of the organisation's. */
export function recordedUnder(activity: Pick<Activity, 'regimes'>, regime: Regime, orgRegimes: readonly Regime[]): boolean {
  return (activity.regimes.length ? activity.regimes : orgRegimes).includes(regime)
}

export function contentHash(record: Pick<RopaExportFile, 'fields' | 'organisation' | 'entries'>): string {
  return createHash('sha256').update(JSON.stringify([record.fields, record.organisation, record.entries]), 'utf8').digest('hex')
}

export async function buildRecord(snapshot: Snapshot, ids: readonly string[], o: RecordOptions): Promise<RopaExportFile> {
  const regime = regimeOf(o.kind)
  const role = roleOf(o.kind)
  const w = o.words
  const r = resolver(snapshot, w, regime)
  const org = snapshot.organisation
  const internal = o.depth === 'internal'
  const entries: RopaEntry[] = []
  for (const [i, id] of ids.entries()) {
    if (i % 100 === 99) await yieldToEventLoop()
    const e = snapshot.byId.get(id)
    if (!e) continue
    if (role === 'controller') {
      const a = e as unknown as Activity & Entity
      if (!recordedUnder(a, regime, org.regimes)) continue
      entries.push(activityEntry(a, r, w, regime, internal, org.regimes))
    } else entries.push(processorEntry(e as unknown as ProcessorActivity & Entity, r, w, internal))
  }
  const fields = ropaFields(o.kind, o.depth, w).map(({ key, label, ref }) => ({ key, label, ref }))
  const organisation: RopaExportFile['organisation'] = {
    role,
    name: org.name,
    address: org.address,
    country: org.country ? r.country(org.country) : null,
    contact: org.contact,
    representative: contactOrNull(org.representative),
    dpo: contactOrNull(org.dpo),
    ...(internal ? { supervisoryAuthority: org.supervisoryAuthority, headcount: org.headcount } : {})
  }
  const body = { fields, organisation, entries }
  return {
    format: 'dpo-workbench/ropa',
    formatVersion: 1,
    meta: {
      exportId: o.exportId,
      documentId: o.documentId,
      generatedAt: o.generatedAt,
      generator: o.generator,
      catalogVersion: catalogs.catalogVersion,
      kind: o.kind,
      regime,
      role,
      depth: o.depth,
      lang: w.lang,
      locale: w.locale,
      title: w.t(`title.${o.kind}`),
      legalBasis: w.t(`law.${o.kind}`),
      scope: o.scope,
      includeArchived: o.includeArchived,
      auditHead: snapshot.head.head,
      auditSeq: snapshot.head.seq,
      entries: entries.length,
      contentSha256: contentHash(body)
    },
    ...body
  }
}

const contactOrNull = (c: Contact): Contact | null => (c.name || c.address || c.email || c.phone ? c : null)

type Resolver = ReturnType<typeof resolver>

function resolver(snapshot: Snapshot, w: Words, regime: Regime) {
  const entity = (id: string | null): Entity | null => (id ? (snapshot.byId.get(id) ?? null) : null)
  const ref = (id: string | null) => {
    const e = entity(id)
    return e ? { id: e.id, ref: e.ref, name: String(e.name) } : null
  }
  const refs = (ids: readonly string[]) => ids.map(ref).filter((x): x is NonNullable<typeof x> => x !== null)
  const countryRef = (code: string) => {
    const c = country(code)
    return { code, name: c ? w.label(c) : code }
  }
  return {
    entity,
    ref,
    refs,
    country: countryRef,
    recipients: (ids: readonly string[]) =>
      ids
        .map((id) => entity(id))
        .filter((e): e is Entity => e !== null)
        .map((e) => {
          const recipientKind = typeof e.kind === 'string' ? e.kind : 'other'
          return {
            id: e.id,
            ref: e.ref,
            name: String(e.name),
            kind: recipientKind as RopaActivity['recipients'][number]['kind'],
            kindLabel: w.t(`recipient.${recipientKind as 'other'}`),
            country: typeof e.country === 'string' ? countryRef(e.country) : null
          }
        }),
    transfers: (list: readonly Transfer[]) =>
      list
        .filter((t) => t.regime === regime)
        .map((t) => {
          const m = t.mechanism ? mechanism(t.mechanism) : undefined
          return {
            country: countryRef(t.country),
            recipient: ref(t.recipientId),
            mechanism: t.mechanism ? { code: t.mechanism, label: m ? w.label(m) : t.mechanism, ref: m ? citeRef(m.ref, w.locale) : null } : null,
            notes: t.notes
          }
        }),
    toms: (ids: readonly string[]) =>
      ids
        .map((id) => entity(id))
        .filter((e): e is Entity => e !== null)
        .map((e) => ({ id: e.id, ref: e.ref, name: String(e.name), status: String(e.status), statusLabel: w.t(`tomStatus.${e.status as 'planned'}`) }))
  }
}

function periodText(rule: Activity['retention'][number], w: Words): string {
  if (!rule.period) return ''
  const { amount, unit } = rule.period
  const singular = { days: 'period.day', months: 'period.month', years: 'period.year' } as const
  const period = amount === 1 ? w.t(singular[unit]) : w.t(`period.${unit}`, { n: amount })
  return rule.startEvent ? w.t('period.from', { period, event: rule.startEvent }) : period
}

function specialNote(e: Entity, w: Words, regime: Regime): string {
  if (regime === 'gdpr') return e.gdprSpecial === 'art9' ? w.t('special.art9') : e.gdprSpecial === 'art10' ? w.t('special.art10') : ''
  return typeof e.dsgSensitiveClause === 'number' ? w.t('special.dsg', { n: e.dsgSensitiveClause }) : ''
}

/** A summary of the measures when no general description was written: the linked measures' names. */
function securityText(summary: string, tomIds: readonly string[], r: Resolver): string {
  if (summary.trim()) return summary
  return r
    .toms(tomIds)
    .map((t) => t.name)
    .join('; ')
}

function common(e: Entity & { tomIds: string[]; systemIds: string[]; owner: string; status: string; reviewDate: string | null; notes: string; description: string }, r: Resolver, w: Words) {
  return {
    description: e.description,
    systems: r.refs(e.systemIds),
    toms: r.toms(e.tomIds),
    owner: e.owner,
    status: { code: e.status, label: w.t(`status.${e.status as 'draft'}`) },
    reviewDate: e.reviewDate,
    notes: e.notes,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt
  }
}

function activityEntry(a: Activity & Entity, r: Resolver, w: Words, regime: Regime, internal: boolean, orgRegimes: readonly Regime[]): RopaActivity {
  const entry: RopaActivity = {
    type: 'activity',
    id: a.id,
    ref: a.ref,
    name: a.name,
    archivedAt: a.archivedAt,
    jointControllers: a.role === 'joint_controller' || a.jointControllers.trim() ? a.jointControllers : '',
    purposes: a.purposes,
    dataSubjectCategories: a.dataSubjectIds.map((id) => r.entity(id)).filter((e): e is Entity => e !== null).map((e) => ({ id: e.id, ref: e.ref, name: String(e.name), vulnerable: e.vulnerable === true })),
    dataCategories: a.dataCategoryIds
      .map((id) => r.entity(id))
      .filter((e): e is Entity => e !== null)
      .map((e) => ({
        id: e.id,
        ref: e.ref,
        name: String(e.name),
        gdprSpecial: (e.gdprSpecial ?? 'none') as RopaActivity['dataCategories'][number]['gdprSpecial'],
        dsgSensitiveClause: typeof e.dsgSensitiveClause === 'number' ? e.dsgSensitiveClause : null,
        specialNote: specialNote(e, w, regime)
      })),
    recipients: r.recipients(a.recipientIds),
    transfers: r.transfers(a.transfers),
    retention: a.retention.map((rule) => ({
      dataCategory: r.ref(rule.dataCategoryId),
      period: rule.period,
      periodText: periodText(rule, w),
      criteria: rule.criteria,
      startEvent: rule.startEvent,
      legalReference: rule.legalReference,
      ...(internal ? { deletionProcedure: rule.deletionProcedure } : {})
    })),
    securityMeasures: securityText(a.tomSummary, a.tomIds, r)
  }
  if (!internal) return entry
  const criteria =
    regime === 'gdpr'
      ? [
          ...a.dpia.art35_3.map((c) => catalogs.taxonomies.art35_3.find((x) => x.code === c)),
          ...a.dpia.wp248.map((c) => catalogs.taxonomies.wp248.find((x) => x.code === c))
        ]
      : a.dpia.dsg22.map((c) => catalogs.taxonomies.dsg22.find((x) => x.code === c))
  return {
    ...entry,
    ...common(a as never, r, w),
    role: { code: a.role, label: w.t(`role.${a.role}`) },
    legalBases: a.legalBases
      .map((code) => ({ code, basis: legalBasis(code) }))
      .filter(({ basis }) => !basis || basis.regimes.includes(regime))
      .map(({ code, basis }) => ({ code, label: basis ? w.label(basis) : code, ref: basis ? citeRef(basis.ref, w.locale) : null })),
    legalBasisNotes: a.legalBasisNotes,
    dpia: {
      result: a.dpia.result ? { code: a.dpia.result, label: w.t(`dpia.${a.dpia.result}`) } : null,
      criteria: criteria.filter((c) => c !== undefined).map((c) => ({ code: String(c.code), label: w.label(c), ref: citeRef(c.ref, w.locale) })),
      justification: a.dpia.justification,
      screenedAt: a.dpia.screenedAt
    },
    approvedBy: a.approvedBy,
    approvedAt: a.approvedAt,
    regimes: a.regimes.length ? a.regimes : [...orgRegimes]
  }
}

function processorEntry(p: ProcessorActivity & Entity, r: Resolver, w: Words, internal: boolean): RopaProcessorActivity {
  const entry: RopaProcessorActivity = {
    type: 'processorActivity',
    id: p.id,
    ref: p.ref,
    name: p.name,
    archivedAt: p.archivedAt,
    controllers: p.controllers.map((c) => ({ name: c.name, address: c.address, email: c.email, phone: c.phone, representative: c.representative, dpo: c.dpo })),
    processingCategories: p.processingCategories,
    transfers: r.transfers(p.transfers),
    securityMeasures: securityText(p.tomSummary, p.tomIds, r)
  }
  if (!internal) return entry
  return { ...entry, ...common(p as never, r, w), subProcessors: r.recipients(p.subProcessorIds) }
}
