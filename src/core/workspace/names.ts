import type { Db } from './sqlcipher'

/** Ref and name of each of the given entities (any kind, archived too); unknown ids are left out. */
export function entityNames(db: Db, ids: Iterable<string>): Map<string, { ref: string; name: string }> {
  const all = [...new Set(ids)]
  const out = new Map<string, { ref: string; name: string }>()
  const select = db.prepare('SELECT id, ref, name FROM entities WHERE id IN (SELECT value FROM json_each(?))')
  for (let i = 0; i < all.length; i += 5000) {
    for (const row of select.all(JSON.stringify(all.slice(i, i + 5000))) as Array<{ id: string; ref: string; name: string }>) {
      out.set(row.id, { ref: row.ref, name: row.name })
    }
  }
  return out
}
