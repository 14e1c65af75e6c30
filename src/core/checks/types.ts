import type { CheckEntityKind, CheckSeverity } from '../../shared/checks'
import type { MessageKey } from '../../shared/i18n'
import type { Activity, DataCategory, DataSubject, Organisation, ProcessorActivity, Recipient, Regime, System, Tom } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'

export type Params = Record<string, string | number>

/** The entity type of each registry. */
export interface Entities {
  activities: Activity
  processorActivities: ProcessorActivity
  dataCategories: DataCategory
  dataSubjects: DataSubject
  recipients: Recipient
  systems: System
  toms: Tom
}
export type AnyEntity = Entities[RegistryKind]

/** When each field of an entity last changed by an update (ISO time per field name). */
export type FieldTimes = Readonly<Record<string, string>>

/**
 * Everything the rules look at, loaded with a handful of queries: the organisation, every entity
 * of every kind, and when each field of an approved activity last changed. Rules are pure functions of it.
 */
export interface Snapshot {
  readonly organisation: Organisation
  /** YYYY-MM-DD: review dates before this day are overdue. */
  readonly today: string
  /** The entities that are not archived, per kind, in creation order. */
  readonly active: { readonly [K in RegistryKind]: readonly Entities[K][] }
  /** Every entity, archived ones included. */
  readonly byId: ReadonlyMap<string, { readonly kind: RegistryKind; readonly entity: AnyEntity }>
  /** The ids of archived entities. */
  readonly archived: ReadonlySet<string>
  /**
   * The regimes of the activities that use an entity (a recipient, category, system, TOM …); an
   * entity no activity uses falls back to the organisation's regimes.
   */
  readonly usedUnder: ReadonlyMap<string, ReadonlySet<Regime>>
  /** When each field last changed, for approved activities changed after they were created. */
  readonly fieldTimes: ReadonlyMap<string, FieldTimes>
}

/** What a rule reports; the engine adds the rule's id, severity, reference and message key. */
export interface Hit {
  readonly kind: CheckEntityKind
  /** The entity, or null for the organisation. */
  readonly entity: AnyEntity | null
  readonly field: string
  readonly params?: Params
  /** Narrower than the rule's regimes (a transfer's own regime); intersected with the entity's. */
  readonly regimes?: readonly Regime[]
}
export type Report = (hit: Hit) => void

export interface Rule {
  readonly id: string
  readonly severity: CheckSeverity
  readonly regimes: readonly Regime[]
  /** The legal reference per regime; a finding cites the parts of the regimes it arises under. */
  readonly ref: Readonly<Partial<Record<Regime, string>>>
  readonly entityKinds: readonly CheckEntityKind[]
  /** The field that usually fixes a finding (the finding names the exact path). */
  readonly field: string
  readonly title: MessageKey
  readonly message: MessageKey
  check(snapshot: Snapshot, report: Report): void
}

export const BOTH: readonly Regime[] = ['gdpr', 'revdsg']
export const GDPR: readonly Regime[] = ['gdpr']
export const DSG: readonly Regime[] = ['revdsg']

/** Identity function that gives a rule literal its type. */
export const rule = (r: Rule): Rule => r

/** True for an empty or whitespace-only text. */
export const blank = (text: string | null | undefined): boolean => !text || text.trim() === ''
