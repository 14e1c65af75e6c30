import type { MergeCandidate, MergeReport, MergeResolution } from '../../shared/imports'
import { registries, type RegistryKind } from '../../shared/model/registry'
import { allEntities, updateEntity, type Actor, type Db, type EntityDoc } from '../workspace'
import { diffFields } from '../workspace/fields'
import { insertImportedEntity, type WorkspaceSnapshot } from '../workspace/imports'

type Doc = Record<string, unknown>
type Entry = { kind: RegistryKind; doc: EntityDoc }

const inputOf = (kind: RegistryKind, doc: EntityDoc): Doc => Object.fromEntries(Object.keys(registries[kind].input.shape).filter((k) => k in doc).map((k) => [k, doc[k]]))

/** The same document with every link id replaced through `map` (ids it cannot map are left out). */
function mapLinks(kind: RegistryKind, data: Doc, map: (id: string, target: RegistryKind) => string | null): Doc {
  const out: Doc = { ...data }
  for (const link of registries[kind].links) {
    const [field, inner] = link.path.split('[].')
    const value = out[field]
    if (inner !== undefined) {
      if (Array.isArray(value)) out[field] = value.map((item: Doc) => (typeof item[inner] === 'string' ? { ...item, [inner]: map(item[inner], link.target) } : item))
    } else if (Array.isArray(value)) out[field] = value.map((id: string) => map(id, link.target)).filter((id): id is string => id !== null)
    else if (typeof value === 'string') out[field] = map(value, link.target)
  }
  return out
}

class Target {
  readonly byName = new Map<string, EntityDoc>()
  readonly byRef = new Map<string, EntityDoc>()
  readonly byKey = new Map<string, EntityDoc>()
  constructor(entries: Entry[]) {
    for (const e of entries) this.add(e.kind, e.doc)
  }
  add(kind: RegistryKind, doc: EntityDoc): void {
    const name = `${kind}|${String(doc.name).trim().toLowerCase()}`
    if (!this.byName.has(name)) this.byName.set(name, doc)
    this.byRef.set(`${kind}|${doc.ref}`, doc)
    if (typeof doc.catalogKey === 'string') this.byKey.set(`${kind}|${doc.catalogKey}`, doc)
  }
  match(kind: RegistryKind, doc: EntityDoc): EntityDoc | null {
    return (
      this.byName.get(`${kind}|${String(doc.name).trim().toLowerCase()}`) ??
      (typeof doc.catalogKey === 'string' ? this.byKey.get(`${kind}|${doc.catalogKey}`) : undefined) ??
      this.byRef.get(`${kind}|${doc.ref}`) ??
      null
    )
  }
}

export function mergePreview(db: Db, snapshot: WorkspaceSnapshot, filter: { kinds?: RegistryKind[]; ids?: string[] }): { organisation: string; entities: MergeCandidate[] } {
  const target = new Target(allEntities(db))
  const source = new Map(snapshot.entities.map((e) => [e.doc.id, e]))
  const nameOf = (id: string): string => String(source.get(id)?.doc.name ?? id)
  // For comparing: a source link points at the entity here of the same name, if any.
  const translate = (id: string, kind: RegistryKind): string => {
    const s = source.get(id)
    const hit = s ? target.match(kind, s.doc) : null
    return hit?.id ?? `missing:${s ? String(s.doc.name) : id}`
  }
  const wanted = snapshot.entities.filter((e) => (!filter.kinds || filter.kinds.includes(e.kind)) && (!filter.ids || filter.ids.includes(e.doc.id)))
  const targetNames = new Map(allEntities(db).map((e) => [e.doc.id, String(e.doc.name)]))
  // Link ids, also inside lists of objects (transfers[].recipientId), are shown as names.
  const show = (v: unknown): unknown => {
    if (typeof v === 'string') return targetNames.get(v) ?? v.replace(/^missing:/, '')
    if (Array.isArray(v)) return v.map(show)
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]))
    return v
  }
  return {
    organisation: snapshot.organisation.name,
    entities: wanted.map(({ kind, doc }) => {
      const existing = target.match(kind, doc)
      const links: MergeCandidate['links'] = []
      const mapped = mapLinks(kind, inputOf(kind, doc), (id, k) => {
        if (!links.some((l) => l.id === id)) links.push({ kind: k, id, name: nameOf(id) })
        return translate(id, k)
      })
      let status: MergeCandidate['status'] = 'new'
      let diff: MergeCandidate['diff'] = []
      if (existing) {
        diff = diffFields(inputOf(kind, existing), mapped).map((d) => ({ field: d.field, before: show(d.before), after: show(d.after) }))
        status = diff.length ? 'conflict' : 'identical'
      }
      return {
        kind,
        id: doc.id,
        ref: doc.ref,
        name: String(doc.name),
        archived: doc.archivedAt !== null,
        status,
        existing: existing ? { id: existing.id, ref: existing.ref, name: String(existing.name) } : null,
        diff,
        links
      }
    })
  }
}

