import type { CheckEntityKind } from '../../shared/checks'
import type { Activity, DataCategory, Recipient, Regime, Tom } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import { isThirdCountry } from '../catalogs'
import type { AnyEntity, Entities, Snapshot } from './types'

/**
 * The regimes an entity is checked under: an activity's own list (empty means the organisation's),
 * for other entities the regimes of the activities that use them, else the organisation's.
 */
export function regimesOf(s: Snapshot, kind: CheckEntityKind, entity: AnyEntity | null): readonly Regime[] {
  if (kind === 'activities' && entity) {
    const own = (entity as Activity).regimes
    return own.length > 0 ? own : s.organisation.regimes
  }
  if (kind === 'organisation' || !entity) return s.organisation.regimes
  const used = s.usedUnder.get(entity.id)
  return used && used.size > 0 ? [...used] : s.organisation.regimes
}

export const activityRegimes = (s: Snapshot, a: Activity): readonly Regime[] => regimesOf(s, 'activities', a)

/** The linked entity of a kind, archived ones included; undefined for a dangling or wrong-kind id. */
export function lookup<K extends RegistryKind>(s: Snapshot, kind: K, id: string | null): Entities[K] | undefined {
  if (id === null) return undefined
  const hit = s.byId.get(id)
  return hit && hit.kind === kind ? (hit.entity as Entities[K]) : undefined
}

// Rules ask for the same linked entities many times; entity objects belong to one snapshot, so
// caching per object is safe and never outlives it.
const categoryCache = new WeakMap<Activity, DataCategory[]>()
const recipientCache = new WeakMap<Activity, Recipient[]>()

export function categoriesOf(s: Snapshot, a: Activity): DataCategory[] {
  let list = categoryCache.get(a)
  if (!list) categoryCache.set(a, (list = a.dataCategoryIds.map((id) => lookup(s, 'dataCategories', id)).filter((c): c is DataCategory => c !== undefined)))
  return list
}

export function recipientsOf(s: Snapshot, a: Activity): Recipient[] {
  let list = recipientCache.get(a)
  if (!list) recipientCache.set(a, (list = a.recipientIds.map((id) => lookup(s, 'recipients', id)).filter((r): r is Recipient => r !== undefined)))
  return list
}

export const isGdprSpecial = (c: DataCategory): boolean => c.gdprSpecial === 'art9'
export const isCriminal = (c: DataCategory): boolean => c.gdprSpecial === 'art10'
export const isDsgSensitive = (c: DataCategory): boolean => c.dsgSensitiveClause !== null

export const hasBasis = (a: Activity, prefix: string): boolean => a.legalBases.some((code) => code.startsWith(prefix))

/** Names for a message: "A, B, C" (at most five, then "…"). */
export function names(items: ReadonlyArray<{ name: string }>): string {
  const list = items.slice(0, 5).map((i) => i.name)
  return items.length > 5 ? `${list.join(', ')}, …` : list.join(', ')
}

/** WP248 criterion 5 or a DSG Art. 22 Abs. 2 lit. a case marked in the screening: large scale. */
export const largeScale = (a: Activity): boolean => a.dpia.wp248.includes(5) || a.dpia.dsg22.includes('a')

/**
 * High-risk profiling (DSG Art. 5 lit. g, DSV Art. 24 lit. b, Art. 6 Abs. 7 lit. b), approximated:
 * WP248 criterion 1 (evaluation/scoring) together with a further criterion or a DPIA found required.
 */
export const highRiskProfiling = (a: Activity): boolean => a.dpia.wp248.includes(1) && (a.dpia.wp248.length >= 2 || a.dpia.result === 'required')

/**
 * Whether sending data to the country counts as going abroad for the regime: outside the EEA for
 * the GDPR, outside Switzerland for the DSG. A recipient in the organisation's own country is not
 * flagged as "abroad" (a non-EEA controller under GDPR Art. 3(2) and its local service providers).
 */
export function abroad(s: Snapshot, regime: Regime, country: string | null): boolean {
  if (country === null) return false
  if (s.organisation.country !== null && country === s.organisation.country) return false
  return thirdCountry(regime, country)
}

const thirdCountries = new Map<string, boolean>()
/** isThirdCountry, cached: the rules ask for the same few countries thousands of times. */
export function thirdCountry(regime: Regime, country: string): boolean {
  const key = `${regime}:${country}`
  let value = thirdCountries.get(key)
  if (value === undefined) thirdCountries.set(key, (value = isThirdCountry(regime, country)))
  return value
}

export const notImplemented = (t: Tom): boolean => t.status === 'planned' || t.status === 'in_progress'
