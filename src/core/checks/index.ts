/**
 * The consistency checks (GDPR Art. 30 and revDSG Art. 12, with the rules around them).
 *
 * - A rule (rules/*.ts, one file per group) is a pure function over a Snapshot: the organisation,
 *   every entity of every kind and when each field of an approved activity last changed, loaded
 *   with three queries (loadSnapshot) or, for one entity, with its neighbours only (loadEntitySnapshot).
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
import { allEntities, entityNeighbourhood, fieldChangeTimes, getOrganisation } from '../workspace'
import type { CheckData } from './evaluate'
import { approvalCandidates, buildSnapshot, type RawEntity } from './snapshot'
import type { Snapshot } from './types'

export { completeness } from './completeness'
export { refFor, runRules, type RawFinding } from './engine'
export { buildSnapshot } from './snapshot'
export type { Rule, Snapshot } from './types'
export { ruleById, rules } from './rules'
export { fullCheck, type CheckData, type FullCheck, type FullCheckInput } from './evaluate'
export { present } from './present'

function dataOf(db: Db, docs: RawEntity[], today: string): CheckData {
  return { organisation: getOrganisation(db), docs, fieldTimes: [...fieldChangeTimes(db, approvalCandidates(docs))], today }
}

function snapshotOf(db: Db, docs: RawEntity[], today: string): Snapshot {
  const data = dataOf(db, docs, today)
  return buildSnapshot(data.organisation, data.docs, data.fieldTimes, data.today)
}

/**
 * The whole workspace as data, in one synchronous read (so one consistent state): the entities,
 * the organisation, and the field times of the approved activities, kept on their rows. About
 * 0.25 s for 10,000 activities; the rules then run in the worker.
 */
export function loadCheckData(db: Db, today: string): CheckData {
  return dataOf(db, allEntities(db), today)
}

/** Reads from the workspace a load started in (throws once it is locked or another one is open). */
export type Reader = <T>(fn: (db: Db) => T) => T

/** The whole workspace (see loadCheckData). */
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
