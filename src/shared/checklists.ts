import { z } from 'zod'
import { Art35Case, Dsg22Case, Label, LegalRef, TomKey, Wp248Criterion } from './catalog'
import { DpiaResult } from './model/activity'
import { Id, IsoDate, LongText, Regime, ShortText } from './model/common'

/**
 * Checklists and assessments: versioned checklist templates (shipped in
 * src/core/checklists/templates/*.json or made by users in the workspace), assessments that run a
 * template against the organisation, an activity or a system, their answers, findings, remediation
 * actions, evidence attachments, schedules and the contract methods around them. Pure zod, so the
 * renderer uses the same types and can pre-validate an answer with {@link answerIssue}.
 */

// ---------------------------------------------------------------------------------------------
// Limits and fixed values

/** The `format` of an exported template file; a file with any other value is refused. */
export const TEMPLATE_FILE_FORMAT = 'dpo-workbench/checklist-template'
/** The version of the export format (not of the template). */
export const TEMPLATE_FILE_VERSION = 1
/** Templates made or imported by users carry this key prefix; shipped keys never do. */
export const USER_TEMPLATE_PREFIX = 'user-'
/** The largest template file that is read (characters of JSON). */
export const MAX_TEMPLATE_JSON = 2 * 1024 * 1024
/** One evidence file (decoded bytes). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
/** All evidence files of one workspace together (decoded bytes). */
export const MAX_WORKSPACE_ATTACHMENT_BYTES = 200 * 1024 * 1024
/** Base64 of the largest accepted file plus room, so an oversized file gets TOO_LARGE, not a schema error. */
const MAX_ATTACHMENT_BASE64 = Math.ceil((MAX_ATTACHMENT_BYTES * 1.5) / 3) * 4
/** Questions of one template, all sections together. */
export const MAX_TEMPLATE_QUESTIONS = 500

// ---------------------------------------------------------------------------------------------
// Template building blocks

/** "customer-portal", "user-iso-27001-light": lower-case words joined by hyphens. */
export const TemplateKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'checklist.template.keyFormat' }).max(64)
export type TemplateKey = z.infer<typeof TemplateKey>
export const isUserTemplateKey = (key: string): boolean => key.startsWith(USER_TEMPLATE_PREFIX)

/** "A1", "wp248-4", "ca-zutritt-1": what people quote in a report. */
export const QuestionId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,47}$/, { error: 'checklist.template.idFormat' })
export const SectionId = QuestionId

export const TargetType = z.enum(['organisation', 'activity', 'system'])
export type TargetType = z.infer<typeof TargetType>

/** What an assessment is about. */
export const Target = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('organisation') }),
  z.strictObject({ type: z.literal('activity'), id: Id }),
  z.strictObject({ type: z.literal('system'), id: Id })
])
export type Target = z.infer<typeof Target>

/**
 * The check behind an auto question: a built-in evaluator of src/core/checklists/auto.ts
 * ("every-activity-has-retention") or a rule of the consistency checks ("rule:recipient.dpa.missing").
 * Which ones exist is known to the core only (checklists.autoChecks lists them).
 */
