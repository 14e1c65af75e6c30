import { randomUUID } from 'node:crypto'
import type {
  ActionStatus,
  AnswerValue,
  AssessmentFinding,
  AssessmentStatus,
  FindingSeverity,
  RemediationAction,
  Target,
  TargetType
} from '../../shared/checklists'
import { DomainError } from '../../shared/errors'
import type { FieldChange, Regime } from '../../shared/model'
import { appendAudit } from './audit'
import { createdFields, diffFields } from './fields'
import type { Actor } from './repository'
import type { Db } from './sqlcipher'

/**
 * Checklist templates made by users, assessments, answers, findings, remediation actions and
 * schedules. Every mutation here appends its audit entry and must run in the caller's write
 * transaction (Session.write), so the change and its record commit together.
 */

export const AUDIT_ENTITY = {
  templates: 'checklistTemplates',
  assessments: 'assessments',
  findings: 'findings',
  actions: 'actions',
  attachments: 'attachments',
  schedules: 'schedules'
} as const

/** The organisation as a target is stored with target_id ''. */
export const targetKey = (target: Target): { type: TargetType; id: string } => ({ type: target.type, id: target.type === 'organisation' ? '' : target.id })
export const targetOf = (type: TargetType, id: string): Target => (type === 'organisation' ? { type } : { type, id })

function audit(db: Db, actor: Actor, entity: string, entityId: string, action: 'create' | 'update' | 'delete', changes: FieldChange[], now: string): void {
  appendAudit(db, { author: actor.author, entity, entityId, action, changes }, now)
}

// ---------------------------------------------------------------------------------------------
// User templates

export interface TemplateRow {
  key: string
  data: unknown
  version: number
  createdAt: string
  updatedAt: string
}

interface RawTemplateRow {
  key: string
  data: string
  version: number
  created_at: string
  updated_at: string
}

const toTemplateRow = (r: RawTemplateRow): TemplateRow => ({ key: r.key, data: JSON.parse(r.data) as unknown, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at })

export function listUserTemplates(db: Db): TemplateRow[] {
  return (db.prepare('SELECT * FROM checklist_templates ORDER BY key').all() as RawTemplateRow[]).map(toTemplateRow)
}

export function getUserTemplate(db: Db, key: string): TemplateRow | null {
  const row = db.prepare('SELECT * FROM checklist_templates WHERE key = ?').get(key) as RawTemplateRow | undefined
  return row ? toTemplateRow(row) : null
}

