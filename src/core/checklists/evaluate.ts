import {
  RATING_SCORE,
  type Answer,
  type AnswerValue,
  type AutoEvaluation,
  type ChecklistTemplate,
  type Comparison,
  type CompareStatus,
  type DpiaOutcome,
  type DpiaRule,
  type Progress,
  type Question,
  type QuestionState,
  type ReviewListValue,
  type Score,
  type Section
} from '../../shared/checklists'
import type { Regime } from '../../shared/model'
import { questionsOf } from './templates'

/** Pure functions over a template, its answers and the auto evaluations: progress, score, DPIA result, comparison. */

/** A question is asked when its regimes (or its section's) meet the assessment's; without any, always. */
export function isApplicable(section: Section, question: Question, regimes: readonly Regime[]): boolean {
  const wanted = question.regimes ?? section.regimes
  return !wanted || wanted.some((r) => regimes.includes(r))
}

const isEvaluation = (v: AnswerValue | null | undefined): v is AutoEvaluation => typeof v === 'object' && v !== null && !Array.isArray(v) && 'result' in v
const isReviewList = (v: AnswerValue | null | undefined): v is ReviewListValue => typeof v === 'object' && v !== null && !Array.isArray(v) && 'rows' in v

/** The evaluation an auto question stands on: frozen in the answer once completed, else the live one. */
export function evaluationOf(answer: Answer | undefined, live: AutoEvaluation | undefined): AutoEvaluation | null {
  if (isEvaluation(answer?.value)) return answer.value
  return live ?? null
}

export function isAnswered(question: Question, answer: Answer | undefined, evaluation: AutoEvaluation | null): boolean {
  const value = answer?.value ?? null
  switch (question.answer.type) {
    case 'auto':
      return evaluation !== null && evaluation.result !== 'unknown'
    case 'review_list':
      return isReviewList(value) && value.rows.length > 0 && value.rows.every((r) => r.decision !== null)
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
    case 'choice':
      return Array.isArray(value) ? value.length > 0 : typeof value === 'string'
    default:
      return value !== null
  }
}

/** 0–1 for a scored answer; null when the question is not scored (weight 0, text …) or not answered / n/a. */
export function scoreOf(question: Question, answer: Answer | undefined, evaluation: AutoEvaluation | null): number | null {
  if (question.weight === 0) return null
  const value = answer?.value ?? null
  const spec = question.answer
  switch (spec.type) {
    case 'rating':
      return typeof value === 'string' && value in RATING_SCORE ? RATING_SCORE[value as keyof typeof RATING_SCORE] : null
    case 'choice': {
      if (spec.multiple || typeof value !== 'string' || !spec.options.every((o) => o.score !== undefined)) return null
      return spec.options.find((o) => o.value === value)?.score ?? null
    }
    case 'auto':
      return evaluation === null || evaluation.result === 'unknown' ? null : evaluation.result === 'pass' ? 1 : 0
    default:
      return null
  }
}

function scoreFrom(items: ReadonlyArray<{ weight: number; score: number | null }>): Score {
  let achieved = 0
  let possible = 0
  for (const { weight, score } of items) {
    if (score === null) continue
    achieved += weight * score
    possible += weight
  }
  const round = (n: number): number => Math.round(n * 1e6) / 1e6
  return { value: possible > 0 ? round(achieved / possible) : null, achieved: round(achieved), possible: round(possible) }
}

export interface Summary {
  questions: QuestionState[]
  sections: Array<{ sectionId: string; progress: Progress; score: Score }>
  progress: Progress
  score: Score
}