export const AutoCheckId = z
  .string()
  .max(100)
  .regex(/^(?:rule:[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+){1,4}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, { error: 'checklist.template.checkFormat' })

export const RatingValue = z.enum(['yes', 'partly', 'no', 'not_applicable'])
export type RatingValue = z.infer<typeof RatingValue>
/** The score of a rating; "not applicable" has none and leaves the question out of the score. */
export const RATING_SCORE: Readonly<Record<Exclude<RatingValue, 'not_applicable'>, number>> = { yes: 1, partly: 0.5, no: 0 }

export const ChoiceOption = z.strictObject({
  value: z.string().regex(/^[a-z0-9_-]{1,48}$/, { error: 'checklist.template.optionFormat' }),
  label: Label,
  /** 0–1; when every option of a single choice has one, the question counts towards the score. */
  score: z.number().min(0).max(1).optional()
})
export type ChoiceOption = z.infer<typeof ChoiceOption>

/** How a question is answered. */
export const AnswerSpec = z.discriminatedUnion('type', [
  /** Yes / partly / no / not applicable, scored 1 / 0.5 / 0 / left out. */
  z.strictObject({ type: z.literal('rating'), partly: z.boolean().default(true), notApplicable: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('text'), multiline: z.boolean().default(true), maxLength: z.int().min(1).max(20_000).default(5000) }),
  z.strictObject({ type: z.literal('choice'), multiple: z.boolean().default(false), options: z.array(ChoiceOption).min(2).max(50) }),
  z.strictObject({ type: z.literal('date') }),
  /** Access reviews: a list of people and roles, each confirmed or revoked with an evidence note. */
  z.strictObject({ type: z.literal('review_list') }),
  /** Answered from the inventory; passes (1) or fails (0) and names the failing entities. */
  z.strictObject({ type: z.literal('auto'), check: AutoCheckId })
])
export type AnswerSpec = z.infer<typeof AnswerSpec>
export type AnswerType = AnswerSpec['type']

/** What a question of a DPIA screening stands for (GDPR Art. 35, WP248 rev.01, DSG Art. 22). */
export const DpiaMapping = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('art35_3'), code: Art35Case }),
  z.strictObject({ kind: z.literal('wp248'), code: Wp248Criterion }),
  z.strictObject({ kind: z.literal('dsg22'), code: Dsg22Case }),
  /** On the supervisory authority's list under GDPR Art. 35(4). */
  z.strictObject({ kind: z.literal('art35_4') }),
  /** Otherwise likely to result in a high risk (GDPR Art. 35(1), DSG Art. 22 Abs. 1). */
  z.strictObject({ kind: z.literal('high_risk') }),
  /** The documented reason when no DPIA is carried out despite two or more WP248 criteria. */
  z.strictObject({ kind: z.literal('justification') })
])
export type DpiaMapping = z.infer<typeof DpiaMapping>

const Refs = z.array(LegalRef).max(20).default([])
const Regimes = z.array(Regime).min(1).max(2)

export const Question = z.strictObject({
  id: QuestionId,
  /** A short label for tables and reports ("Zweck je Feld"). */
  short: Label.optional(),
  label: Label,
  help: Label.optional(),
  /** The articles the question serves: "GDPR Art. 5(1)(b)", "DSG Art. 6 Abs. 3". */
  refs: Refs,
  answer: AnswerSpec,
  /** Weight in the score; 0 leaves the question out of it (screening questions). */
  weight: z.number().min(0).max(10).default(1),
  /** A required question must be answered before the assessment can be completed. */
  required: z.boolean().default(true),
  /** Asked only when the assessment is under one of these regimes; absent means always. */
  regimes: Regimes.optional(),
  /** The catalog measure the question checks (TOM audits). */
  tomKey: TomKey.optional(),
  dpia: DpiaMapping.optional()
})
export type Question = z.infer<typeof Question>

export const Section = z.strictObject({
  id: SectionId,
  title: Label,
  /** Definitions and guidance shown above the questions. */
  help: Label.optional(),
  refs: Refs,
  regimes: Regimes.optional(),
  questions: z.array(Question).min(1).max(200)
})
export type Section = z.infer<typeof Section>

/**
 * - checklist: answers, score, findings;
 * - dpia_screening: ends in a DPIA result that is written to the activity when completed;
 * - access_review: a review list per system, recurring.
 */
export const TemplateKind = z.enum(['checklist', 'dpia_screening', 'access_review'])
export type TemplateKind = z.infer<typeof TemplateKind>

const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length

