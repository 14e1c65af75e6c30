import type { RegistryKind } from '../../shared/model/registry'
import { getMeta, setMeta } from './audit'
import type { Db } from './sqlcipher'

export interface CatalogEntryRow {
  kind: RegistryKind
  catalogKey: string
  entityId: string
  baseline: Record<string, unknown>
  catalogVersion: string
}

export function recordCatalogEntry(db: Db, row: CatalogEntryRow): void {
  db.prepare(
    `INSERT INTO catalog_entries (kind, catalog_key, entity_id, baseline, catalog_version) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, catalog_key) DO UPDATE SET entity_id = excluded.entity_id, baseline = excluded.baseline, catalog_version = excluded.catalog_version`
  ).run(row.kind, row.catalogKey, row.entityId, JSON.stringify(row.baseline), row.catalogVersion)
}

export function catalogEntries(db: Db): CatalogEntryRow[] {
  const rows = db.prepare('SELECT kind, catalog_key, entity_id, baseline, catalog_version FROM catalog_entries ORDER BY kind, catalog_key').all() as Array<{
    kind: RegistryKind
    catalog_key: string
    entity_id: string
    baseline: string
    catalog_version: string
  }>
  return rows.map((r) => ({ kind: r.kind, catalogKey: r.catalog_key, entityId: r.entity_id, baseline: JSON.parse(r.baseline) as Record<string, unknown>, catalogVersion: r.catalog_version }))
}

/** The catalog release the workspace was last seeded or updated from. */
export function workspaceCatalogVersion(db: Db): string | null {
  return getMeta(db, 'catalog_version')
}

export function setWorkspaceCatalogVersion(db: Db, version: string): void {
  setMeta(db, 'catalog_version', version)
}
