import type { FieldChange } from '../../../shared/model'
import { BOTH, blank, rule, type Rule, type Update } from '../types'

const upkeep = { gdpr: 'GDPR Art. 5(2), Art. 24(1)', revdsg: 'DSG Art. 12' }

/** Fields whose change does not alter what was approved: the approval itself, the review plan, internal notes. */
const NOT_CONTENT = new Set(['status', 'approvedBy', 'approvedAt', 'reviewDate', 'notes', 'owner'])

const isApproval = (u: Update): boolean => u.changes.some((c: FieldChange) => (c.field === 'status' && c.after === 'approved') || (c.field === 'approvedAt' && c.after !== null))

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
    // From the audit trail: a change of content after the last approval act (setting the status
    // to approved or the approval date). Not the dates alone: approvals are often recorded later.
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
        const updates = s.updates.get(a.id)
        if (!updates || updates.length === 0) continue
        let approvedAt = a.createdAt
        for (const u of updates) if (isApproval(u)) approvedAt = u.at
        const changed = new Set<string>()
        for (const u of updates) {
          if (u.at <= approvedAt || isApproval(u)) continue
          for (const c of u.changes) if (!NOT_CONTENT.has(c.field)) changed.add(c.field)
        }
        if (changed.size > 0) report({ kind: 'activities', entity: a, field: 'status', params: { date: a.approvedAt ?? approvedAt.slice(0, 10), fields: [...changed].join(', ') } })
      }
    }
  })
]