/** A checklist template. The same schema validates shipped files, saved and imported templates. */
export const ChecklistTemplate = z
  .strictObject({
    key: TemplateKey,
    /** The content version; saving a changed user template increments it. */
    version: z.int().min(1).max(1_000_000).default(1),
    kind: TemplateKind.default('checklist'),
    title: Label,
    description: Label.optional(),
    targets: z.array(TargetType).min(1).max(3).refine(unique, { error: 'checklist.template.duplicate' }),
    /** The regimes the template is written for (list filter); questions narrow it with their own. */
    regimes: Regimes.default(['gdpr', 'revdsg']),
    /** The suggested interval of a schedule, in months; null when it does not recur. */
    recurrenceMonths: z.int().min(1).max(120).nullable().default(null),
    sections: z.array(Section).min(1).max(50)
  })
  .superRefine((t, ctx) => {
    const issue = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message })
    const sectionIds = new Set<string>()
    const questionIds = new Set<string>()
    const dpiaCodes = new Set<string>()
    let count = 0
    t.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) issue(['sections', s, 'id'], 'checklist.template.duplicateId')
      sectionIds.add(section.id)
      section.questions.forEach((q, i) => {
        count++
        const at = ['sections', s, 'questions', i]
        if (questionIds.has(q.id)) issue([...at, 'id'], 'checklist.template.duplicateId')
        questionIds.add(q.id)
        if (q.answer.type === 'choice' && !unique(q.answer.options.map((o) => o.value))) issue([...at, 'answer', 'options'], 'checklist.template.duplicate')
        if (q.dpia) {
          if (t.kind !== 'dpia_screening') issue([...at, 'dpia'], 'checklist.template.dpiaOnlyInScreening')
          const wanted = q.dpia.kind === 'justification' ? 'text' : 'rating'
          if (q.answer.type !== wanted) issue([...at, 'answer', 'type'], 'checklist.template.dpiaAnswerType')
          const code = `${q.dpia.kind}:${'code' in q.dpia ? q.dpia.code : ''}`
          if (dpiaCodes.has(code)) issue([...at, 'dpia'], 'checklist.template.duplicate')
          dpiaCodes.add(code)
        }
      })
    })
    if (count > MAX_TEMPLATE_QUESTIONS) issue(['sections'], 'checklist.template.tooManyQuestions')
    const types = t.sections.flatMap((s) => s.questions.map((q) => q.answer.type))
    if (t.kind === 'access_review' && !types.includes('review_list')) issue(['sections'], 'checklist.template.reviewListMissing')
    if (t.kind === 'dpia_screening' && ![...dpiaCodes].some((c) => !c.startsWith('justification'))) issue(['sections'], 'checklist.template.dpiaMappingMissing')
  })
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>
export type ChecklistTemplateInput = z.input<typeof ChecklistTemplate>

/** The export file: a template wrapped with its format, so a consultant can carry it to another client. */
export const ChecklistTemplateFile = z.strictObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(TEMPLATE_FILE_VERSION),
  template: ChecklistTemplate
})
export type ChecklistTemplateFile = z.infer<typeof ChecklistTemplateFile>

export const TemplateSource = z.enum(['shipped', 'user'])

export const TemplateSummary = z.object({
  key: TemplateKey,
  source: TemplateSource,
  version: z.int(),
  kind: TemplateKind,
  title: Label,
  description: Label.nullable(),
  targets: z.array(TargetType),
  regimes: z.array(Regime),
  recurrenceMonths: z.int().nullable(),
  sections: z.int(),
  questions: z.int(),
  autoQuestions: z.int(),
  /** When a user template was last saved; null for shipped templates. */
  updatedAt: z.iso.datetime().nullable()
})
export type TemplateSummary = z.infer<typeof TemplateSummary>

export const TemplateWithSource = z.object({ source: TemplateSource, updatedAt: z.iso.datetime().nullable(), template: ChecklistTemplate })

/** A check an auto question can name: built-in evaluators and consistency rules. */
export const AutoCheckInfo = z.object({
  id: AutoCheckId,
  source: z.enum(['builtin', 'rule']),
  label: Label,
  refs: z.array(z.string())
})

// ---------------------------------------------------------------------------------------------
// Answers

export const ReviewDecision = z.enum(['confirm', 'revoke'])
export const ReviewRow = z.strictObject({
  person: z.string().trim().min(1).max(300),
  role: ShortText.default(''),
  /** null while the row is still to be decided. */
  decision: ReviewDecision.nullable().default(null),
  evidence: z.string().max(2000).default('')
})
export type ReviewRow = z.infer<typeof ReviewRow>
export const ReviewListValue = z.strictObject({ rows: z.array(ReviewRow).max(5000) })
export type ReviewListValue = z.infer<typeof ReviewListValue>