/** Progress and score of an assessment: over the applicable questions, per section and in total. */
export function summarise(template: ChecklistTemplate, regimes: readonly Regime[], answers: ReadonlyMap<string, Answer>, live: ReadonlyMap<string, AutoEvaluation>): Summary {
  const questions: QuestionState[] = []
  const weighted: Array<{ sectionId: string; weight: number; score: number | null; answered: boolean }> = []
  for (const { sectionId, section, question } of questionsOf(template)) {
    const applicable = isApplicable(section, question, regimes)
    const answer = answers.get(question.id)
    const evaluation = question.answer.type === 'auto' && applicable ? evaluationOf(answer, live.get(question.id)) : null
    const answered = applicable && isAnswered(question, answer, evaluation)
    const score = applicable ? scoreOf(question, answer, evaluation) : null
    questions.push({ questionId: question.id, sectionId, applicable, answered, score, evaluation })
    if (applicable) weighted.push({ sectionId, weight: question.weight, score, answered })
  }
  const sections = template.sections.map((s) => {
    const items = weighted.filter((w) => w.sectionId === s.id)
    return { sectionId: s.id, progress: { answered: items.filter((i) => i.answered).length, total: items.length }, score: scoreFrom(items) }
  })
  return {
    questions,
    sections,
    progress: { answered: weighted.filter((w) => w.answered).length, total: weighted.length },
    score: scoreFrom(weighted)
  }
}

/** The applicable required questions (not auto) that still lack an answer. */
export function missingAnswers(template: ChecklistTemplate, summary: Summary): string[] {
  const required = new Set(
    questionsOf(template)
      .filter(({ question }) => question.required && question.answer.type !== 'auto')
      .map(({ question }) => question.id)
  )
  return summary.questions.filter((q) => q.applicable && !q.answered && required.has(q.questionId)).map((q) => q.questionId)
}

const RULE_ORDER: readonly DpiaRule[] = ['art35_3', 'dsg22', 'art35_4', 'high_risk', 'wp248_two_or_more', 'wp248_one']

/**
 * The DPIA result of a screening (GDPR Art. 35, WP248 rev.01, DSG Art. 22): any Art. 35(3) or
 * DSG Art. 22 Abs. 2 case, the Art. 35(4) list or another high risk → required; two or more WP248
 * criteria → required (a justification is recorded, the result stays); one → recommended; none →
 * not required. Null for templates that are no screening.
 */
export function dpiaOutcome(template: ChecklistTemplate, regimes: readonly Regime[], answers: ReadonlyMap<string, Answer>, activityId: string | null): DpiaOutcome | null {
  if (template.kind !== 'dpia_screening') return null
  const art35_3: Array<'a' | 'b' | 'c'> = []
  const wp248: number[] = []
  const dsg22: Array<'a' | 'b'> = []
  let art35_4 = false
  let highRisk = false
  let justification = ''
  let complete = true
  for (const { section, question } of questionsOf(template)) {
    const mapping = question.dpia
    if (!mapping || !isApplicable(section, question, regimes)) continue
    const value = answers.get(question.id)?.value ?? null
    if (mapping.kind === 'justification') {
      if (typeof value === 'string') justification = [justification, value.trim()].filter(Boolean).join('\n\n')
      continue
    }
    if (value === null) complete = false
    if (value !== 'yes') continue
    if (mapping.kind === 'art35_3') art35_3.push(mapping.code)
    else if (mapping.kind === 'wp248') wp248.push(mapping.code)
    else if (mapping.kind === 'dsg22') dsg22.push(mapping.code)
    else if (mapping.kind === 'art35_4') art35_4 = true
    else highRisk = true
  }
  const applies: Record<Exclude<DpiaRule, 'none'>, boolean> = {
    art35_3: art35_3.length > 0,
    dsg22: dsg22.length > 0,
    art35_4,
    high_risk: highRisk,
    wp248_two_or_more: wp248.length >= 2,
    wp248_one: wp248.length === 1
  }
  const rules: DpiaRule[] = RULE_ORDER.filter((r) => applies[r as keyof typeof applies])
  const rule: DpiaRule = rules[0] ?? 'none'
  const result = rule === 'none' ? 'not_required' : rule === 'wp248_one' ? 'recommended' : 'required'
  return {
    result,
    rule,
    rules: rules.length ? rules : ['none'],
    art35_3: [...art35_3].sort(),
    wp248: [...wp248].sort((a, b) => a - b),
    dsg22: [...dsg22].sort(),
    justification,
    justified: wp248.length >= 2 && justification !== '',
    complete,
    activityId
  }
}

