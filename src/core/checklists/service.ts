import { label } from '../../shared/catalog'
import {
  ChecklistTemplate,
  isUserTemplateKey,
  type Answer,
  type AssessmentDetail,
  type AssessmentSummary,
  type AutoEvaluation,
  type ChecklistTemplate as Template,
  type Target,
  type TemplateSummary
} from '../../shared/checklists'
import { DomainError, type Issue } from '../../shared/errors'
import { IsoDate, type Organisation, type Regime } from '../../shared/model'
import { loadSnapshot, localToday, type Snapshot } from '../checks'
import { contentLocale } from '../terminology'
import { entityNames, getEntity, getOrganisation, type Db } from '../workspace'
import { assessmentCounts, getUserTemplate, listAnswers, listActions, listFindings, listUserTemplates, type AnswerRow, type AssessmentRow } from '../workspace/assessments'
import { listAttachments } from '../workspace/attachments'
import { evaluateCheck, isKnownCheck, scopeOf } from './auto'
import { dpiaOutcome, isApplicable, summarise, type Summary } from './evaluate'
import { questionsOf, shippedTemplate, shippedTemplates } from './templates'

/** What the checklist handlers share: templates, targets, live evaluation and the views of an assessment. */

export const validation = (issues: Issue[]): DomainError =>
  new DomainError('VALIDATION', { details: issues.map((i) => `${i.path}: ${i.message}`).join('; ') }, issues)

/**
 * The day due dates and reviews are compared with: the input's `today`, else DPO_TODAY
 * (YYYY-MM-DD, for reproducible runs), else the local date.
 */