/** An entity an auto question found wanting. */
export const FailingEntity = z.object({
  kind: z.enum(['activities', 'processorActivities', 'dataCategories', 'dataSubjects', 'recipients', 'systems', 'toms', 'organisation']),
  id: z.string(),
  ref: z.string(),
  name: z.string(),
  /** The fields that fail the check ("purposes", "transfers.1.mechanism"). */
  fields: z.array(z.string())
})
export type FailingEntity = z.infer<typeof FailingEntity>

/** The result of an auto question: live while the assessment is open, frozen when it is completed. */
export const AutoEvaluation = z.object({
  check: z.string(),
  /** "unknown": the template names a check this version of the app does not have. */
  result: z.enum(['pass', 'fail', 'unknown']),
  /** How many entities were looked at. */
  checked: z.int().min(0),
  failing: z.array(FailingEntity),
  evaluatedAt: z.iso.datetime()
})
export type AutoEvaluation = z.infer<typeof AutoEvaluation>

/** What a user answers: a rating, text, date or option value; options of a multiple choice; a review list. */
export const AnswerValueInput = z.union([z.string().max(20_000), z.array(z.string().max(48)).max(50), ReviewListValue])
export type AnswerValueInput = z.infer<typeof AnswerValueInput>
/** A stored value: also the frozen evaluation of an auto question. */
export const AnswerValue = z.union([z.string(), z.array(z.string()), ReviewListValue, AutoEvaluation])
export type AnswerValue = z.infer<typeof AnswerValue>

export const Answer = z.object({
  questionId: QuestionId,
  value: AnswerValue.nullable(),
  comment: z.string(),
  answeredBy: z.string(),
  answeredAt: z.iso.datetime()
})
export type Answer = z.infer<typeof Answer>

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Why a value does not fit a question (a message key), or null when it does. null as value
 * always fits: it clears the answer. Auto questions take no value, only a comment.
 */
export function answerIssue(question: Question, value: unknown): string | null {
  if (value === null) return null
  const spec = question.answer
  switch (spec.type) {
    case 'rating': {
      const allowed = ['yes', 'no', ...(spec.partly ? ['partly'] : []), ...(spec.notApplicable ? ['not_applicable'] : [])]
      return typeof value === 'string' && allowed.includes(value) ? null : 'checklist.answer.rating'
    }
    case 'text':
      return typeof value === 'string' && value.length <= spec.maxLength ? null : 'checklist.answer.text'
    case 'date':
      return IsoDate.safeParse(value).success ? null : 'checklist.answer.date'
    case 'choice': {
      const values = new Set(spec.options.map((o) => o.value))
      if (spec.multiple) return Array.isArray(value) && value.every((v) => values.has(v)) && unique(value) ? null : 'checklist.answer.choice'
      return typeof value === 'string' && values.has(value) ? null : 'checklist.answer.choice'
    }
    case 'review_list':
      return isObject(value) && ReviewListValue.safeParse(value).success ? null : 'checklist.answer.reviewList'
    case 'auto':
      return 'checklist.answer.auto'
  }
}

// ---------------------------------------------------------------------------------------------
// Assessments

export const AssessmentStatus = z.enum(['open', 'in_progress', 'completed'])
export type AssessmentStatus = z.infer<typeof AssessmentStatus>

export const Progress = z.object({ answered: z.int().min(0), total: z.int().min(0) })
export type Progress = z.infer<typeof Progress>

/** Weighted: yes = 1, partly = 0.5, no = 0, auto pass = 1, fail = 0; n/a and unanswered left out. */
export const Score = z.object({
  /** achieved / possible, 0–1; null when nothing scored has been answered. */
  value: z.number().min(0).max(1).nullable(),
  achieved: z.number().min(0),
  possible: z.number().min(0)
})
export type Score = z.infer<typeof Score>

export const FindingSeverity = z.enum(['low', 'medium', 'high', 'critical'])
export type FindingSeverity = z.infer<typeof FindingSeverity>
export const ActionStatus = z.enum(['open', 'in_progress', 'done'])
export type ActionStatus = z.infer<typeof ActionStatus>

