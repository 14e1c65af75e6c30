import {
  ReviewListValue,
  answerIssue,
  type AnswerValue,
  type AssessmentStatus,
  type ChecklistTemplate,
  type Question,
  type Target
} from '../../shared/checklists'
import { DomainError } from '../../shared/errors'
import type { Actor } from '../workspace'
import { getOrganisation, updateEntity, type Db } from '../workspace'
import {
  deleteAssessment,
  findSchedule,
  getAssessment,
  insertAssessment,
  listAnswers,
  listAssessments,
  setSchedule,
  updateAssessment,
  writeAnswer,
  type AssessmentRow
} from '../workspace/assessments'
import { compareRuns, dpiaOutcome, missingAnswers } from '../checklists/evaluate'
import { questionsOf } from '../checklists/templates'
import {
  LiveEvaluator,
  addMonths,
  dayOf,
  defaultTitle,
  detailOf,
  findTemplate,
  requireTemplate,
  stateOf,
  summaryContext,
  summaryOf,
  targetInfo,
  validation
} from '../checklists/service'
import type { Handlers } from '../context'

type AssessmentMethod =
  | 'assessments.list'
  | 'assessments.get'
  | 'assessments.create'
  | 'assessments.answer'
  | 'assessments.update'
  | 'assessments.complete'
  | 'assessments.rerun'
  | 'assessments.compare'
  | 'assessments.delete'

const detail = (db: Db, id: string, today?: string) => detailOf(db, stateOf(db, getAssessment(db, id), new LiveEvaluator(db, dayOf(today))))

/** The question of the assessment's template, with its section. */
function questionOf(template: ChecklistTemplate, questionId: string) {
  return questionsOf(template).find((q) => q.question.id === questionId)
}

function assertTargetAllowed(template: ChecklistTemplate, target: Target): void {
  if (!template.targets.includes(target.type)) throw validation([{ path: 'target.type', message: 'checklist.target.notAllowed' }])
}

/** Normalises a value for storage (review lists get their defaults); refuses values that do not fit the question. */
function valueFor(question: Question, value: unknown): AnswerValue | null {
  const issue = answerIssue(question, value)
  if (issue) throw validation([{ path: 'value', message: issue }])
  if (value !== null && question.answer.type === 'review_list') return ReviewListValue.parse(value)
  if (value !== null && question.answer.type === 'text' && typeof value === 'string' && value.trim() === '') return null
  return value as AnswerValue | null
}

/**
 * Completes an assessment: every applicable required question answered, auto evaluations frozen
 * into the answers, a DPIA screening's result written to its activity, a matching schedule moved on.
 */
function complete(db: Db, actor: Actor, row: AssessmentRow, today: string, now: string): void {
  const state = stateOf(db, row, new LiveEvaluator(db, today))
  const missing = missingAnswers(state.template, state.summary)
  if (missing.length > 0) throw validation(missing.map((id) => ({ path: `answers.${id}`, message: 'checklist.answer.missing' })))
  for (const q of state.summary.questions) {
    if (!q.applicable || !q.evaluation) continue
    writeAnswer(db, actor, row.id, q.questionId, q.evaluation, state.answers.get(q.questionId)?.comment ?? '', now)
  }
  const outcome = dpiaOutcome(state.template, row.regimes, state.answers, row.target.type === 'activity' ? row.target.id : null)
  if (outcome?.activityId) {
    const dpia = { wp248: outcome.wp248, art35_3: outcome.art35_3, dsg22: outcome.dsg22, result: outcome.result, justification: outcome.justification, screenedAt: today }
    updateEntity(db, actor, 'activities', outcome.activityId, { dpia }, undefined, now)
  }
  updateAssessment(db, actor, row.id, { status: 'completed', completedAt: now }, undefined, now)
  const schedule = findSchedule(db, row.templateKey, row.target)
  if (schedule) {
    setSchedule(db, actor, { ...schedule, nextDue: addMonths(today, schedule.intervalMonths), lastAssessmentId: row.id }, now)
  }
}

function refuseIfCompleted(row: AssessmentRow): void {
  if (row.status === 'completed') throw validation([{ path: 'id', message: 'checklist.assessment.completed' }])
}

