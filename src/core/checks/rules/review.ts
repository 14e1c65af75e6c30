import { BOTH, blank, rule, type Rule } from '../types'

const upkeep = { gdpr: 'GDPR Art. 5(2), Art. 24(1)', revdsg: 'DSG Art. 12' }

/** Fields whose change does not alter what was approved: the approval itself, the review plan, internal notes. */
const NOT_CONTENT = new Set(['status', 'approvedBy', 'approvedAt', 'reviewDate', 'notes', 'owner'])

/** Reviews and approvals: the record has to be kept up to date (accountability). */
export const reviewRules: readonly Rule[] = [
  rule({
    id: 'activity.review.overdue',
    severity: 'warning',
    regimes: BOTH,
    ref: upkeep,
    entityKinds: ['activities'],
    field: 'reviewDate',
    title: 'check.activity.review.overdue.title',
    message: 'check.activity.review.overdue',
    check(s, report) {
      for (const a of s.active.activities) if (a.reviewDate !== null && a.reviewDate < s.today) report({ kind: 'activities', entity: a, field: 'reviewDate', params: { date: a.reviewDate } })
    }
  }),
  rule({
    id: 'processorActivity.review.overdue',
    severity: 'warning',
    regimes: BOTH,
    ref: upkeep,
    entityKinds: ['processorActivities'],
    field: 'reviewDate',
    title: 'check.processorActivity.review.overdue.title',
    message: 'check.processorActivity.review.overdue',
    check(s, report) {
      for (const p of s.active.processorActivities) {
        if (p.reviewDate !== null && p.reviewDate < s.today) report({ kind: 'processorActivities', entity: p, field: 'reviewDate', params: { date: p.reviewDate } })
      }
    }
  }),
  rule({
    id: 'activity.approval.incomplete',
    severity: 'warning',
    regimes: BOTH,
    ref: upkeep,
    entityKinds: ['activities'],
    field: 'approvedAt',
    title: 'check.activity.approval.incomplete.title',
    message: 'check.activity.approval.incomplete',
    check(s, report) {
      for (const a of s.active.activities) {
        if (a.status !== 'approved') continue
        if (a.approvedAt === null) report({ kind: 'activities', entity: a, field: 'approvedAt' })
        else if (blank(a.approvedBy)) report({ kind: 'activities', entity: a, field: 'approvedBy' })
      }
    }
  }),
  rule({
    // A change of content after the last approval act: setting the status to approved (for an
    // approved activity that is its last status change) or setting the approval date. Not the
    // dates alone: approvals are often recorded later. A change made together with the approval
    // (the same time) counts as approved.
    id: 'activity.approval.stale',
    severity: 'warning',
    regimes: BOTH,
    ref: upkeep,
    entityKinds: ['activities'],
    field: 'status',
    title: 'check.activity.approval.stale.title',
    message: 'check.activity.approval.stale',
    check(s, report) {
      for (const a of s.active.activities) {
        if (a.status !== 'approved') continue
        const times = s.fieldTimes.get(a.id)
        if (!times) continue
        let approvedAt = a.createdAt
        if (times.status !== undefined && times.status > approvedAt) approvedAt = times.status
        if (a.approvedAt !== null && times.approvedAt !== undefined && times.approvedAt > approvedAt) approvedAt = times.approvedAt
        const changed = Object.keys(times)
          .filter((field) => !NOT_CONTENT.has(field) && times[field] > approvedAt)
          .sort()
        if (changed.length > 0) report({ kind: 'activities', entity: a, field: 'status', params: { date: a.approvedAt ?? approvedAt.slice(0, 10), fields: changed.join(', ') } })
      }
    }
  })
]
