import { label, type Catalogs } from '.'
import { DomainError } from '../../shared/errors'
import type { Locale } from '../../shared/i18n/types'
import type { Regime } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import {
  catalogEntries,
  createEntity,
  findByCatalogKey,
  getEntity,
  recordCatalogEntry,
  setWorkspaceCatalogVersion,
  updateEntity,
  workspaceCatalogVersion,
  type Actor,
  type Db
} from '../workspace'

/** The registries whose entries can come from the built-in catalogs. */
export type CatalogKind = Extract<RegistryKind, 'dataCategories' | 'dataSubjects' | 'toms'>
type Fields = Record<string, unknown>

const applies = (entryRegimes: readonly Regime[], regimes: readonly Regime[]): boolean => entryRegimes.some((r) => regimes.includes(r))

/**
 * The fields the catalog manages for an entity, in the workspace's language. Everything else
 * (status, owner, evidence, notes) belongs to the user from the start.
 */
export function catalogFields(catalogs: Catalogs, kind: CatalogKind, key: string, locale: Locale): Fields | null {
  if (kind === 'dataCategories') {
    const e = catalogs.dataCategories.find((c) => c.key === key)
    return e ? { name: label(e, locale), description: label(e.description, locale), gdprSpecial: e.gdprSpecial, dsgSensitiveClause: e.dsgSensitiveClause, catalogKey: e.key } : null
  }
  if (kind === 'dataSubjects') {
    const e = catalogs.dataSubjectCategories.find((c) => c.key === key)
    return e ? { name: label(e, locale), description: label(e.description, locale), vulnerable: e.vulnerable, catalogKey: e.key } : null
  }
  const e = catalogs.toms.find((t) => t.key === key)
  return (
    e && {
      name: label(e, locale),
      description: label(e.description, locale),
      controlAreas: [...e.controlAreas],
      sdmGoals: [...e.sdmGoals],
      art32: [...e.art32],
      dsvControls: [...e.dsvControls],
      catalogKey: e.key
    }
  ) ?? null
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
const pick = (doc: Fields, like: Fields): Fields => Object.fromEntries(Object.keys(like).map((k) => [k, doc[k]]))

/** Creates a catalog-owned entity and remembers its baseline. */
export function addFromCatalog(db: Db, actor: Actor, catalogs: Catalogs, kind: CatalogKind, key: string, locale: Locale): string {
  const existing = findByCatalogKey(db, kind, key)
  if (existing) return existing.id
  const fields = catalogFields(catalogs, kind, key, locale)
  if (!fields) throw new DomainError('NOT_FOUND', { id: `${kind}/${key}` })
  const entity = createEntity(db, actor, kind, fields)
  recordCatalogEntry(db, { kind, catalogKey: key, entityId: entity.id, baseline: fields, catalogVersion: catalogs.catalogVersion })
  return entity.id
}

/** A new workspace starts with the data-subject and data categories that apply to its regimes. */
export function seedCatalog(db: Db, actor: Actor, catalogs: Catalogs, regimes: readonly Regime[], locale: Locale): void {
  for (const entry of catalogs.dataSubjectCategories) if (applies(entry.regimes, regimes)) addFromCatalog(db, actor, catalogs, 'dataSubjects', entry.key, locale)
  for (const entry of catalogs.dataCategories) if (applies(entry.regimes, regimes)) addFromCatalog(db, actor, catalogs, 'dataCategories', entry.key, locale)
  setWorkspaceCatalogVersion(db, catalogs.catalogVersion)
}

export interface CatalogChange {
  kind: CatalogKind
  key: string
  /** new: not yet in the workspace; update: catalog changed, entity untouched; kept: the user edited it. */
  change: 'new' | 'update' | 'kept'
  entityId: string | null
  name: string
  fields: Array<{ field: string; before: unknown; after: unknown }>
}

/** What a newer catalog release would change in this workspace. Nothing is written. */
export function pendingCatalogChanges(db: Db, catalogs: Catalogs, regimes: readonly Regime[], locale: Locale): CatalogChange[] {
  const changes: CatalogChange[] = []
  const tracked = catalogEntries(db)
  for (const row of tracked) {
    const kind = row.kind as CatalogKind
    const wanted = catalogFields(catalogs, kind, row.catalogKey, locale)
    if (!wanted || same(wanted, row.baseline)) continue
    const current = getEntity(db, kind, row.entityId)
    const fields = Object.keys(wanted)
      .filter((k) => !same(wanted[k], row.baseline[k]))
      .map((field) => ({ field, before: current[field] ?? null, after: wanted[field] }))
    const edited = !same(pick(current, row.baseline), row.baseline)
    changes.push({ kind, key: row.catalogKey, change: edited ? 'kept' : 'update', entityId: row.entityId, name: String(current.name), fields })
  }
  const known = new Set(tracked.map((r) => `${r.kind}/${r.catalogKey}`))
  const seeded: Array<[CatalogKind, ReadonlyArray<{ key: string; regimes: readonly Regime[] }>]> = [
    ['dataSubjects', catalogs.dataSubjectCategories],
    ['dataCategories', catalogs.dataCategories]
  ]
  for (const [kind, entries] of seeded) {
    for (const entry of entries) {
      if (!applies(entry.regimes, regimes) || known.has(`${kind}/${entry.key}`) || findByCatalogKey(db, kind, entry.key)) continue
      const wanted = catalogFields(catalogs, kind, entry.key, locale)!
      changes.push({ kind, key: entry.key, change: 'new', entityId: null, name: String(wanted.name), fields: [] })
    }
  }
  return changes
}

/**
 * Applies the selected changes. Entities the user has edited are never overwritten: they are
 * reported as kept, whatever was asked.
 */
export function applyCatalogChanges(
  db: Db,
  actor: Actor,
  catalogs: Catalogs,
  regimes: readonly Regime[],
  locale: Locale,
  selection: ReadonlyArray<{ kind: CatalogKind; key: string }> | 'all'
): { applied: number; kept: number } {
  const wanted = selection === 'all' ? null : new Set(selection.map((s) => `${s.kind}/${s.key}`))
  let applied = 0
  let kept = 0
  for (const change of pendingCatalogChanges(db, catalogs, regimes, locale)) {
    if (wanted && !wanted.has(`${change.kind}/${change.key}`)) continue
    if (change.change === 'kept') {
      kept++
      continue
    }
    if (change.change === 'new') addFromCatalog(db, actor, catalogs, change.kind, change.key, locale)
    else {
      const fields = catalogFields(catalogs, change.kind, change.key, locale)!
      updateEntity(db, actor, change.kind, change.entityId!, fields)
      recordCatalogEntry(db, { kind: change.kind, catalogKey: change.key, entityId: change.entityId!, baseline: fields, catalogVersion: catalogs.catalogVersion })
    }
    applied++
  }
  if (pendingCatalogChanges(db, catalogs, regimes, locale).every((c) => c.change === 'kept')) setWorkspaceCatalogVersion(db, catalogs.catalogVersion)
  return { applied, kept }
}

export { workspaceCatalogVersion }
