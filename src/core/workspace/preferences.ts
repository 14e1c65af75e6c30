import { getMeta, setMeta } from './audit'
import type { Db } from './sqlcipher'

/** View preferences live in the workspace, so every device sees the same columns for it. */
export function getPreference(db: Db, key: string): unknown {
  const raw = getMeta(db, `pref:${key}`)
  return raw === null ? null : (JSON.parse(raw) as unknown)
}

const MAX_PREFERENCE_BYTES = 64 * 1024

export function setPreference(db: Db, key: string, value: unknown): void {
  const text = JSON.stringify(value)
  if (text.length > MAX_PREFERENCE_BYTES) throw new RangeError('preference too large')
  setMeta(db, `pref:${key}`, text)
}
