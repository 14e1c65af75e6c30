import { randomUUID } from 'node:crypto'
import { DomainError } from '../../shared/errors'
import type { ImportField, ImportIssue, ImportMapping, ImportReport, PreviewResult, PreviewRow } from '../../shared/imports'
import { translate, type Locale, type MessageKey } from '../../shared/i18n'
import { ActivityInput, type Regime } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import { addFromCatalog } from '../catalogs/workspace-catalog'
import type { Catalogs } from '../catalogs'
import { allEntities, createEntity, getOrganisation, updateEntity, type Actor, type Db, type EntityDoc } from '../workspace'
import { diffFields } from '../workspace/fields'
import { findByRef } from '../workspace/imports'
import { issueText, type LoadedSheet } from './parse'
import type { IssueDraft } from './read'
import { parseDate, parseLegalBases, parseRetention, parseStatus, parseTransfers, splitList, splitPurposes } from './values'

type Doc = Record<string, unknown>
type LinkKind = Extract<RegistryKind, 'dataSubjects' | 'dataCategories' | 'recipients' | 'systems' | 'toms'>

/** Spreadsheet field → activity input field and the registry its names are looked up in. */
const linkFields: Partial<Record<ImportField, { field: string; kind: LinkKind }>> = {
  dataSubjects: { field: 'dataSubjectIds', kind: 'dataSubjects' },
  dataCategories: { field: 'dataCategoryIds', kind: 'dataCategories' },
  recipients: { field: 'recipientIds', kind: 'recipients' },
  systems: { field: 'systemIds', kind: 'systems' },
  toms: { field: 'tomIds', kind: 'toms' }
}
const textFields: Partial<Record<ImportField, string>> = {
  name: 'name',
  description: 'description',
  tomSummary: 'tomSummary',
  owner: 'owner',
  jointControllers: 'jointControllers',
  legalBasisNotes: 'legalBasisNotes'
}

// ---------------------------------------------------------------------------------------------
// The plan: what a commit would do, row by row

interface NewLinked {
  kind: LinkKind
  name: string
  placeholder: string
  catalogKey: string | null
}

interface PlannedRow extends PreviewRow {
  /** Complete input (create) or patch (update), with placeholder ids for entities still to be made. */
  input: Doc
}

export interface Plan {
  sheet: string
  rows: PlannedRow[]
  newEntities: NewLinked[]
  issues: ImportIssue[]
}

const catalogLabelKinds = { dataCategories: 'dataCategories', dataSubjects: 'dataSubjectCategories', toms: 'toms' } as const

class Linker {
  private readonly byName = new Map<string, string>()
  private readonly byKey = new Map<string, string>()
  private readonly names = new Map<string, string>()
  readonly created = new Map<string, NewLinked>()

  constructor(
    entities: Array<{ kind: RegistryKind; doc: EntityDoc }>,
    private readonly catalogs: Catalogs
  ) {
    for (const { kind, doc } of entities) {
      const nameKey = `${kind}|${String(doc.name).trim().toLowerCase()}`
      if (!this.byName.has(nameKey) || doc.archivedAt === null) this.byName.set(nameKey, doc.id)
      if (typeof doc.catalogKey === 'string') this.byKey.set(`${kind}|${doc.catalogKey}`, doc.id)
      this.names.set(doc.id, String(doc.name))
    }
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? [...this.created.values()].find((n) => n.placeholder === id)?.name ?? id
  }

  private catalogKey(kind: LinkKind, name: string): string | null {
    if (kind !== 'dataCategories' && kind !== 'dataSubjects' && kind !== 'toms') return null
    const lower = name.toLowerCase()
    const list = this.catalogs[catalogLabelKinds[kind]] as ReadonlyArray<{ key: string; label: { de: string; en: string; 'de-CH'?: string } }>
    return list.find((e) => [e.label.de, e.label.en, e.label['de-CH'], e.label.de.replaceAll('ß', 'ss')].some((l) => l?.toLowerCase() === lower))?.key ?? null
  }

