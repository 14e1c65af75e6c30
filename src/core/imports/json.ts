import type { RopaActivity, RopaExportFile, RopaProcessorActivity } from '../../shared/exports'
import type { JsonImportReport } from '../../shared/imports'
import type { Regime } from '../../shared/model'
import { registries, type RegistryKind } from '../../shared/model/registry'
import { legalBasis } from '../catalogs'
import { allEntities, getOrganisation, updateEntity, updateOrganisation, type Actor, type Db, type EntityDoc } from '../workspace'
import { diffFields } from '../workspace/fields'
import { insertImportedEntity } from '../workspace/imports'

type Doc = Record<string, unknown>
type Ref = { id: string; ref: string; name: string }
const EMPTY_CONTACT = { name: '', address: '', email: '', phone: '' }

/**
 * Reads a JSON export back into the workspace (inside the caller's transaction). Entries and the
 * entities they link to are matched by reference and name, else by name; new ones keep the
 * reference, version and timestamps of the file where free, so exporting again gives the same
 * document (see docs/CLI.md for the fields that vary per export). Matched entries are updated by
 * field diff; what the file cannot carry (the other regime's transfers, legal bases and DPIA
 * criteria) is kept.
 */
export function importRopaFile(db: Db, actor: Actor, file: RopaExportFile, options: { organisation: 'keep' | 'replace' }, now = new Date().toISOString()): Omit<JsonImportReport, 'dryRun' | 'backupFile'> {
  const regime: Regime = file.meta.regime
  const org = getOrganisation(db)
  const index = new Map<string, EntityDoc>()
  const byName = new Map<string, EntityDoc>()
  for (const { kind, doc } of allEntities(db)) {
    index.set(`${kind}|${doc.ref.toLowerCase()}|${String(doc.name).toLowerCase()}`, doc)
    const key = `${kind}|${String(doc.name).trim().toLowerCase()}`
    if (!byName.has(key)) byName.set(key, doc)
  }
  const report: Omit<JsonImportReport, 'dryRun' | 'backupFile'> = { created: 0, updated: 0, unchanged: 0, entities: [], organisationUpdated: false }
  const done = new Map<string, string>()

  const find = (kind: RegistryKind, ref: string, name: string): EntityDoc | null =>
    index.get(`${kind}|${ref.toLowerCase()}|${name.toLowerCase()}`) ?? byName.get(`${kind}|${name.trim().toLowerCase()}`) ?? null

  const remember = (kind: RegistryKind, doc: EntityDoc): void => {
    index.set(`${kind}|${doc.ref.toLowerCase()}|${String(doc.name).toLowerCase()}`, doc)
    byName.set(`${kind}|${String(doc.name).trim().toLowerCase()}`, doc)
  }

  /** Creates or updates one entity from the file's fields; returns its id here. */
  const upsert = (kind: RegistryKind, source: Ref & { version?: number; createdAt?: string; updatedAt?: string; archivedAt?: string | null }, fields: Doc, merge?: (existing: EntityDoc) => Doc): string => {
    const cacheKey = `${kind}|${source.ref}|${source.name}`
    const cached = done.get(cacheKey)
    if (cached) return cached
    const existing = find(kind, source.ref, source.name)
    let id: string
    if (existing) {
      const raw = merge ? merge(existing) : fields
      // Through the schema first, so key order and defaults compare like stored documents.
      const normalised = registries[kind].input.safeParse({ ...existing, ...raw })
      const patch = normalised.success ? Object.fromEntries(Object.keys(raw).map((k) => [k, (normalised.data as Doc)[k]])) : raw
      const changed = diffFields(Object.fromEntries(Object.keys(patch).map((k) => [k, existing[k]])), patch)
      if (changed.length) {
        const e = updateEntity(db, actor, kind, existing.id, patch, undefined, now)
        remember(kind, e)
        report.updated++
        report.entities.push({ kind, id: e.id, ref: e.ref, name: String(e.name), action: 'update' })
      } else {
        report.unchanged++
        report.entities.push({ kind, id: existing.id, ref: existing.ref, name: String(existing.name), action: 'unchanged' })
      }
      id = existing.id
    } else {
      const e = insertImportedEntity(
        db,
        actor,
        kind,
        { name: source.name, ...fields },
        { ref: source.ref, version: source.version, createdAt: source.createdAt, updatedAt: source.updatedAt, archivedAt: source.archivedAt },
        now
      )
      remember(kind, e)
      report.created++
      report.entities.push({ kind, id: e.id, ref: e.ref, name: String(e.name), action: 'create' })
      id = e.id
    }
    done.set(cacheKey, id)
    return id
  }

  const recipient = (r: Ref & { kind?: string; country?: { code: string } | null }): string =>
    upsert('recipients', r, r.kind === undefined ? {} : { kind: r.kind, country: r.country?.code ?? null })
  const transfers = (list: RopaActivity['transfers']) =>
    list.map((t) => ({ recipientId: t.recipient ? recipient(t.recipient) : null, country: t.country.code, mechanism: t.mechanism?.code ?? null, regime, notes: t.notes }))
  const systems = (list: Ref[] | undefined) => list?.map((s) => upsert('systems', s, {}))
  const toms = (list: Array<Ref & { status: string }> | undefined) => list?.map((t) => upsert('toms', t, { status: t.status }))
  const tomSummary = (e: { securityMeasures: string; toms?: Array<{ name: string }> }): string =>
    e.toms && e.toms.length && e.securityMeasures === e.toms.map((t) => t.name).join('; ') ? '' : e.securityMeasures
  const meta = (e: RopaActivity | RopaProcessorActivity) => ({ id: e.id, ref: e.ref, name: e.name, version: e.version, createdAt: e.createdAt, updatedAt: e.updatedAt, archivedAt: e.archivedAt })
  const defined = (doc: Doc): Doc => Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined))
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))

  for (const entry of file.entries) {
    if (entry.type === 'activity') {
      const e = entry
      const fields: Doc = defined({
        name: e.name,
        description: e.description,
        role: e.role?.code,
        jointControllers: e.jointControllers,
        purposes: e.purposes,
        legalBases: e.legalBases?.map((b) => b.code),
        legalBasisNotes: e.legalBasisNotes,
        dataSubjectIds: e.dataSubjectCategories.map((s) => upsert('dataSubjects', s, { vulnerable: s.vulnerable })),
        dataCategoryIds: e.dataCategories.map((c) => upsert('dataCategories', c, { gdprSpecial: c.gdprSpecial, dsgSensitiveClause: c.dsgSensitiveClause })),
        recipientIds: e.recipients.map(recipient),
        transfers: transfers(e.transfers),
        retention: e.retention.map((r) => ({
          dataCategoryId: r.dataCategory ? upsert('dataCategories', r.dataCategory, {}) : null,
          period: r.period,
          criteria: r.criteria,
          startEvent: r.startEvent,
          legalReference: r.legalReference,
          deletionProcedure: r.deletionProcedure ?? ''
        })),
        systemIds: systems(e.systems),
        tomIds: toms(e.toms),
        tomSummary: tomSummary(e),
        regimes: e.regimes ? (sameSet(e.regimes, org.regimes) ? [] : e.regimes) : undefined,
        dpia: e.dpia
          ? {
              wp248: regime === 'gdpr' ? e.dpia.criteria.filter((c) => /^\d$/.test(c.code)).map((c) => Number(c.code)) : [],
              art35_3: regime === 'gdpr' ? e.dpia.criteria.filter((c) => /^[abc]$/.test(c.code)).map((c) => c.code) : [],
              dsg22: regime === 'revdsg' ? e.dpia.criteria.filter((c) => /^[ab]$/.test(c.code)).map((c) => c.code) : [],
              result: e.dpia.result?.code ?? null,
              justification: e.dpia.justification,
              screenedAt: e.dpia.screenedAt
            }
          : undefined,
        owner: e.owner,
        status: e.status?.code,
        approvedBy: e.approvedBy,
        approvedAt: e.approvedAt,
        reviewDate: e.reviewDate,
        notes: e.notes
      })
      upsert('activities', meta(e), fields, (existing) => {
        const other = (code: string): boolean => {
          const basis = legalBasis(code)
          return basis !== undefined && !basis.regimes.includes(regime)
        }
        const patch: Doc = { ...fields }
        patch.transfers = [...(existing.transfers as Array<{ regime: string }>).filter((t) => t.regime !== regime), ...(fields.transfers as unknown[])]
        if (fields.legalBases) patch.legalBases = [...(existing.legalBases as string[]).filter(other), ...(fields.legalBases as string[])]
        if (fields.dpia) {
          const was = existing.dpia as Doc
          const now = fields.dpia as Doc
          patch.dpia = regime === 'gdpr' ? { ...now, dsg22: was.dsg22 } : { ...now, wp248: was.wp248, art35_3: was.art35_3 }
        }
        if (fields.regimes === undefined) delete patch.regimes
        return patch
      })
    } else {
      const p = entry
      const fields: Doc = defined({
        name: p.name,
        description: p.description,
        controllers: p.controllers,
        processingCategories: p.processingCategories,
        subProcessorIds: p.subProcessors?.map(recipient),
        transfers: transfers(p.transfers),
        systemIds: systems(p.systems),
        tomIds: toms(p.toms),
        tomSummary: tomSummary(p),
        owner: p.owner,
        status: p.status?.code,
        reviewDate: p.reviewDate,
        notes: p.notes
      })
      upsert('processorActivities', meta(p), fields, (existing) => ({
        ...fields,
        transfers: [...(existing.transfers as Array<{ regime: string }>).filter((t) => t.regime !== regime), ...(fields.transfers as unknown[])]
      }))
    }
  }

  if (options.organisation === 'replace') {
    const o = file.organisation
    const before = JSON.stringify(org)
    const after = updateOrganisation(
      db,
      actor,
      defined({
        name: o.name,
        address: o.address,
        country: o.country?.code ?? null,
        contact: o.contact,
        representative: o.representative ?? EMPTY_CONTACT,
        dpo: o.dpo ?? EMPTY_CONTACT,
        supervisoryAuthority: o.supervisoryAuthority,
        headcount: o.headcount
      }),
      now
    )
    report.organisationUpdated = JSON.stringify(after) !== before
  }
  return report
}