export function dayOf(today: string | undefined): string {
  const fromEnv = process.env.DPO_TODAY
  return today ?? (fromEnv && IsoDate.safeParse(fromEnv).success ? fromEnv : localToday())
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Calendar months on, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

// ---------------------------------------------------------------------------------------------
// Templates

export interface FoundTemplate {
  source: 'shipped' | 'user'
  template: Template
  updatedAt: string | null
}

export function findTemplate(db: Db, key: string): FoundTemplate | null {
  const shipped = shippedTemplate(key)
  if (shipped) return { source: 'shipped', template: shipped, updatedAt: null }
  if (!isUserTemplateKey(key)) return null
  const row = getUserTemplate(db, key)
  if (!row) return null
  return { source: 'user', template: ChecklistTemplate.parse(row.data), updatedAt: row.updatedAt }
}

export function requireTemplate(db: Db, key: string): FoundTemplate {
  const found = findTemplate(db, key)
  if (!found) throw new DomainError('NOT_FOUND', { id: key })
  return found
}

/** Shipped templates first, then the user's, by key; stored templates that no longer validate are left out. */
export function allTemplates(db: Db): FoundTemplate[] {
  const user: FoundTemplate[] = []
  for (const row of listUserTemplates(db)) {
    const parsed = ChecklistTemplate.safeParse(row.data)
    if (parsed.success) user.push({ source: 'user', template: parsed.data, updatedAt: row.updatedAt })
  }
  return [...shippedTemplates.map((template) => ({ source: 'shipped' as const, template, updatedAt: null })), ...user]
}

export function templateSummary(found: FoundTemplate): TemplateSummary {
  const t = found.template
  const questions = questionsOf(t)
  return {
    key: t.key,
    source: found.source,
    version: t.version,
    kind: t.kind,
    title: t.title,
    description: t.description ?? null,
    targets: t.targets,
    regimes: t.regimes,
    recurrenceMonths: t.recurrenceMonths,
    sections: t.sections.length,
    questions: questions.length,
    autoQuestions: questions.filter((q) => q.question.answer.type === 'auto').length,
    updatedAt: found.updatedAt
  }
}

/** Auto questions must name a check this version knows; `prefix` is the path of the template in the input. */
export function unknownChecks(template: Template, prefix: string): Issue[] {
  const issues: Issue[] = []
  template.sections.forEach((section, s) =>
    section.questions.forEach((q, i) => {
      if (q.answer.type === 'auto' && !isKnownCheck(q.answer.check)) {
        issues.push({ path: `${prefix}sections.${s}.questions.${i}.answer.check`, message: 'checklist.template.unknownCheck' })
      }
    })
  )
  return issues
}

// ---------------------------------------------------------------------------------------------
// Targets

const KIND = { activity: 'activities', system: 'systems' } as const

/** Checks that the target exists (archived entities count) and returns its ref and name. */
export function targetInfo(db: Db, target: Target, org: Organisation): { ref: string; name: string; regimes: Regime[] } {
  if (target.type === 'organisation') return { ref: '', name: org.name, regimes: org.regimes }
  const entity = getEntity(db, KIND[target.type], target.id)
  const own = target.type === 'activity' ? ((entity.regimes as Regime[] | undefined) ?? []) : []
  return { ref: entity.ref, name: String(entity.name), regimes: own.length > 0 ? own : org.regimes }
}

/** Ref and name of many targets at once (lists). */
export function targetNames(db: Db, targets: readonly Target[], org: Organisation): (target: Target) => { ref: string; name: string } {
  const names = entityNames(
    db,
    targets.flatMap((t) => (t.type === 'organisation' ? [] : [t.id]))
  )
  return (t) => (t.type === 'organisation' ? { ref: '', name: org.name } : (names.get(t.id) ?? { ref: '', name: '' }))
}

export function defaultTitle(template: Template, org: Organisation): string {
  return label(template.title, contentLocale(org))
}

// ---------------------------------------------------------------------------------------------
// Live evaluation

/**
 * Evaluates auto questions against the inventory. The snapshot is loaded once, on first need,
 * and each check is evaluated once per target, so a list of assessments costs one snapshot.
 */
export class LiveEvaluator {
  private snapshot: Snapshot | null = null
  private readonly cache = new Map<string, AutoEvaluation>()
  private readonly now = new Date().toISOString()

  constructor(
    private readonly db: Db,
    readonly today: string
  ) {}

  evaluations(template: Template, target: Target, regimes: readonly Regime[]): Map<string, AutoEvaluation> {
    const out = new Map<string, AutoEvaluation>()
    for (const { section, question } of questionsOf(template)) {
      if (question.answer.type !== 'auto' || !isApplicable(section, question, regimes)) continue
      const key = `${question.answer.check}\u0000${target.type}\u0000${target.type === 'organisation' ? '' : target.id}`
      let evaluation = this.cache.get(key)
      if (!evaluation) {
        this.snapshot ??= loadSnapshot(this.db, this.today)
        evaluation = evaluateCheck(question.answer.check, this.snapshot, scopeOf(this.snapshot, target), this.now)
        this.cache.set(key, evaluation)
      }
      out.set(question.id, evaluation)
    }
    return out
  }
}

// ---------------------------------------------------------------------------------------------
// Views

const toAnswer = (a: AnswerRow): Answer => ({ ...a })

export interface AssessmentState {
  row: AssessmentRow
  template: Template
  answers: Map<string, Answer>
  summary: Summary
}

/** The template, answers and summary of one assessment (auto questions live unless completed). */
export function stateOf(db: Db, row: AssessmentRow, live: LiveEvaluator, answers?: AnswerRow[]): AssessmentState {
  const template = ChecklistTemplate.parse(row.template)
  const map = new Map((answers ?? listAnswers(db, row.id)).map((a) => [a.questionId, toAnswer(a)]))
  const evaluations = row.status === 'completed' ? new Map<string, AutoEvaluation>() : live.evaluations(template, row.target, row.regimes)
  return { row, template, answers: map, summary: summarise(template, row.regimes, map, evaluations) }
}

export interface SummaryContext {
  org: Organisation
  names: (target: Target) => { ref: string; name: string }
  counts: ReturnType<typeof assessmentCounts>
}

export function summaryContext(db: Db, rows: readonly AssessmentRow[]): SummaryContext {
  const org = getOrganisation(db)
  return { org, names: targetNames(db, rows.map((r) => r.target), org), counts: assessmentCounts(db) }
}

export function summaryOf(state: AssessmentState, c: SummaryContext): AssessmentSummary {
  const { row, template, summary } = state
  const target = c.names(row.target)
  const counts = c.counts.get(row.id) ?? { openFindings: 0, openActions: 0, attachments: 0 }
  return {
    id: row.id,
    ref: row.ref,
    templateKey: row.templateKey,
    templateVersion: template.version,
    templateTitle: template.title,
    kind: template.kind,
    title: row.title,
    target: row.target,
    targetRef: target.ref,
    targetName: target.name,
    assignee: row.assignee,
    dueDate: row.dueDate,
    status: row.status,
    previousId: row.previousId,
    regimes: row.regimes,
    progress: summary.progress,
    score: summary.score,
    openFindings: counts.openFindings,
    openActions: counts.openActions,
    attachmentCount: counts.attachments,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    completedAt: row.completedAt
  }
}

export function detailOf(db: Db, state: AssessmentState): AssessmentDetail {
  const { row, template, answers, summary } = state
  return {
    ...summaryOf(state, summaryContext(db, [row])),
    template,
    answers: [...answers.values()],
    questions: summary.questions,
    sections: summary.sections,
    findings: listFindings(db, row.id),
    actions: listActions(db, { assessmentId: row.id }),
    attachments: listAttachments(db, row.id),
    dpia: dpiaOutcome(template, row.regimes, answers, row.target.type === 'activity' ? row.target.id : null)
  }
}
