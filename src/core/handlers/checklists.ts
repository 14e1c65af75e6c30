import {
  ChecklistTemplate,
  ChecklistTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  USER_TEMPLATE_PREFIX,
  isUserTemplateKey,
  type ChecklistTemplate as Template,
  type Schedule,
  type Target
} from '../../shared/checklists'
import { DomainError, type Issue } from '../../shared/errors'
import { getOrganisation, type Db } from '../workspace'
import {
  deleteAction,
  deleteFinding,
  deleteUserTemplate,
  dueActions,
  dueAssessments,
  dueSchedules,
  getAction,
  getAssessment,
  getFinding,
  getSchedule,
  getUserTemplate,
  insertAction,
  insertFinding,
  listAssessments,
  listSchedules,
  removeSchedule,
  saveUserTemplate,
  schedulesUsing,
  setSchedule,
  updateAction,
  updateAssessment,
  updateFinding,
  type ScheduleRow
} from '../workspace/assessments'
import { addAttachment, readAttachment, removeAttachment } from '../workspace/attachments'
import { autoCheckList } from '../checklists/auto'
import {
  LiveEvaluator,
  addDays,
  allTemplates,
  dayOf,
  findTemplate,
  requireTemplate,
  stateOf,
  summaryContext,
  summaryOf,
  targetInfo,
  targetNames,
  templateSummary,
  unknownChecks,
  validation,
  type FoundTemplate
} from '../checklists/service'
import type { Actor } from '../workspace'
import type { Handlers } from '../context'
import { assessmentHandlers, requireQuestion } from './assessments'

type Method =
  | 'checklists.templates'
  | 'checklists.template'
  | 'checklists.saveTemplate'
  | 'checklists.deleteTemplate'
  | 'checklists.exportTemplate'
  | 'checklists.importTemplate'
  | 'checklists.autoChecks'
  | 'checklists.due'
  | 'findings.create'
  | 'findings.update'
  | 'findings.delete'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'attachments.add'
  | 'attachments.get'
  | 'attachments.remove'
  | 'schedules.list'
  | 'schedules.set'
  | 'schedules.remove'

const withSource = (found: FoundTemplate) => ({ source: found.source, updatedAt: found.updatedAt, template: found.template })

/** Stores a validated user template; `prefix` is where the template sits in the input (for issue paths). */
function storeTemplate(db: Db, actor: Actor, template: Template, prefix: string, options: { expectedVersion?: number; replace: boolean; keepVersion: boolean }) {
  if (!isUserTemplateKey(template.key)) throw validation([{ path: `${prefix}key`, message: 'checklist.template.userKey' }])
  const issues = unknownChecks(template, prefix)
  if (issues.length > 0) throw validation(issues)
  const existing = getUserTemplate(db, template.key)
  let version = template.version
  if (existing) {
    if (!options.replace) throw validation([{ path: `${prefix}key`, message: 'checklist.template.exists' }])
    if (options.expectedVersion !== undefined && options.expectedVersion !== existing.version) {
      throw new DomainError('VERSION_CONFLICT', { expected: options.expectedVersion, actual: existing.version })
    }
    if (!options.keepVersion) {
      const { version: _old, ...before } = existing.data as Template
      const { version: _new, ...after } = template
      version = JSON.stringify(before) === JSON.stringify(after) ? existing.version : existing.version + 1
    }
  }
  saveUserTemplate(db, actor, template.key, { ...template, version })
  return withSource(findTemplate(db, template.key)!)
}

/** The path of a zod issue of the template file, as people read it: "template.sections.0.questions". */
const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.')

function parseTemplateFile(json: string): Template {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw validation([{ path: 'json', message: 'checklist.import.json' }])
  }
  const parsed = ChecklistTemplateFile.safeParse(raw)
  if (!parsed.success) throw validation(parsed.error.issues.map((i): Issue => ({ path: issuePath(i.path) || 'json', message: i.message })))
  const template = parsed.data.template
  if (isUserTemplateKey(template.key)) return template
  const key = `${USER_TEMPLATE_PREFIX}${template.key}`
  const renamed = ChecklistTemplate.safeParse({ ...template, key })
  if (!renamed.success) throw validation([{ path: 'template.key', message: 'checklist.template.keyFormat' }])
  return renamed.data
}

function scheduleOut(db: Db, rows: readonly ScheduleRow[]): Schedule[] {
  const names = targetNames(db, rows.map((r) => r.target), getOrganisation(db))
  return rows.map((r) => {
    const found = findTemplate(db, r.templateKey)
    const target = names(r.target)
    return { ...r, templateTitle: found?.template.title ?? null, targetRef: target.ref, targetName: target.name }
  })
}

function assessmentTemplate(db: Db, assessmentId: string): Template {
  return ChecklistTemplate.parse(getAssessment(db, assessmentId).template)
}

/** Work on an assessment that has not started yet starts it. */
function markStarted(db: Db, actor: Actor, assessmentId: string): void {
  if (getAssessment(db, assessmentId).status === 'open') updateAssessment(db, actor, assessmentId, { status: 'in_progress' })
}