export const assessmentHandlers: Pick<Handlers, AssessmentMethod> = {
  'assessments.list': (input, ctx) =>
    ctx.session.read((db) => {
      const rows = listAssessments(db, { target: input.target, status: input.status, templateKey: input.templateKey })
      const live = new LiveEvaluator(db, dayOf(input.today))
      const context = summaryContext(db, rows)
      return rows.map((row) => summaryOf(stateOf(db, row, live), context))
    }),

  'assessments.get': (input, ctx) => ctx.session.read((db) => detail(db, input.id, input.today)),

  'assessments.create': (input, ctx) =>
    ctx.session.write((db) => {
      const { template } = requireTemplate(db, input.templateKey)
      assertTargetAllowed(template, input.target)
      const org = getOrganisation(db)
      const target = targetInfo(db, input.target, org)
      const row = insertAssessment(db, ctx.actor(), {
        templateKey: template.key,
        template,
        target: input.target,
        title: input.title ?? defaultTitle(template, org),
        assignee: input.assignee ?? '',
        dueDate: input.dueDate ?? null,
        regimes: target.regimes,
        previousId: null
      })
      return detail(db, row.id)
    }),

  'assessments.answer': (input, ctx) =>
    ctx.session.write((db) => {
      const row = getAssessment(db, input.id)
      refuseIfCompleted(row)
      if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.expectedVersion, actual: row.version })
      }
      const state = stateOf(db, row, new LiveEvaluator(db, dayOf(undefined)))
      const found = questionOf(state.template, input.questionId)
      if (!found) throw validation([{ path: 'questionId', message: 'checklist.answer.unknownQuestion' }])
      if (!state.summary.questions.find((q) => q.questionId === input.questionId)?.applicable) {
        throw validation([{ path: 'questionId', message: 'checklist.answer.notApplicable' }])
      }
      const value = valueFor(found.question, input.value)
      const previous = state.answers.get(input.questionId)
      const comment = input.comment ?? previous?.comment ?? ''
      const now = new Date().toISOString()
      if (writeAnswer(db, ctx.actor(), row.id, input.questionId, value, comment, now)) {
        updateAssessment(db, ctx.actor(), row.id, { touch: true, ...(row.status === 'open' ? { status: 'in_progress' as const } : {}) }, undefined, now)
      }
      return detail(db, row.id)
    }),

  'assessments.update': (input, ctx) =>
    ctx.session.write((db) => {
      const row = getAssessment(db, input.id)
      if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.expectedVersion, actual: row.version })
      }
      const { status, ...rest } = input.changes
      const now = new Date().toISOString()
      let current = updateAssessment(db, ctx.actor(), row.id, rest, undefined, now)
      if (status && status !== current.status) {
        if (status === 'completed') complete(db, ctx.actor(), current, dayOf(undefined), now)
        else {
          // Reopening: the answers are open for change again; a result already written stays until the next completion.
          const reopened: { status: AssessmentStatus; completedAt?: null } = { status, ...(current.status === 'completed' ? { completedAt: null } : {}) }
          current = updateAssessment(db, ctx.actor(), row.id, reopened, undefined, now)
        }
      }
      return detail(db, row.id)
    }),

  'assessments.complete': (input, ctx) =>
    ctx.session.write((db) => {
      const row = getAssessment(db, input.id)
      const today = dayOf(input.today)
      if (row.status !== 'completed') complete(db, ctx.actor(), row, today, new Date().toISOString())
      return detail(db, row.id, today)
    }),

  'assessments.rerun': (input, ctx) =>
    ctx.session.write((db) => {
      const previous = getAssessment(db, input.id)
      const template = findTemplate(db, previous.templateKey)?.template ?? (previous.template as ChecklistTemplate)
      const org = getOrganisation(db)
      const target = targetInfo(db, previous.target, org)
      const actor = ctx.actor()
      const now = new Date().toISOString()
      const row = insertAssessment(
        db,
        actor,
        {
          templateKey: previous.templateKey,
          template,
          target: previous.target,
          title: previous.title,
          assignee: input.assignee ?? previous.assignee,
          dueDate: input.dueDate ?? null,
          regimes: target.regimes,
          previousId: previous.id
        },
        now
      )
      // An access review starts from the people and roles of the last one; the decisions are taken anew.
      const before = new Map(listAnswers(db, previous.id).map((a) => [a.questionId, a]))
      for (const { question } of questionsOf(template)) {
        const old = before.get(question.id)?.value
        if (question.answer.type !== 'review_list' || typeof old !== 'object' || old === null || !('rows' in old)) continue
        const rows = old.rows.map((r) => ({ person: r.person, role: r.role, decision: null, evidence: '' }))
        if (rows.length > 0) writeAnswer(db, actor, row.id, question.id, { rows }, '', now)
      }
      return detail(db, row.id)
    }),

  'assessments.compare': (input, ctx) =>
    ctx.session.read((db) => {
      const current = getAssessment(db, input.id)
      const previousId = input.with ?? current.previousId
      if (!previousId) throw validation([{ path: 'id', message: 'checklist.compare.noPrevious' }])
      const previous = getAssessment(db, previousId)
      const sameTarget = JSON.stringify(previous.target) === JSON.stringify(current.target)
      if (previous.templateKey !== current.templateKey || !sameTarget) throw validation([{ path: 'with', message: 'checklist.compare.otherTemplate' }])
      const live = new LiveEvaluator(db, dayOf(undefined))
      const cur = stateOf(db, current, live)
      const prev = stateOf(db, previous, live)
      const context = summaryContext(db, [current, previous])
      return { current: summaryOf(cur, context), previous: summaryOf(prev, context), ...compareRuns(prev, cur) }
    }),

  'assessments.delete': (input, ctx) =>
    ctx.session.write((db) => {
      deleteAssessment(db, ctx.actor(), input.id)
      return { ok: true as const }
    })
}

export function requireQuestion(template: ChecklistTemplate, questionId: string | null, path = 'questionId'): void {
  if (questionId !== null && !questionOf(template, questionId)) throw validation([{ path, message: 'checklist.answer.unknownQuestion' }])
}