/** Inserts or replaces a user template (already validated); the document carries its version. */
export function saveUserTemplate(db: Db, actor: Actor, key: string, data: Record<string, unknown>, now = new Date().toISOString()): TemplateRow {
  const before = getUserTemplate(db, key)
  const version = Number(data.version)
  if (before) {
    const diff = diffFields(before.data as Record<string, unknown>, data)
    if (diff.length === 0) return before
    db.prepare('UPDATE checklist_templates SET data = ?, version = ?, updated_at = ? WHERE key = ?').run(JSON.stringify(data), version, now, key)
    audit(db, actor, AUDIT_ENTITY.templates, key, 'update', diff, now)
  } else {
    db.prepare('INSERT INTO checklist_templates (key, data, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(key, JSON.stringify(data), version, now, now)
    audit(db, actor, AUDIT_ENTITY.templates, key, 'create', createdFields(data), now)
  }
  return getUserTemplate(db, key)!
}

export function deleteUserTemplate(db: Db, actor: Actor, key: string, now = new Date().toISOString()): void {
  const before = getUserTemplate(db, key)
  if (!before) throw new DomainError('NOT_FOUND', { id: key })
  db.prepare('DELETE FROM checklist_templates WHERE key = ?').run(key)
  audit(db, actor, AUDIT_ENTITY.templates, key, 'delete', [{ field: 'template', before: before.data, after: null }], now)
}

// ---------------------------------------------------------------------------------------------
// Assessments

export interface AssessmentRow {
  id: string
  ref: string
  templateKey: string
  template: unknown
  target: Target
  title: string
  assignee: string
  dueDate: string | null
  status: AssessmentStatus
  regimes: Regime[]
  previousId: string | null
  version: number
  createdAt: string
  updatedAt: string
  completedAt: string | null
}

interface RawAssessmentRow {
  id: string
  ref: string
  template_key: string
  template: string
  target_type: TargetType
  target_id: string
  title: string
  assignee: string
  due_date: string | null
  status: AssessmentStatus
  regimes: string
  previous_id: string | null
  version: number
  created_at: string
  updated_at: string
  completed_at: string | null
}

const toAssessment = (r: RawAssessmentRow): AssessmentRow => ({
  id: r.id,
  ref: r.ref,
  templateKey: r.template_key,
  template: JSON.parse(r.template) as unknown,
  target: targetOf(r.target_type, r.target_id),
  title: r.title,
  assignee: r.assignee,
  dueDate: r.due_date,
  status: r.status,
  regimes: JSON.parse(r.regimes) as Regime[],
  previousId: r.previous_id,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at
})

function nextAssessmentRef(db: Db): string {
  const row = db
    .prepare("INSERT INTO ref_counters (kind, next) VALUES ('assessments', 2) ON CONFLICT (kind) DO UPDATE SET next = next + 1 RETURNING next - 1 AS n")
    .get() as { n: number }
  return `AS-${String(row.n).padStart(4, '0')}`
}

export interface NewAssessment {
  templateKey: string
  template: Record<string, unknown>
  target: Target
  title: string
  assignee: string
  dueDate: string | null
  regimes: Regime[]
  previousId: string | null
}

export function insertAssessment(db: Db, actor: Actor, input: NewAssessment, now = new Date().toISOString()): AssessmentRow {
  const id = randomUUID()
  const ref = nextAssessmentRef(db)
  const t = targetKey(input.target)
  db.prepare(
    `INSERT INTO assessments (id, ref, template_key, template, target_type, target_id, title, assignee, due_date, status, regimes, previous_id, version, created_at, updated_at, completed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 1, ?, ?, NULL)`
  ).run(id, ref, input.templateKey, JSON.stringify(input.template), t.type, t.id, input.title, input.assignee, input.dueDate, JSON.stringify(input.regimes), input.previousId, now, now)
  const templateVersion = (input.template as { version?: unknown }).version
  audit(
    db,
    actor,
    AUDIT_ENTITY.assessments,
    id,
    'create',
    [
      { field: 'ref', before: null, after: ref },
      ...createdFields({ templateKey: input.templateKey, templateVersion, target: input.target, title: input.title, assignee: input.assignee, dueDate: input.dueDate, status: 'open', previousId: input.previousId })
    ],
    now
  )
  return getAssessment(db, id)
}

export function getAssessment(db: Db, id: string): AssessmentRow {
  const row = db.prepare('SELECT * FROM assessments WHERE id = ?').get(id) as RawAssessmentRow | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return toAssessment(row)
}

export interface AssessmentFilter {
  target?: Target
  status?: readonly AssessmentStatus[]
  templateKey?: string
}

export function listAssessments(db: Db, filter: AssessmentFilter = {}): AssessmentRow[] {
  const where: string[] = []
  const params: unknown[] = []
  if (filter.target) {
    const t = targetKey(filter.target)
    where.push('target_type = ? AND target_id = ?')
    params.push(t.type, t.id)
  }
  if (filter.status && filter.status.length > 0) {
    where.push(`status IN (${filter.status.map(() => '?').join(', ')})`)
    params.push(...filter.status)
  }
  if (filter.templateKey) {
    where.push('template_key = ?')
    params.push(filter.templateKey)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const rows = db.prepare(`SELECT * FROM assessments ${clause} ORDER BY created_at DESC, length(ref) DESC, ref DESC`).all(...params) as RawAssessmentRow[]
  return rows.map(toAssessment)
}

/** Assessments not completed whose due date is on or before `until`, earliest first. */
export function dueAssessments(db: Db, until: string): AssessmentRow[] {
  const rows = db
    .prepare("SELECT * FROM assessments WHERE status <> 'completed' AND due_date IS NOT NULL AND due_date <= ? ORDER BY due_date, length(ref), ref")
    .all(until) as RawAssessmentRow[]
  return rows.map(toAssessment)
}

export interface AssessmentChanges {
  title?: string
  assignee?: string
  dueDate?: string | null
  status?: AssessmentStatus
  completedAt?: string | null
  /** Answers changed: only the version and the time move on (the answer has its own audit entry). */
  touch?: boolean
}

const columns: Record<keyof Omit<AssessmentChanges, 'touch'>, string> = { title: 'title', assignee: 'assignee', dueDate: 'due_date', status: 'status', completedAt: 'completed_at' }

/** Applies the changes that differ, bumps the version and records one audit entry. */
export function updateAssessment(db: Db, actor: Actor, id: string, changes: AssessmentChanges, expectedVersion?: number, now = new Date().toISOString()): AssessmentRow {
  const before = getAssessment(db, id)
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new DomainError('VERSION_CONFLICT', { expected: expectedVersion, actual: before.version })
  const sets: string[] = []
  const params: unknown[] = []
  const diff: FieldChange[] = []
  for (const [field, column] of Object.entries(columns) as Array<[keyof typeof columns, string]>) {
    const value = changes[field]
    if (value === undefined || value === before[field]) continue
    sets.push(`${column} = ?`)
    params.push(value)
    diff.push({ field, before: before[field], after: value })
  }
  if (sets.length === 0 && !changes.touch) return before
  db.prepare(`UPDATE assessments SET ${[...sets, 'version = version + 1', 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...params, now, id)
  if (diff.length > 0) audit(db, actor, AUDIT_ENTITY.assessments, id, 'update', diff, now)
  return getAssessment(db, id)
}

/** Removes the assessment; answers, findings, actions and attachments go with it (one audit entry each). */
export function deleteAssessment(db: Db, actor: Actor, id: string, now = new Date().toISOString()): void {
  const before = getAssessment(db, id)
  for (const f of listFindings(db, id)) deleteFinding(db, actor, f.id, now)
  const files = db.prepare('SELECT id, name, sha256, size FROM attachments WHERE assessment_id = ?').all(id) as Array<{ id: string; name: string; sha256: string; size: number }>
  for (const file of files) {
    db.prepare('DELETE FROM attachments WHERE id = ?').run(file.id)
    audit(db, actor, AUDIT_ENTITY.attachments, file.id, 'delete', [{ field: 'name', before: file.name, after: null }, { field: 'sha256', before: file.sha256, after: null }], now)
  }
  db.prepare('DELETE FROM assessments WHERE id = ?').run(id)
  audit(db, actor, AUDIT_ENTITY.assessments, id, 'delete', [{ field: 'ref', before: before.ref, after: null }, { field: 'title', before: before.title, after: null }], now)
}

// ---------------------------------------------------------------------------------------------
// Answers

export interface AnswerRow {
  questionId: string
  value: AnswerValue | null
  comment: string
  answeredBy: string
  answeredAt: string
}

interface RawAnswerRow {
  question_id: string
  value: string | null
  comment: string
  author: string
  answered_at: string
}

const toAnswer = (r: RawAnswerRow): AnswerRow => ({
  questionId: r.question_id,
  value: r.value === null ? null : (JSON.parse(r.value) as AnswerValue),
  comment: r.comment,
  answeredBy: r.author,
  answeredAt: r.answered_at
})

export function listAnswers(db: Db, assessmentId: string): AnswerRow[] {
  return (db.prepare('SELECT * FROM assessment_answers WHERE assessment_id = ? ORDER BY question_id').all(assessmentId) as RawAnswerRow[]).map(toAnswer)
}

/** Answers of several assessments at once (lists, the start page). */
export function answersOf(db: Db, assessmentIds: readonly string[]): Map<string, AnswerRow[]> {
  const out = new Map<string, AnswerRow[]>()
  if (assessmentIds.length === 0) return out
  const rows = db
    .prepare('SELECT * FROM assessment_answers WHERE assessment_id IN (SELECT value FROM json_each(?)) ORDER BY question_id')
    .all(JSON.stringify(assessmentIds)) as Array<RawAnswerRow & { assessment_id: string }>
  for (const row of rows) {
    let list = out.get(row.assessment_id)
    if (!list) out.set(row.assessment_id, (list = []))
    list.push(toAnswer(row))
  }
  return out
}

/**
 * Sets, replaces or (value null and empty comment) removes one answer, with an audit entry on
 * the assessment naming the question. Returns false when nothing changed.
 */
export function writeAnswer(
  db: Db,
  actor: Actor,
  assessmentId: string,
  questionId: string,
  value: AnswerValue | null,
  comment: string,
  now = new Date().toISOString()
): boolean {
  const row = db.prepare('SELECT * FROM assessment_answers WHERE assessment_id = ? AND question_id = ?').get(assessmentId, questionId) as RawAnswerRow | undefined
  const before = row ? toAnswer(row) : null
  const after = value === null && comment === '' ? null : { value, comment }
  const same = JSON.stringify(before ? { value: before.value, comment: before.comment } : null) === JSON.stringify(after)
  if (same) return false
  if (after === null) db.prepare('DELETE FROM assessment_answers WHERE assessment_id = ? AND question_id = ?').run(assessmentId, questionId)
  else
    db.prepare(
      `INSERT INTO assessment_answers (assessment_id, question_id, value, comment, author, answered_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, comment = excluded.comment, author = excluded.author, answered_at = excluded.answered_at`
    ).run(assessmentId, questionId, value === null ? null : JSON.stringify(value), comment, actor.author, now)
  const change: FieldChange = { field: `answers.${questionId}`, before: before ? { value: before.value, comment: before.comment } : null, after }
  audit(db, actor, AUDIT_ENTITY.assessments, assessmentId, 'update', [change], now)
  return true
}

// ---------------------------------------------------------------------------------------------
// Findings and actions

interface RawFindingRow {
  id: string
  assessment_id: string
  question_id: string | null
  title: string
  description: string
  severity: FindingSeverity
  created_at: string
  updated_at: string
}

const toFinding = (r: RawFindingRow): AssessmentFinding => ({
  id: r.id,
  assessmentId: r.assessment_id,
  questionId: r.question_id,
  title: r.title,
  description: r.description,
  severity: r.severity,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

const severityOrder = "CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END"

export function listFindings(db: Db, assessmentId: string): AssessmentFinding[] {
  return (db.prepare(`SELECT * FROM assessment_findings WHERE assessment_id = ? ORDER BY ${severityOrder}, created_at, id`).all(assessmentId) as RawFindingRow[]).map(toFinding)
}

export function getFinding(db: Db, id: string): AssessmentFinding {
  const row = db.prepare('SELECT * FROM assessment_findings WHERE id = ?').get(id) as RawFindingRow | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return toFinding(row)
}

export function insertFinding(
  db: Db,
  actor: Actor,
  input: { assessmentId: string; questionId: string | null; title: string; description: string; severity: FindingSeverity },
  now = new Date().toISOString()
): AssessmentFinding {
  const id = randomUUID()
  db.prepare('INSERT INTO assessment_findings (id, assessment_id, question_id, title, description, severity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    input.assessmentId,
    input.questionId,
    input.title,
    input.description,
    input.severity,
    now,
    now
  )
  audit(db, actor, AUDIT_ENTITY.findings, id, 'create', createdFields({ ...input }), now)
  return getFinding(db, id)
}

export function updateFinding(
  db: Db,
  actor: Actor,
  id: string,
  changes: { title?: string; description?: string; severity?: FindingSeverity; questionId?: string | null },
  now = new Date().toISOString()
): AssessmentFinding {
  const before = getFinding(db, id)
  const after = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as AssessmentFinding
  const diff = diffFields(
    { title: before.title, description: before.description, severity: before.severity, questionId: before.questionId },
    { title: after.title, description: after.description, severity: after.severity, questionId: after.questionId }
  )
  if (diff.length === 0) return before
  db.prepare('UPDATE assessment_findings SET title = ?, description = ?, severity = ?, question_id = ?, updated_at = ? WHERE id = ?').run(
    after.title,
    after.description,
    after.severity,
    after.questionId,
    now,
    id
  )
  audit(db, actor, AUDIT_ENTITY.findings, id, 'update', diff, now)
  return getFinding(db, id)
}

/** Deletes a finding and its actions, each with its audit entry. */
export function deleteFinding(db: Db, actor: Actor, id: string, now = new Date().toISOString()): void {
  const before = getFinding(db, id)
  for (const action of listActions(db, { findingId: id })) deleteAction(db, actor, action.id, now)
  db.prepare('DELETE FROM assessment_findings WHERE id = ?').run(id)
  audit(db, actor, AUDIT_ENTITY.findings, id, 'delete', [{ field: 'title', before: before.title, after: null }, { field: 'assessmentId', before: before.assessmentId, after: null }], now)
}

interface RawActionRow {
  id: string
  finding_id: string
  assessment_id: string
  title: string
  description: string
  owner: string
  due_date: string | null
  status: ActionStatus
  created_at: string
  updated_at: string
  done_at: string | null
}

const toAction = (r: RawActionRow): RemediationAction => ({
  id: r.id,
  findingId: r.finding_id,
  assessmentId: r.assessment_id,
  title: r.title,
  description: r.description,
  owner: r.owner,
  dueDate: r.due_date,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  doneAt: r.done_at
})

const ACTION_SELECT = 'SELECT a.*, f.assessment_id FROM assessment_actions a JOIN assessment_findings f ON f.id = a.finding_id'

export function listActions(db: Db, where: { assessmentId?: string; findingId?: string }): RemediationAction[] {
  if (where.findingId) return (db.prepare(`${ACTION_SELECT} WHERE a.finding_id = ? ORDER BY a.created_at, a.id`).all(where.findingId) as RawActionRow[]).map(toAction)
  return (db.prepare(`${ACTION_SELECT} WHERE f.assessment_id = ? ORDER BY a.created_at, a.id`).all(where.assessmentId) as RawActionRow[]).map(toAction)
}

export function getAction(db: Db, id: string): RemediationAction {
  const row = db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as RawActionRow | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return toAction(row)
}

/** Actions not done whose due date is on or before `until`, earliest first. */
export function dueActions(db: Db, until: string): RemediationAction[] {
  return (
    db.prepare(`${ACTION_SELECT} WHERE a.status <> 'done' AND a.due_date IS NOT NULL AND a.due_date <= ? ORDER BY a.due_date, a.created_at`).all(until) as RawActionRow[]
  ).map(toAction)
}

export function insertAction(
  db: Db,
  actor: Actor,
  input: { findingId: string; title: string; description: string; owner: string; dueDate: string | null; status: ActionStatus },
  now = new Date().toISOString()
): RemediationAction {
  const id = randomUUID()
  db.prepare(
    'INSERT INTO assessment_actions (id, finding_id, title, description, owner, due_date, status, created_at, updated_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(id, input.findingId, input.title, input.description, input.owner, input.dueDate, input.status, now, now, input.status === 'done' ? now : null)
  audit(db, actor, AUDIT_ENTITY.actions, id, 'create', createdFields({ ...input }), now)
  return getAction(db, id)
}

export function updateAction(
  db: Db,
  actor: Actor,
  id: string,
  changes: { title?: string; description?: string; owner?: string; dueDate?: string | null; status?: ActionStatus },
  now = new Date().toISOString()
): RemediationAction {
  const before = getAction(db, id)
  const after = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as RemediationAction
  const pick = (a: RemediationAction) => ({ title: a.title, description: a.description, owner: a.owner, dueDate: a.dueDate, status: a.status })
  const diff = diffFields(pick(before), pick(after))
  if (diff.length === 0) return before
  const doneAt = after.status === 'done' ? (before.doneAt ?? now) : null
  db.prepare('UPDATE assessment_actions SET title = ?, description = ?, owner = ?, due_date = ?, status = ?, done_at = ?, updated_at = ? WHERE id = ?').run(
    after.title,
    after.description,
    after.owner,
    after.dueDate,
    after.status,
    doneAt,
    now,
    id
  )
  audit(db, actor, AUDIT_ENTITY.actions, id, 'update', diff, now)
  return getAction(db, id)
}

export function deleteAction(db: Db, actor: Actor, id: string, now = new Date().toISOString()): void {
  const before = getAction(db, id)
  db.prepare('DELETE FROM assessment_actions WHERE id = ?').run(id)
  audit(db, actor, AUDIT_ENTITY.actions, id, 'delete', [{ field: 'title', before: before.title, after: null }, { field: 'findingId', before: before.findingId, after: null }], now)
}

/** Per assessment: findings with an action not done or without any action, actions not done, attachments. */
export function assessmentCounts(db: Db): Map<string, { openFindings: number; openActions: number; attachments: number }> {
  const out = new Map<string, { openFindings: number; openActions: number; attachments: number }>()
  const get = (id: string) => {
    let c = out.get(id)
    if (!c) out.set(id, (c = { openFindings: 0, openActions: 0, attachments: 0 }))
    return c
  }
  const findings = db
    .prepare(
      `SELECT f.assessment_id AS id,
              sum(CASE WHEN NOT EXISTS (SELECT 1 FROM assessment_actions a WHERE a.finding_id = f.id)
                         OR EXISTS (SELECT 1 FROM assessment_actions a WHERE a.finding_id = f.id AND a.status <> 'done') THEN 1 ELSE 0 END) AS n
       FROM assessment_findings f GROUP BY f.assessment_id`
    )
    .all() as Array<{ id: string; n: number }>
  for (const r of findings) get(r.id).openFindings = r.n
  const actions = db
    .prepare("SELECT f.assessment_id AS id, count(*) AS n FROM assessment_actions a JOIN assessment_findings f ON f.id = a.finding_id WHERE a.status <> 'done' GROUP BY f.assessment_id")
    .all() as Array<{ id: string; n: number }>
  for (const r of actions) get(r.id).openActions = r.n
  const files = db.prepare('SELECT assessment_id AS id, count(*) AS n FROM attachments GROUP BY assessment_id').all() as Array<{ id: string; n: number }>
  for (const r of files) get(r.id).attachments = r.n
  return out
}

// ---------------------------------------------------------------------------------------------
// Schedules

export interface ScheduleRow {
  id: string
  templateKey: string
  target: Target
  intervalMonths: number
  nextDue: string
  assignee: string
  lastAssessmentId: string | null
  createdAt: string
  updatedAt: string
}

interface RawScheduleRow {
  id: string
  template_key: string
  target_type: TargetType
  target_id: string
  interval_months: number
  next_due: string
  assignee: string
  last_assessment_id: string | null
  created_at: string
  updated_at: string
}

const toSchedule = (r: RawScheduleRow): ScheduleRow => ({
  id: r.id,
  templateKey: r.template_key,
  target: targetOf(r.target_type, r.target_id),
  intervalMonths: r.interval_months,
  nextDue: r.next_due,
  assignee: r.assignee,
  lastAssessmentId: r.last_assessment_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

export function listSchedules(db: Db, target?: Target): ScheduleRow[] {
  if (target) {
    const t = targetKey(target)
    return (db.prepare('SELECT * FROM assessment_schedules WHERE target_type = ? AND target_id = ? ORDER BY next_due, template_key').all(t.type, t.id) as RawScheduleRow[]).map(toSchedule)
  }
  return (db.prepare('SELECT * FROM assessment_schedules ORDER BY next_due, template_key').all() as RawScheduleRow[]).map(toSchedule)
}

export function dueSchedules(db: Db, until: string): ScheduleRow[] {
  return (db.prepare('SELECT * FROM assessment_schedules WHERE next_due <= ? ORDER BY next_due, template_key').all(until) as RawScheduleRow[]).map(toSchedule)
}

export function getSchedule(db: Db, id: string): ScheduleRow {
  const row = db.prepare('SELECT * FROM assessment_schedules WHERE id = ?').get(id) as RawScheduleRow | undefined
  if (!row) throw new DomainError('NOT_FOUND', { id })
  return toSchedule(row)
}

export function findSchedule(db: Db, templateKey: string, target: Target): ScheduleRow | null {
  const t = targetKey(target)
  const row = db.prepare('SELECT * FROM assessment_schedules WHERE template_key = ? AND target_type = ? AND target_id = ?').get(templateKey, t.type, t.id) as RawScheduleRow | undefined
  return row ? toSchedule(row) : null
}

export function schedulesUsing(db: Db, templateKey: string): number {
  return (db.prepare('SELECT count(*) AS n FROM assessment_schedules WHERE template_key = ?').get(templateKey) as { n: number }).n
}

/** Creates the schedule of a template and target, or changes its interval, next date and assignee. */
export function setSchedule(
  db: Db,
  actor: Actor,
  input: { templateKey: string; target: Target; intervalMonths: number; nextDue: string; assignee: string; lastAssessmentId?: string | null },
  now = new Date().toISOString()
): ScheduleRow {
  const before = findSchedule(db, input.templateKey, input.target)
  if (!before) {
    const id = randomUUID()
    const t = targetKey(input.target)
    db.prepare(
      `INSERT INTO assessment_schedules (id, template_key, target_type, target_id, interval_months, next_due, assignee, last_assessment_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(id, input.templateKey, t.type, t.id, input.intervalMonths, input.nextDue, input.assignee, input.lastAssessmentId ?? null, now, now)
    audit(db, actor, AUDIT_ENTITY.schedules, id, 'create', createdFields({ templateKey: input.templateKey, target: input.target, intervalMonths: input.intervalMonths, nextDue: input.nextDue, assignee: input.assignee }), now)
    return getSchedule(db, id)
  }
  const after = { intervalMonths: input.intervalMonths, nextDue: input.nextDue, assignee: input.assignee, lastAssessmentId: input.lastAssessmentId === undefined ? before.lastAssessmentId : input.lastAssessmentId }
  const diff = diffFields({ intervalMonths: before.intervalMonths, nextDue: before.nextDue, assignee: before.assignee, lastAssessmentId: before.lastAssessmentId }, after)
  if (diff.length === 0) return before
  db.prepare('UPDATE assessment_schedules SET interval_months = ?, next_due = ?, assignee = ?, last_assessment_id = ?, updated_at = ? WHERE id = ?').run(
    after.intervalMonths,
    after.nextDue,
    after.assignee,
    after.lastAssessmentId,
    now,
    before.id
  )
  audit(db, actor, AUDIT_ENTITY.schedules, before.id, 'update', diff, now)
  return getSchedule(db, before.id)
}

export function removeSchedule(db: Db, actor: Actor, id: string, now = new Date().toISOString()): void {
  const before = getSchedule(db, id)
  db.prepare('DELETE FROM assessment_schedules WHERE id = ?').run(id)
  audit(db, actor, AUDIT_ENTITY.schedules, id, 'delete', [{ field: 'templateKey', before: before.templateKey, after: null }, { field: 'target', before: before.target, after: null }], now)
}