/**
 * Copies the selected entities of another workspace with their links (inside the caller's
 * transaction). A linked entity that was not selected is matched by name (or catalog key) here,
 * else copied along. copy: always a new entity (its reference kept when free); overwrite: the
 * matching entity here is updated by field diff (created when there is none); skip: nothing.
 */
export function mergeEntities(
  db: Db,
  actor: Actor,
  snapshot: WorkspaceSnapshot,
  selection: Array<{ kind: RegistryKind; id: string; resolution: MergeResolution }>,
  now = new Date().toISOString()
): Omit<MergeReport, 'backupFile' | 'dryRun'> {
  const target = new Target(allEntities(db))
  const source = new Map(snapshot.entities.map((e) => [e.doc.id, e]))
  const chosen = new Map(selection.map((s) => [s.id, s]))
  const result = new Map<string, string>()
  const report: Omit<MergeReport, 'backupFile' | 'dryRun'> = { copied: 0, overwritten: 0, skipped: 0, matched: 0, entities: [] }

  const create = (kind: RegistryKind, doc: EntityDoc, data: Doc): EntityDoc => {
    const e = insertImportedEntity(db, actor, kind, data, { ref: doc.ref, archivedAt: doc.archivedAt }, now)
    target.add(kind, e)
    return e
  }

  const bring = (id: string, kind: RegistryKind, linked: boolean): string | null => {
    const done = result.get(id)
    if (done) return done
    const entry = source.get(id)
    if (!entry || entry.kind !== kind) return null
    const { doc } = entry
    const pick = chosen.get(id)
    const existing = target.match(kind, doc)
    const resolution = pick?.resolution ?? (linked ? (existing ? 'match' : 'copy') : 'skip')
    if (resolution === 'skip' && !linked) {
      report.skipped++
      report.entities.push({ kind, id: existing?.id ?? '', ref: existing?.ref ?? '', name: String(doc.name), sourceId: id, action: 'skipped' })
      return null
    }
    if (resolution === 'match' || (resolution === 'skip' && existing)) {
      result.set(id, existing!.id)
      report.matched++
      report.entities.push({ kind, id: existing!.id, ref: existing!.ref, name: String(existing!.name), sourceId: id, action: 'matched' })
      return existing!.id
    }
    const data = mapLinks(kind, inputOf(kind, doc), (linkId, k) => bring(linkId, k, true))
    if (resolution === 'overwrite' && existing) {
      const e = updateEntity(db, actor, kind, existing.id, data, undefined, now)
      result.set(id, e.id)
      report.overwritten++
      report.entities.push({ kind, id: e.id, ref: e.ref, name: String(e.name), sourceId: id, action: 'overwritten' })
      return e.id
    }
    const e = create(kind, doc, data)
    result.set(id, e.id)
    report.copied++
    report.entities.push({ kind, id: e.id, ref: e.ref, name: String(e.name), sourceId: id, action: 'copied' })
    return e.id
  }

  for (const s of selection) {
    if (!source.has(s.id)) continue
    bring(s.id, s.kind, false)
  }
  return report
}