/** The answer a comparison shows: an auto question's evaluation stands in for its value. */
export function effectiveAnswer(question: Question, answer: Answer | undefined, evaluation: AutoEvaluation | null): Answer | null {
  if (question.answer.type === 'auto' && evaluation) {
    return { questionId: question.id, value: evaluation, comment: answer?.comment ?? '', answeredBy: answer?.answeredBy ?? '', answeredAt: answer?.answeredAt ?? evaluation.evaluatedAt }
  }
  return answer ?? null
}

/** What matters of a value when two runs are compared (an auto evaluation: result and failing entities). */
function canonical(value: AnswerValue | null): string {
  if (isEvaluation(value)) return JSON.stringify([value.result, value.failing.map((f) => [f.id, [...f.fields].sort()]).sort()])
  if (typeof value === 'string') return JSON.stringify(value.trim())
  return JSON.stringify(value)
}

export interface RunView {
  template: ChecklistTemplate
  summary: Summary
  answers: ReadonlyMap<string, Answer>
}

/** Per question of the current run: improved, worse, unchanged, changed or new against the previous run. */
export function compareRuns(previous: RunView, current: RunView): Pick<Comparison, 'questions' | 'removed' | 'counts'> {
  const prevStates = new Map(previous.summary.questions.map((q) => [q.questionId, q]))
  const prevQuestions = new Map(questionsOf(previous.template).map((x) => [x.question.id, x.question]))
  const counts: Record<CompareStatus, number> = { improved: 0, worse: 0, unchanged: 0, changed: 0, new: 0 }
  const questions: Comparison['questions'] = []
  for (const { sectionId, question } of questionsOf(current.template)) {
    const state = current.summary.questions.find((q) => q.questionId === question.id)!
    const cur = state.applicable ? effectiveAnswer(question, current.answers.get(question.id), state.evaluation) : null
    const prevQuestion = prevQuestions.get(question.id)
    const prevState = prevStates.get(question.id)
    const prev = prevQuestion && prevState?.applicable ? effectiveAnswer(prevQuestion, previous.answers.get(question.id), prevState.evaluation) : null
    const curAnswered = state.answered
    const prevAnswered = prevState?.answered ?? false
    const curScore = state.score
    const prevScore = prevState?.score ?? null
    let status: CompareStatus
    if (!prevQuestion || !prevAnswered) status = curAnswered || !prevQuestion ? 'new' : 'unchanged'
    else if (!curAnswered) status = 'changed'
    else if (curScore !== null && prevScore !== null && curScore !== prevScore) status = curScore > prevScore ? 'improved' : 'worse'
    else if (isEvaluation(cur?.value ?? null) && isEvaluation(prev?.value ?? null) && curScore === 0 && prevScore === 0) {
      const c = (cur!.value as AutoEvaluation).failing.length
      const p = (prev!.value as AutoEvaluation).failing.length
      status = c < p ? 'improved' : c > p ? 'worse' : canonical(cur!.value) === canonical(prev!.value) ? 'unchanged' : 'changed'
    } else status = canonical(cur?.value ?? null) === canonical(prev?.value ?? null) ? 'unchanged' : 'changed'
    counts[status]++
    questions.push({ questionId: question.id, sectionId, label: question.label, status, previous: prev, current: cur, previousScore: prevScore, currentScore: curScore })
  }
  const currentIds = new Set(questions.map((q) => q.questionId))
  const removed = questionsOf(previous.template)
    .filter(({ question }) => !currentIds.has(question.id))
    .map(({ question }) => ({ questionId: question.id, label: question.label, previous: previous.answers.get(question.id) ?? null }))
  return { questions, removed, counts }
}