  /** The id for a name: an existing entity by name or catalog label, else a placeholder for a new one. */
  resolve(kind: LinkKind, name: string, createMissing: boolean): string | null {
    const lower = name.trim().toLowerCase()
    const existing = this.byName.get(`${kind}|${lower}`)
    if (existing) return existing
    const key = this.catalogKey(kind, name)
    if (key && this.byKey.has(`${kind}|${key}`)) return this.byKey.get(`${kind}|${key}`)!
    const pending = this.created.get(`${kind}|${key ?? lower}`)
    if (pending) return pending.placeholder
    if (!createMissing) return null
    const entry: NewLinked = { kind, name: name.trim(), placeholder: randomUUID(), catalogKey: key }
    this.created.set(`${kind}|${key ?? lower}`, entry)
    return entry.placeholder
  }
}

const inputFieldOf = (f: ImportField): string => linkFields[f]?.field ?? textFields[f] ?? f

export function buildPlan(
  db: Db,
  catalogs: Catalogs,
  loaded: LoadedSheet,
  mapping: ImportMapping,
  options: { createMissing: boolean; clearEmpty: boolean },
  locale: Locale
): Plan {
  const { sheet, headers } = loaded
  const issues: IssueDraft[] = [...loaded.issues]
  const columns: Array<{ index: number; header: string; field: ImportField }> = []
  for (const [header, field] of Object.entries(mapping)) {
    if (field === 'ignore') continue
    const index = headers.indexOf(header)
    if (index < 0) {
      issues.push({ code: 'mapping.unknownHeader', severity: 'warning', column: header })
      continue
    }
    columns.push({ index, header, field })
  }
  if (!columns.some((c) => c.field === 'name')) throw new DomainError('IMPORT_INVALID', { reason: 'no column is mapped to the name of the activity' })
  const columnOf = (field: string): string | null => columns.find((c) => inputFieldOf(c.field) === field || c.field === field)?.header ?? null
  const org = getOrganisation(db)
  const regimes: Regime[] = org.regimes
  const all = allEntities(db)
  const linker = new Linker(all, catalogs)
  const activities = all.filter((e) => e.kind === 'activities').map((e) => e.doc)
  const byName = new Map<string, EntityDoc>()
  for (const a of activities) if (!byName.has(String(a.name).trim().toLowerCase())) byName.set(String(a.name).trim().toLowerCase(), a)
  const seen = new Map<string, number>()
  const rows: PlannedRow[] = []
  const t = (key: MessageKey, params?: Record<string, string | number>): string => translate(locale, key, params)

  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]
    const rowNumber = sheet.firstRow + r
    if (cells.every((c) => c === '')) continue
    const errors: PreviewRow['errors'] = []
    const warnings: PreviewRow['warnings'] = []
    const patch: Doc = {}
    const display: Doc = {}
    const notesParts: string[] = []
    let ref = ''
    for (const col of columns) {
      const cell = cells[col.index] ?? ''
      const field = col.field
      if (cell === '' && !options.clearEmpty) continue
      if (field === 'ref') {
        ref = cell
        continue
      }
      const link = linkFields[field]
      if (link) {
        const names = splitList(cell)
        const ids: string[] = []
        for (const name of names) {
          const id = linker.resolve(link.kind, name, options.createMissing)
          if (id) ids.push(id)
          else errors.push({ column: col.header, field, message: t('import.row.unknownEntity', { name }) })
        }
        patch[link.field] = ids
        display[field] = names
      } else if (field === 'purposes') {
        patch.purposes = splitPurposes(cell)
        display.purposes = patch.purposes
      } else if (field === 'legalBases') {
        const parsed = parseLegalBases(cell, regimes)
        patch.legalBases = parsed.codes
        display.legalBases = parsed.codes
        if (parsed.unmatched.length) {
          patch.legalBasisNotes = parsed.unmatched.join('; ')
          display.legalBasisNotes = patch.legalBasisNotes
          warnings.push({ column: col.header, field, message: t('import.row.legalBasisNotes', { text: parsed.unmatched.join('; ') }) })
        }
      } else if (field === 'transfers') {
        const parsed = parseTransfers(cell, regimes)
        patch.transfers = parsed.transfers
        display.transfers = parsed.transfers.map((x) => `${x.country}${x.mechanism ? ` (${x.mechanism})` : ''}`)
        if (parsed.unparsed) {
          warnings.push({ column: col.header, field, message: t('import.row.transferText', { text: cell }) })
          if (parsed.transfers.length === 0) notesParts.push(`${col.header}: ${cell}`)
        }
      } else if (field === 'retention') {
        patch.retention = cell === '' ? [] : parseRetention(cell)
        display.retention = patch.retention
      } else if (field === 'status') {
        const status = cell === '' ? 'draft' : parseStatus(cell)
        if (status) patch.status = status
        else errors.push({ column: col.header, field, message: t('import.row.status', { value: cell }) })
        display.status = status ?? cell
      } else if (field === 'reviewDate') {
        const date = cell === '' ? null : parseDate(cell)
        if (date === undefined) errors.push({ column: col.header, field, message: t('import.row.date', { value: cell }) })
        else patch.reviewDate = date
        display.reviewDate = date ?? cell
      } else if (field === 'notes') {
        if (cell) notesParts.push(columns.filter((c) => c.field === 'notes').length > 1 ? `${col.header}: ${cell}` : cell)
      } else {
        patch[inputFieldOf(field)] = cell
        display[field] = cell
      }
    }
    const nameKey = String(patch.name ?? '')
      .trim()
      .toLowerCase()
    // Match: by reference, else by name.
    let existing: EntityDoc | null = null
    let matchedBy: PlannedRow['matchedBy'] = null
    if (ref) {
      existing = findByRef(db, 'activities', ref)
      if (existing) matchedBy = 'ref'
      else if (/^VT-\d+$/i.test(ref)) warnings.push({ column: columnOf('ref'), field: 'ref', message: t('import.row.refNotFound', { ref }) })
    }
    if (!existing && nameKey) {
      existing = byName.get(nameKey) ?? null
      if (existing) matchedBy = 'name'
    }
    const identity = existing?.id ?? `name:${nameKey}`
    if (nameKey && seen.has(identity)) errors.push({ column: columnOf('name'), field: 'name', message: t('import.row.duplicate', { row: seen.get(identity)! }) })
    else if (nameKey) seen.set(identity, rowNumber)

    if (notesParts.length) {
      const before = existing ? String(existing.notes ?? '') : ''
      const add = notesParts.filter((p) => !before.split('\n').includes(p))
      if (add.length || !existing) patch.notes = [before, ...add].filter(Boolean).join('\n')
      display.notes = notesParts.join('\n')
    }

    let input: Doc = patch
    let diff: PreviewRow['diff'] = []
    let action: PreviewRow['action'] = existing ? 'update' : 'create'
    const current: Doc | null = existing ? Object.fromEntries(Object.keys(ActivityInput.shape).map((k) => [k, existing![k]])) : null
    // Lists of links in another order are the same links: keep the stored order then.
    if (current) {
      for (const link of Object.values(linkFields)) {
        const now = patch[link!.field] as string[] | undefined
        const was = current[link!.field] as string[] | undefined
        if (now && was && now.length === was.length && now.every((id) => was.includes(id))) patch[link!.field] = was
      }
    }
    const parsed = ActivityInput.safeParse(current ? { ...current, ...patch } : patch)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '')
        errors.push({ column: columnOf(field), field: issue.path.join('.'), message: issue.message })
      }
    } else if (current) {
      diff = diffFields(current, parsed.data as Doc)
      input = Object.fromEntries(diff.map((d) => [d.field, (parsed.data as Doc)[d.field]]))
      if (diff.length === 0) action = 'unchanged'
    } else input = parsed.data as Doc
    if (errors.length) action = 'skip'
    const nameOf = (v: unknown): unknown => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? linker.nameOf(x) : x)) : v)
    rows.push({
      row: rowNumber,
      action,
      matchedBy,
      existing: existing ? { id: existing.id, ref: existing.ref, name: String(existing.name) } : null,
      data: display,
      errors,
      warnings,
      diff: diff.map((d) => (d.field.endsWith('Ids') ? { field: d.field, before: nameOf(d.before), after: nameOf(d.after) } : d)),
      input
    })
  }
  if (rows.length === 0) throw new DomainError('IMPORT_INVALID', { reason: 'the sheet has a header row but no data rows' })
  // Only the entities rows that will be written actually use.
  const used = new Set(rows.filter((r) => r.action === 'create' || r.action === 'update').flatMap((r) => Object.values(r.input).flatMap((v) => (Array.isArray(v) ? v : [v]))))
  const newEntities = [...linker.created.values()].filter((n) => used.has(n.placeholder))
  for (const n of newEntities) issues.push({ code: 'entity.new', severity: 'info', params: { kind: n.kind, name: n.name } })
  return { sheet: sheet.name, rows, newEntities, issues: issues.map((i) => issueText(locale, i)) }
}

