/**
 * The consistency checks (GDPR Art. 30 and revDSG Art. 12, with the rules around them).
 *
 * - A rule (rules/*.ts, one file per group) is a pure function over a Snapshot: the organisation,
 *   every entity of every kind and the audit history of approved activities, loaded with three
 *   queries (loadSnapshot) or, for one entity, with its neighbours only (loadEntitySnapshot).
 * - A rule names its id, severity, regimes, legal reference per regime, the entity kinds it reports
 *   on, the field that fixes it and its message keys (src/shared/i18n/messages/checks.ts).
 * - Regimes: a finding arises only under regimes the rule, the entity and the hit share; an
 *   activity's own list counts (empty = the organisation's), other entities take the regimes of the
 *   activities that use them. A revDSG-only activity is never checked against a GDPR rule.
 * - Dates: review dates are compared with `today` (checks.run input, else DPO_TODAY, else the local date).
 * - Acknowledgements (rule × entity, with a reason) live in the workspace table check_acks and in
 *   the audit trail; see handlers/checks.ts.
 */
import type { Db } from '../workspace'
import { allEntities, entityNeighbourhood, entityUpdates, getOrganisation } from '../workspace'
import { dataCategoryRules } from './rules/data-categories'
import { dpiaRules } from './rules/dpia'
import { lawfulnessRules } from './rules/lawfulness'
import { linkRules } from './rules/links'
import { organisationRules } from './rules/organisation'
import { processorRules } from './rules/processor'
import { recipientRules } from './rules/recipients'
import { reviewRules } from './rules/review'
import { ropaRules } from './rules/ropa'
import { systemRules } from './rules/systems'
import { tomRules } from './rules/toms'
import { transferRules } from './rules/transfers'
import { approvalCandidates, buildSnapshot, type RawEntity } from './snapshot'
import type { Rule, Snapshot } from './types'

export { completeness } from './completeness'
export { refFor, runRules, type RawFinding } from './engine'
export { buildSnapshot } from './snapshot'
export type { Rule, Snapshot } from './types'

/** Every consistency rule, grouped as the record is read: record, lawfulness, transfers, parties, security, DPIA, upkeep. */
export const rules: readonly Rule[] = [
  ...ropaRules,
  ...processorRules,
  ...lawfulnessRules,
  ...transferRules,
  ...recipientRules,
  ...systemRules,
  ...tomRules,
  ...linkRules,
  ...dpiaRules,
  ...reviewRules,
  ...dataCategoryRules,
  ...organisationRules
]

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]))

function snapshotOf(db: Db, docs: RawEntity[], today: string): Snapshot {
  return buildSnapshot(getOrganisation(db), docs, entityUpdates(db, 'activities', approvalCandidates(docs)), today)
}

/** The whole workspace: one query for the entities, one for the organisation, one for the approved activities' history. */
export function loadSnapshot(db: Db, today: string): Snapshot {
  return snapshotOf(db, allEntities(db), today)
}

/** One entity with what it links to and what links to it: enough for every rule about that entity. */
export function loadEntitySnapshot(db: Db, id: string, today: string): Snapshot {
  return snapshotOf(db, entityNeighbourhood(db, id), today)
}

/** Today as the machine's local calendar date (a review due today is not yet overdue). */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