/** A finding of an assessment (not to be confused with a consistency-check finding). */
export const AssessmentFinding = z.object({
  id: Id,
  assessmentId: Id,
  /** The question it arose from, if any. */
  questionId: QuestionId.nullable(),
  title: z.string(),
  description: z.string(),
  severity: FindingSeverity,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type AssessmentFinding = z.infer<typeof AssessmentFinding>

/** A remediation action of a finding. */
export const RemediationAction = z.object({
  id: Id,
  findingId: Id,
  assessmentId: Id,
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  doneAt: z.iso.datetime().nullable()
})
export type RemediationAction = z.infer<typeof RemediationAction>

/** An evidence file kept encrypted inside the workspace; the bytes come from attachments.get. */
export const AttachmentMeta = z.object({
  id: Id,
  assessmentId: Id,
  questionId: QuestionId.nullable(),
  name: z.string(),
  mimeType: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.int().min(0),
  createdAt: z.iso.datetime(),
  author: z.string()
})
export type AttachmentMeta = z.infer<typeof AttachmentMeta>

/** The rule of the screening that decided the DPIA result, strongest first. */
export const DpiaRule = z.enum(['art35_3', 'dsg22', 'art35_4', 'high_risk', 'wp248_two_or_more', 'wp248_one', 'none'])
export type DpiaRule = z.infer<typeof DpiaRule>

/** The result of a DPIA screening, as far as it is answered. */
export const DpiaOutcome = z.object({
  result: DpiaResult,
  rule: DpiaRule,
  /** Every rule that applies (the first decides). */
  rules: z.array(DpiaRule),
  art35_3: z.array(Art35Case),
  wp248: z.array(Wp248Criterion),
  dsg22: z.array(Dsg22Case),
  justification: z.string(),
  /** Two or more WP248 criteria and a justification: the result stays "required", the reason is kept. */
  justified: z.boolean(),
  /** Every screening question of the assessment's regimes is answered. */
  complete: z.boolean(),
  /** The activity the result is written to on completion; null for other targets. */
  activityId: Id.nullable()
})
export type DpiaOutcome = z.infer<typeof DpiaOutcome>

export const AssessmentSummary = z.object({
  id: Id,
  /** "AS-0001". */
  ref: z.string(),
  templateKey: TemplateKey,
  templateVersion: z.int(),
  templateTitle: Label,
  kind: TemplateKind,
  title: z.string(),
  target: Target,
  /** Ref and name of the target (the organisation's name for the organisation). */
  targetRef: z.string(),
  targetName: z.string(),
  assignee: z.string(),
  dueDate: IsoDate.nullable(),
  status: AssessmentStatus,
  /** The run this one repeats (assessments.rerun). */
  previousId: Id.nullable(),
  /** The regimes its questions were chosen for: the activity's, else the organisation's. */
  regimes: z.array(Regime),
  progress: Progress,
  score: Score,
  openFindings: z.int().min(0),
  openActions: z.int().min(0),
  attachmentCount: z.int().min(0),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable()
})
export type AssessmentSummary = z.infer<typeof AssessmentSummary>

/** The state of one question of an assessment. */
export const QuestionState = z.object({
  questionId: QuestionId,
  sectionId: SectionId,
  /** False when the question is for a regime the assessment is not under. */
  applicable: z.boolean(),
  answered: z.boolean(),
  /** 0–1 when the answer is scored, else null. */
  score: z.number().nullable(),
  /** Auto questions: live evaluation (frozen once completed). */
  evaluation: AutoEvaluation.nullable()
})
export type QuestionState = z.infer<typeof QuestionState>

export const SectionState = z.object({ sectionId: SectionId, progress: Progress, score: Score })

export const AssessmentDetail = AssessmentSummary.extend({
  /** The template as it was when the assessment was created. */
  template: ChecklistTemplate,
  answers: z.array(Answer),
  questions: z.array(QuestionState),
  sections: z.array(SectionState),
  findings: z.array(AssessmentFinding),
  actions: z.array(RemediationAction),
  attachments: z.array(AttachmentMeta),
  /** DPIA screenings only. */
  dpia: DpiaOutcome.nullable()
})
export type AssessmentDetail = z.infer<typeof AssessmentDetail>

export const CompareStatus = z.enum(['improved', 'worse', 'unchanged', 'changed', 'new'])
export type CompareStatus = z.infer<typeof CompareStatus>

export const Comparison = z.object({
  current: AssessmentSummary,
  previous: AssessmentSummary,
  /**
   * Per question of the current run: improved / worse by score, unchanged, changed (different but
   * not comparable by score: text, n/a, cleared), new (not asked or not answered last time).
   */
  questions: z.array(
    z.object({
      questionId: QuestionId,
      sectionId: SectionId,
      label: Label,
      status: CompareStatus,
      previous: Answer.nullable(),
      current: Answer.nullable(),
      previousScore: z.number().nullable(),
      currentScore: z.number().nullable()
    })
  ),
  /** Questions of the previous run that the current template no longer has. */
  removed: z.array(z.object({ questionId: QuestionId, label: Label, previous: Answer.nullable() })),
  counts: z.record(CompareStatus, z.int().min(0))
})
export type Comparison = z.infer<typeof Comparison>

// ---------------------------------------------------------------------------------------------
// Schedules and the start page

export const Schedule = z.object({
  id: Id,
  templateKey: TemplateKey,
  templateTitle: Label.nullable(),
  target: Target,
  targetRef: z.string(),
  targetName: z.string(),
  intervalMonths: z.int().min(1).max(120),
  nextDue: IsoDate,
  assignee: z.string(),
  /** The last completed assessment of this template and target, which moved nextDue on. */
  lastAssessmentId: Id.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Schedule = z.infer<typeof Schedule>

export const DueReport = z.object({
  today: IsoDate,
  /** Due until this day (inclusive); before today is overdue. */
  until: IsoDate,
  assessments: z.array(AssessmentSummary.extend({ overdue: z.boolean() })),
  actions: z.array(
    RemediationAction.extend({
      overdue: z.boolean(),
      assessmentRef: z.string(),
      assessmentTitle: z.string(),
      findingTitle: z.string(),
      severity: FindingSeverity
    })
  ),
  schedules: z.array(Schedule.extend({ overdue: z.boolean(), openAssessmentId: Id.nullable() }))
})
export type DueReport = z.infer<typeof DueReport>

// ---------------------------------------------------------------------------------------------
// Contract

const Ok = z.object({ ok: z.literal(true) })
const IdInput = z.strictObject({ id: Id })
const KeyInput = z.strictObject({ key: TemplateKey })
const Title = z.string().trim().min(1).max(300)
const Comment = z.string().max(20_000)
/** A file name without folders; the name is what the user sees, never a path on disk. */
const FileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[^/\\\0]+$/, { error: 'checklist.attachment.name' })
const MimeType = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,63}\/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,126}$/, { error: 'checklist.attachment.mimeType' })