export function previewOf(plan: Plan): PreviewResult {
  const counts = { create: 0, update: 0, unchanged: 0, skip: 0 }
  for (const r of plan.rows) counts[r.action]++
  return {
    sheet: plan.sheet,
    rows: plan.rows.map(({ input: _input, ...row }) => row),
    counts,
    newEntities: plan.newEntities.map((n) => ({ kind: n.kind, name: n.name })),
    issues: plan.issues
  }
}

/** Writes a plan (inside the caller's transaction). Placeholders become the ids of the entities made first. */
export function applyPlan(db: Db, actor: Actor, catalogs: Catalogs, locale: Locale, plan: Plan, now = new Date().toISOString()): Omit<ImportReport, 'dryRun' | 'backupFile' | 'issues' | 'skippedRows'> {
  const ids = new Map<string, string>()
  const createdEntities: ImportReport['createdEntities'] = []
  for (const n of plan.newEntities) {
    let entity: EntityDoc
    if (n.catalogKey && (n.kind === 'dataCategories' || n.kind === 'dataSubjects' || n.kind === 'toms')) {
      const id = addFromCatalog(db, actor, catalogs, n.kind, n.catalogKey, locale)
      entity = allEntities(db).find((e) => e.doc.id === id)!.doc
    } else entity = createEntity(db, actor, n.kind, n.kind === 'recipients' ? { name: n.name, kind: 'other' } : { name: n.name }, now)
    ids.set(n.placeholder, entity.id)
    createdEntities.push({ kind: n.kind, id: entity.id, ref: entity.ref, name: String(entity.name) })
  }
  const swap = (value: unknown): unknown => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? (ids.get(v) ?? v) : v)) : value)
  const report = { created: 0, updated: 0, unchanged: 0, createdEntities, activities: [] as ImportReport['activities'] }
  for (const row of plan.rows) {
    if (row.action === 'skip') continue
    if (row.action === 'unchanged') {
      report.unchanged++
      report.activities.push({ kind: 'activities', id: row.existing!.id, ref: row.existing!.ref, name: row.existing!.name, action: 'unchanged' })
      continue
    }
    const input = Object.fromEntries(Object.entries(row.input).map(([k, v]) => [k, swap(v)]))
    if (row.action === 'create') {
      const e = createEntity(db, actor, 'activities', input, now)
      report.created++
      report.activities.push({ kind: 'activities', id: e.id, ref: e.ref, name: String(e.name), action: 'create' })
    } else {
      const e = updateEntity(db, actor, 'activities', row.existing!.id, input, undefined, now)
      report.updated++
      report.activities.push({ kind: 'activities', id: e.id, ref: e.ref, name: String(e.name), action: 'update' })
    }
  }
  return report
}

export const skippedRows = (plan: Plan): ImportReport['skippedRows'] =>
  plan.rows.filter((r) => r.action === 'skip').map((r) => ({ row: r.row, reasons: r.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)) }))