const checklistOnlyHandlers: Pick<Handlers, Method> = {
  'checklists.templates': (_input, ctx) => ctx.session.read((db) => allTemplates(db).map(templateSummary)),

  'checklists.template': (input, ctx) => ctx.session.read((db) => withSource(requireTemplate(db, input.key))),

  'checklists.saveTemplate': (input, ctx) =>
    ctx.session.write((db) => storeTemplate(db, ctx.actor(), input.template, 'template.', { expectedVersion: input.expectedVersion, replace: true, keepVersion: false })),

  'checklists.deleteTemplate': (input, ctx) =>
    ctx.session.write((db) => {
      if (!isUserTemplateKey(input.key)) {
        if (findTemplate(db, input.key)) throw validation([{ path: 'key', message: 'checklist.template.shipped' }])
        throw new DomainError('NOT_FOUND', { id: input.key })
      }
      if (schedulesUsing(db, input.key) > 0) throw validation([{ path: 'key', message: 'checklist.template.inUse' }])
      deleteUserTemplate(db, ctx.actor(), input.key)
      return { ok: true as const }
    }),

  'checklists.exportTemplate': (input, ctx) =>
    ctx.session.read((db) => {
      const { template } = requireTemplate(db, input.key)
      const file = { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, template }
      return { fileName: `${template.key}.checklist.json`, json: `${JSON.stringify(file, null, 2)}\n` }
    }),

  'checklists.importTemplate': (input, ctx) =>
    ctx.session.write((db) => storeTemplate(db, ctx.actor(), parseTemplateFile(input.json), 'template.', { replace: input.replace, keepVersion: true })),

  'checklists.autoChecks': () => autoCheckList(),

  'checklists.due': (input, ctx) =>
    ctx.session.read((db) => {
      const today = dayOf(input.today)
      const until = addDays(today, input.withinDays)
      const live = new LiveEvaluator(db, today)
      const rows = dueAssessments(db, until)
      const context = summaryContext(db, rows)
      const assessments = rows.map((row) => ({ ...summaryOf(stateOf(db, row, live), context), overdue: row.dueDate! < today }))
      const actions = dueActions(db, until).map((a) => {
        const finding = getFinding(db, a.findingId)
        const assessment = getAssessment(db, a.assessmentId)
        return { ...a, overdue: a.dueDate! < today, assessmentRef: assessment.ref, assessmentTitle: assessment.title, findingTitle: finding.title, severity: finding.severity }
      })
      const scheduleRows = dueSchedules(db, until)
      const schedules = scheduleOut(db, scheduleRows).map((s) => {
        const open = listAssessments(db, { target: s.target, templateKey: s.templateKey, status: ['open', 'in_progress'] })
        return { ...s, overdue: s.nextDue < today, openAssessmentId: open[0]?.id ?? null }
      })
      return { today, until, assessments, actions, schedules }
    }),

  'findings.create': (input, ctx) =>
    ctx.session.write((db) => {
      requireQuestion(assessmentTemplate(db, input.assessmentId), input.questionId)
      const finding = insertFinding(db, ctx.actor(), input)
      markStarted(db, ctx.actor(), input.assessmentId)
      return finding
    }),

  'findings.update': (input, ctx) =>
    ctx.session.write((db) => {
      const before = getFinding(db, input.id)
      if (input.changes.questionId !== undefined) requireQuestion(assessmentTemplate(db, before.assessmentId), input.changes.questionId, 'changes.questionId')
      return updateFinding(db, ctx.actor(), input.id, input.changes)
    }),

  'findings.delete': (input, ctx) =>
    ctx.session.write((db) => {
      deleteFinding(db, ctx.actor(), input.id)
      return { ok: true as const }
    }),

  'actions.create': (input, ctx) =>
    ctx.session.write((db) => {
      getFinding(db, input.findingId)
      return insertAction(db, ctx.actor(), input)
    }),

  'actions.update': (input, ctx) => ctx.session.write((db) => updateAction(db, ctx.actor(), input.id, input.changes)),

  'actions.delete': (input, ctx) =>
    ctx.session.write((db) => {
      getAction(db, input.id)
      deleteAction(db, ctx.actor(), input.id)
      return { ok: true as const }
    }),

  'attachments.add': (input, ctx) =>
    ctx.session.write((db) => {
      requireQuestion(assessmentTemplate(db, input.assessmentId), input.questionId)
      const bytes = Buffer.from(input.base64, 'base64')
      const meta = addAttachment(db, ctx.actor(), { assessmentId: input.assessmentId, questionId: input.questionId, name: input.name, mimeType: input.mimeType, bytes })
      markStarted(db, ctx.actor(), input.assessmentId)
      return meta
    }),

  'attachments.get': (input, ctx) =>
    ctx.session.read((db) => {
      const { bytes, ...meta } = readAttachment(db, input.id)
      return { ...meta, base64: bytes.toString('base64') }
    }),

  'attachments.remove': (input, ctx) =>
    ctx.session.write((db) => {
      removeAttachment(db, ctx.actor(), input.id)
      return { ok: true as const }
    }),

  'schedules.list': (input, ctx) => ctx.session.read((db) => scheduleOut(db, listSchedules(db, input.target))),

  'schedules.set': (input, ctx) =>
    ctx.session.write((db) => {
      const { template } = requireTemplate(db, input.templateKey)
      if (!template.targets.includes(input.target.type)) throw validation([{ path: 'target.type', message: 'checklist.target.notAllowed' }])
      targetInfo(db, input.target as Target, getOrganisation(db))
      const row = setSchedule(db, ctx.actor(), input)
      return scheduleOut(db, [row])[0]
    }),

  'schedules.remove': (input, ctx) =>
    ctx.session.write((db) => {
      getSchedule(db, input.id)
      removeSchedule(db, ctx.actor(), input.id)
      return { ok: true as const }
    })
}

/** Every method of checklists, assessments, findings, actions, attachments and schedules. */
export const checklistHandlers = { ...checklistOnlyHandlers, ...assessmentHandlers }