const m = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output }) as const

export const checklistContract = {
  /** Shipped and user templates, shipped first. */
  'checklists.templates': m(z.strictObject({}), z.array(TemplateSummary)),
  'checklists.template': m(KeyInput, TemplateWithSource),
  /** Creates or replaces a user template (key prefix "user-"); the version increments on change. */
  'checklists.saveTemplate': m(z.strictObject({ template: ChecklistTemplate, expectedVersion: z.int().min(1).optional() }), TemplateWithSource),
  /** User templates only; refused while a schedule uses it (assessments keep their own copy). */
  'checklists.deleteTemplate': m(KeyInput, Ok),
  'checklists.exportTemplate': m(KeyInput, z.object({ fileName: z.string(), json: z.string() })),
  /**
   * Validates and stores a template file. A shipped key gets the "user-" prefix; an existing user
   * template is replaced only with `replace: true`. A bad file stores nothing (VALIDATION, issues).
   */
  'checklists.importTemplate': m(z.strictObject({ json: z.string().max(MAX_TEMPLATE_JSON), replace: z.boolean().default(false) }), TemplateWithSource),
  /** The checks auto questions can name. */
  'checklists.autoChecks': m(z.strictObject({}), z.array(AutoCheckInfo)),
  /** Due and overdue assessments, actions and schedules for the start page. */
  'checklists.due': m(z.strictObject({ today: IsoDate.optional(), withinDays: z.int().min(0).max(366).default(14) }), DueReport),

  'assessments.list': m(
    z.strictObject({ target: Target.optional(), status: z.array(AssessmentStatus).max(3).optional(), templateKey: TemplateKey.optional(), today: IsoDate.optional() }),
    z.array(AssessmentSummary)
  ),
  'assessments.get': m(z.strictObject({ id: Id, today: IsoDate.optional() }), AssessmentDetail),
  'assessments.create': m(
    z.strictObject({ templateKey: TemplateKey, target: Target, title: Title.optional(), assignee: ShortText.optional(), dueDate: IsoDate.nullable().optional() }),
    AssessmentDetail
  ),
  /** value null clears the answer; an omitted comment is kept. Auto questions take a comment only. */
  'assessments.answer': m(
    z.strictObject({ id: Id, questionId: QuestionId, value: AnswerValueInput.nullable(), comment: Comment.optional(), expectedVersion: z.int().min(1).optional() }),
    AssessmentDetail
  ),
  /** Status "completed" completes (as assessments.complete); "open"/"in_progress" on a completed one reopens it. */
  'assessments.update': m(
    z.strictObject({
      id: Id,
      expectedVersion: z.int().min(1).optional(),
      changes: z.strictObject({ title: Title.optional(), assignee: ShortText.optional(), dueDate: IsoDate.nullable().optional(), status: AssessmentStatus.optional() })
    }),
    AssessmentDetail
  ),
  /**
   * Requires every applicable required question answered; freezes the auto evaluations, writes a
   * DPIA screening's result to its activity and moves a matching schedule on.
   */
  'assessments.complete': m(z.strictObject({ id: Id, today: IsoDate.optional() }), AssessmentDetail),
  /** A new assessment of the same template (its current version) and target, linked via previousId. */
  'assessments.rerun': m(z.strictObject({ id: Id, assignee: ShortText.optional(), dueDate: IsoDate.nullable().optional() }), AssessmentDetail),
  /** This run against its previous one (or against `with`, another run of the same template). */
  'assessments.compare': m(z.strictObject({ id: Id, with: Id.optional() }), Comparison),
  /** Removes an assessment with its answers, findings, actions and attachments. */
  'assessments.delete': m(IdInput, Ok),

  'findings.create': m(
    z.strictObject({ assessmentId: Id, questionId: QuestionId.nullable().default(null), title: Title, description: LongText.default(''), severity: FindingSeverity }),
    AssessmentFinding
  ),
  'findings.update': m(
    z.strictObject({
      id: Id,
      changes: z.strictObject({ title: Title.optional(), description: LongText.optional(), severity: FindingSeverity.optional(), questionId: QuestionId.nullable().optional() })
    }),
    AssessmentFinding
  ),
  /** Deletes the finding and its actions. */
  'findings.delete': m(IdInput, Ok),
  'actions.create': m(
    z.strictObject({ findingId: Id, title: Title, description: LongText.default(''), owner: ShortText.default(''), dueDate: IsoDate.nullable().default(null), status: ActionStatus.default('open') }),
    RemediationAction
  ),
  'actions.update': m(
    z.strictObject({
      id: Id,
      changes: z.strictObject({ title: Title.optional(), description: LongText.optional(), owner: ShortText.optional(), dueDate: IsoDate.nullable().optional(), status: ActionStatus.optional() })
    }),
    RemediationAction
  ),
  'actions.delete': m(IdInput, Ok),

  /** Stores the file encrypted in the workspace (≤ 20 MiB each, ≤ 200 MiB together: else TOO_LARGE). */
  'attachments.add': m(
    z.strictObject({ assessmentId: Id, questionId: QuestionId.nullable().default(null), name: FileName, mimeType: MimeType, base64: z.base64().max(MAX_ATTACHMENT_BASE64) }),
    AttachmentMeta
  ),
  'attachments.get': m(IdInput, AttachmentMeta.extend({ base64: z.string() })),
  'attachments.remove': m(IdInput, Ok),

  'schedules.list': m(z.strictObject({ target: Target.optional() }), z.array(Schedule)),
  /** One schedule per template and target: creates it or changes interval, next date and assignee. */
  'schedules.set': m(
    z.strictObject({ templateKey: TemplateKey, target: Target, intervalMonths: z.int().min(1).max(120), nextDue: IsoDate, assignee: ShortText.default('') }),
    Schedule
  ),
  'schedules.remove': m(IdInput, Ok)
} as const
