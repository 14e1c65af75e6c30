import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { isUserTemplateKey, USER_TEMPLATE_PREFIX, type AssessmentSummary, type ChecklistTemplateInput, type Schedule, type Target, type TemplateSummary } from '../../../../shared/checklists'
import { translate } from '../../../../shared/i18n'
import { asApiError, call, type ApiError } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { DataTable, type Column } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { PageHeading } from '../../components/PageHeading'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf, navigate } from '../../hooks/useRoute'
import { errorText, formatDate, issueText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { AssessmentPage } from './AssessmentPage'
import { download, fileToText, percent, text, today } from './files'
import { TargetPicker, targetReady } from './TargetPicker'
import { TemplateEditor } from './TemplateEditor'
import './checklists.css'

/** #/checklists: templates, assessments, schedules; #/checklists/<id>: one assessment. */
export function ChecklistsPage({ id }: { id: string | null }): ReactNode {
  if (id) return <AssessmentPage key={id} id={id} />
  return <ChecklistsOverview />
}

/** An error with its issues, as a list the user can act on. */
export function ErrorWithIssues({ error, prefix }: { error: ApiError | null; prefix?: string }): ReactNode {
  const { t } = useI18n()
  if (!error) return null
  return (
    <div role="alert" className="alert alert-error">
      {prefix ?? errorText(t, error)}
      {error.issues.length > 0 ? (
        <ul className="cl-issues">
          {error.issues.map((issue, i) => (
            <li key={i}>
              <span className="mono">{issue.path}</span>: {issueText(t, issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function ChecklistsOverview(): ReactNode {
  const { t, locale } = useI18n()
  const templates = useLoad('templates', () => call('checklists.templates', {}))
  const assessments = useLoad('assessments', () => call('assessments.list', {}))
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<{ template: ChecklistTemplateInput; expectedVersion?: number } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  if (editing) {
    return (
      <TemplateEditor
        initial={editing.template}
        expectedVersion={editing.expectedVersion}
        onDone={(saved) => {
          setEditing(null)
          if (saved) {
            setNotice(t('cl.templates.saved', { title: text(locale, saved.title), version: saved.version }))
            templates.reload()
          }
        }}
      />
    )
  }

  const loadError = templates.error ?? assessments.error
  return (
    <>
      <PageHeading
        title={t('cl.heading')}
        intro={t('cl.intro')}
        actions={
          <button type="button" className="button-primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
            {t('cl.new.button')}
          </button>
        }
      />
      {loadError ? <Alert message={t('cl.loadError', { message: errorText(t, loadError) })} /> : null}
      <Notice message={notice} />
      {creating && templates.data ? <NewAssessment templates={templates.data} onCancel={() => setCreating(false)} /> : null}
      <DueSection />
      <AssessmentList rows={assessments.data ?? []} busy={assessments.loading} />
      <TemplateList
        rows={templates.data ?? []}
        onEdit={(template, expectedVersion) => setEditing({ template, expectedVersion })}
        onChanged={(message) => {
          setNotice(message)
          templates.reload()
        }}
      />
      <ScheduleSection templates={templates.data ?? []} />
    </>
  )
}

// ---------------------------------------------------------------------------------------------

function NewAssessment({ templates, onCancel }: { templates: TemplateSummary[]; onCancel: () => void }): ReactNode {
  const { t } = useI18n()
  const id = useId()
  const [key, setKey] = useState(templates[0]?.key ?? '')
  const template = templates.find((x) => x.key === key)
  const [target, setTarget] = useState<Target | null>(template?.targets[0] === 'organisation' ? { type: 'organisation' } : null)
  const [assignee, setAssignee] = useState('')
  const [due, setDue] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [targetError, setTargetError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const types = template?.targets ?? ['organisation']
  const effective = target && types.includes(target.type) ? target : null

  const submit = async (): Promise<void> => {
    if (!targetReady(effective) && types[0] !== 'organisation') {
      setTargetError(t('cl.new.pickTarget'))
      return
    }
    const chosen: Target = targetReady(effective) ? effective : { type: 'organisation' }
    setBusy(true)
    setError(null)
    try {
      const created = await call('assessments.create', { templateKey: key, target: chosen, assignee: assignee.trim() || undefined, dueDate: due || null })
      navigate('checklists', created.id)
    } catch (e) {
      setError(asApiError(e))
      setBusy(false)
    }
  }

  return (
    <section className="card cl-new" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('cl.new.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <TemplateSelect
          id={`${id}-template`}
          templates={templates}
          value={key}
          onChange={(next) => {
            setKey(next)
            setTarget(null)
            setTargetError(null)
          }}
        />
        <TargetPicker
          key={key}
          types={types}
          value={effective ?? (types[0] === 'organisation' ? { type: 'organisation' } : ({ type: types[0], id: '' } as Target))}
          onChange={(next) => {
            setTarget(next)
            setTargetError(null)
          }}
          error={targetError}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-assignee`}>{t('cl.new.assignee')}</label>
            <input id={`${id}-assignee`} type="text" value={assignee} onChange={(e) => setAssignee(e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('cl.new.due')}</label>
            <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
        </div>
        <ErrorWithIssues error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('cl.new.create')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cl.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}

// ---------------------------------------------------------------------------------------------

/** The template choice of the new-assessment and the schedule forms. */
function TemplateSelect(props: { id: string; templates: readonly TemplateSummary[]; value: string; onChange: (key: string) => void }): ReactNode {
  const { t, locale } = useI18n()
  return (
    <div className="field">
      <label htmlFor={props.id}>{t('cl.new.template')}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.templates.map((x) => (
          <option key={x.key} value={x.key}>
            {text(locale, x.title)}
          </option>
        ))}
      </select>
    </div>
  )
}

export function StatusPill({ status }: { status: AssessmentSummary['status'] }): ReactNode {
  const { t } = useI18n()
  return <span className={`status status-${status === 'completed' ? 'approved' : status}`}>{t(`cl.status.${status}`)}</span>
}

export function ProgressBar({ answered, total, label }: { answered: number; total: number; label: string }): ReactNode {
  const { t } = useI18n()
  return (
    <span className="cl-progress">
      <progress max={Math.max(total, 1)} value={answered} aria-label={label} />
      <span>{t('cl.progress', { answered, total })}</span>
    </span>
  )
}

function AssessmentList({ rows, busy }: { rows: AssessmentSummary[]; busy: boolean }): ReactNode {
  const { t, locale } = useI18n()
  const columns = useMemo<Column<AssessmentSummary>[]>(
    () => [
      {
        id: 'title',
        header: t('cl.col.title'),
        className: 'wide',
        cell: (a) => (
          <>
            <span className="mono muted">{a.ref}</span> <a href={hrefOf('checklists', a.id)}>{a.title}</a>
            {a.title !== text(locale, a.templateTitle) ? <div className="muted cl-small">{text(locale, a.templateTitle)}</div> : null}
          </>
        )
      },
      { id: 'target', header: t('cl.col.target'), cell: (a) => `${a.targetRef ? `${a.targetRef} ` : ''}${a.targetName}` },
      { id: 'status', header: t('cl.col.status'), cell: (a) => <StatusPill status={a.status} /> },
      { id: 'assignee', header: t('cl.col.assignee'), cell: (a) => a.assignee || t('cl.none') },
      { id: 'due', header: t('cl.col.due'), className: 'date', cell: (a) => formatDate(locale, a.dueDate) || t('cl.none') },
      {
        id: 'progress',
        header: t('cl.col.progress'),
        cell: (a) => <ProgressBar answered={a.progress.answered} total={a.progress.total} label={t('cl.progressLabel', { ...a.progress })} />
      },
      { id: 'score', header: t('cl.col.score'), cell: (a) => (a.score.value === null ? t('cl.none') : t('cl.score', { percent: percent(a.score.value) ?? '' })) }
    ],
    [t, locale]
  )
  return (
    <section aria-labelledby="cl-assessments-h">
      <h2 id="cl-assessments-h">{t('cl.assessments.heading')}</h2>
      {rows.length === 0 && !busy ? (
        <EmptyState title={t('cl.assessments.empty')} text={t('cl.assessments.emptyText')} />
      ) : (
        <DataTable caption={t('cl.assessments.caption')} rows={rows} columns={columns} getRowId={(a) => a.id} busy={busy} />
      )}
    </section>
  )
}

// ---------------------------------------------------------------------------------------------

/** The core translates issue messages into the workspace language: "exists" in any of them. */
const existsMessages = new Set(['checklist.template.exists', ...(['de', 'de-CH', 'en'] as const).map((l) => translate(l, 'checklist.template.exists'))])

function TemplateList({
  rows,
  onEdit,
  onChanged
}: {
  rows: TemplateSummary[]
  onEdit: (template: ChecklistTemplateInput, expectedVersion?: number) => void
  onChanged: (message: string) => void
}): ReactNode {
  const { t, locale } = useI18n()
  const [error, setError] = useState<ApiError | null>(null)
  const [importError, setImportError] = useState<ApiError | null>(null)
  const [replace, setReplace] = useState<{ json: string; key: string } | null>(null)
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const exportTemplate = async (key: string): Promise<void> => {
    setError(null)
    try {
      const file = await call('checklists.exportTemplate', { key })
      download(new Blob([file.json], { type: 'application/json' }), file.fileName)
    } catch (e) {
      setError(asApiError(e))
    }
  }

  const open = async (summary: TemplateSummary, copy: boolean): Promise<void> => {
    setError(null)
    try {
      const found = await call('checklists.template', { key: summary.key })
      if (copy) onEdit({ ...found.template, key: `user-${found.template.key}`.slice(0, 64), version: 1 })
      else onEdit(found.template, found.template.version)
    } catch (e) {
      setError(asApiError(e))
    }
  }

  const importJson = async (json: string, replaceExisting: boolean): Promise<void> => {
    setImportError(null)
    try {
      const stored = await call('checklists.importTemplate', { json, replace: replaceExisting })
      setReplace(null)
      onChanged(t('cl.templates.imported', { title: text(locale, stored.template.title) }))
    } catch (e) {
      const err = asApiError(e)
      const exists = err.issues.find((i) => existsMessages.has(i.message))
      if (exists && !replaceExisting) {
        let key = ''
        try {
          key = String((JSON.parse(json) as { template?: { key?: string } }).template?.key ?? '')
        } catch {
          key = ''
        }
        // A shipped key is stored with the user prefix: name the template that would be replaced.
        setReplace({ json, key: key && !isUserTemplateKey(key) ? `${USER_TEMPLATE_PREFIX}${key}` : key })
        return
      }
      setReplace(null)
      setImportError(err)
    }
  }

  const remove = async (summary: TemplateSummary): Promise<void> => {
    try {
      await call('checklists.deleteTemplate', { key: summary.key })
      setDeleting(null)
      onChanged('')
    } catch (e) {
      setDeleting(null)
      setError(asApiError(e))
    }
  }

  const columns: Column<TemplateSummary>[] = [
    { id: 'title', header: t('cl.col.title'), className: 'wide', cell: (x) => text(locale, x.title) },
    { id: 'kind', header: t('cl.col.kind'), cell: (x) => t(`cl.kind.${x.kind}`) },
    { id: 'targets', header: t('cl.col.targets'), cell: (x) => x.targets.map((ty) => t(`cl.target.${ty}`)).join(', ') },
    { id: 'questions', header: t('cl.col.questions'), className: 'num', cell: (x) => x.questions },
    { id: 'source', header: t('cl.col.source'), cell: (x) => `${t(`cl.source.${x.source}`)} · ${t('cl.version', { n: x.version })}` },
    {
      id: 'actions',
      header: t('cl.col.actions'),
      cell: (x) => {
        const title = text(locale, x.title)
        return (
          <span className="cl-row-actions">
            <button type="button" aria-label={t('cl.templates.exportOf', { title })} onClick={() => void exportTemplate(x.key)}>
              {t('cl.templates.export')}
            </button>
            {x.source === 'user' ? (
              <>
                <button type="button" aria-label={t('cl.templates.editOf', { title })} onClick={() => void open(x, false)}>
                  {t('cl.edit')}
                </button>
                <button type="button" className="button-quiet" aria-label={t('cl.templates.deleteOf', { title })} onClick={() => setDeleting(x)}>
                  {t('cl.delete')}
                </button>
              </>
            ) : (
              <button type="button" aria-label={t('cl.templates.copyOf', { title })} onClick={() => void open(x, true)}>
                {t('cl.templates.copy')}
              </button>
            )}
          </span>
        )
      }
    }
  ]

  return (
    <section aria-labelledby="cl-templates-h">
      <div className="cl-section-head">
        <h2 id="cl-templates-h">{t('cl.templates.heading')}</h2>
        <div className="actions">
          <button type="button" onClick={() => onEdit(blankTemplate(t('cl.templates.new')))}>
            {t('cl.templates.new')}
          </button>
          <label className="cl-file-button">
            {t('cl.templates.import')}
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={async (e) => {
                const file = e.target.files?.[0]
                e.target.value = ''
                if (file) await importJson(await fileToText(file), false)
              }}
            />
          </label>
        </div>
      </div>
      <ErrorWithIssues error={error} />
      <ErrorWithIssues error={importError} prefix={importError ? (importError.issues.length > 0 ? t('cl.templates.importInvalid') : t('cl.templates.importFailed', { message: errorText(t, importError) })) : undefined} />
      <DataTable caption={t('cl.templates.caption')} rows={rows} columns={columns} getRowId={(x) => x.key} />
      <ConfirmDialog
        open={replace !== null}
        title={t('cl.templates.replaceTitle')}
        confirmLabel={t('cl.templates.replace')}
        cancelLabel={t('cl.cancel')}
        onConfirm={() => replace && void importJson(replace.json, true)}
        onCancel={() => setReplace(null)}
      >
        <p>{t('cl.templates.replaceText', { key: replace?.key ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('cl.templates.deleteTitle')}
        confirmLabel={t('cl.delete')}
        cancelLabel={t('cl.cancel')}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('cl.templates.deleteText', { title: deleting ? text(locale, deleting.title) : '' })}</p>
      </ConfirmDialog>
    </section>
  )
}

function blankTemplate(title: string): ChecklistTemplateInput {
  const stamp = Date.now().toString(36)
  return {
    key: `user-${stamp}`,
    version: 1,
    kind: 'checklist',
    title: { de: title, en: title },
    targets: ['organisation'],
    sections: [{ id: 'S1', title: { de: '1', en: '1' }, refs: [], questions: [{ id: 'Q1', label: { de: '?', en: '?' }, refs: [], answer: { type: 'rating' } }] }]
  }
}

// ---------------------------------------------------------------------------------------------

function DueSection(): ReactNode {
  const { t, locale } = useI18n()
  const due = useLoad('due', () => call('checklists.due', { today: today() }))
  const d = due.data
  const items: Array<{ key: string; overdue: boolean; content: ReactNode }> = d
    ? [
        ...d.assessments.map((a) => ({
          key: `a-${a.id}`,
          overdue: a.overdue,
          content: (
            <>
              <a href={hrefOf('checklists', a.id)}>{t('cl.due.assessment', { ref: a.ref, title: a.title })}</a> – {t('cl.due.on', { date: formatDate(locale, a.dueDate) })}
            </>
          )
        })),
        ...d.actions.map((a) => ({
          key: `x-${a.id}`,
          overdue: a.overdue,
          content: (
            <>
              <a href={hrefOf('checklists', a.assessmentId)}>{t('cl.due.action', { title: a.title, ref: a.assessmentRef })}</a> – {t('cl.due.on', { date: formatDate(locale, a.dueDate) })}
            </>
          )
        })),
        ...d.schedules.map((s) => ({
          key: `s-${s.id}`,
          overdue: s.overdue,
          content: (
            <>
              {s.openAssessmentId ? (
                <a href={hrefOf('checklists', s.openAssessmentId)}>{t('cl.due.schedule', { title: text(locale, s.templateTitle) || s.templateKey, target: s.targetName })}</a>
              ) : (
                t('cl.due.schedule', { title: text(locale, s.templateTitle) || s.templateKey, target: s.targetName })
              )}{' '}
              – {t('cl.due.on', { date: formatDate(locale, s.nextDue) })}
            </>
          )
        }))
      ]
    : []
  return (
    <section aria-labelledby="cl-due-h">
      <h2 id="cl-due-h">{t('cl.due.heading')}</h2>
      {items.length === 0 ? (
        <p className="muted">{due.loading ? '' : t('cl.due.none')}</p>
      ) : (
        <ul className="cl-due">
          {items.map((i) => (
            <li key={i.key}>
              {i.overdue ? <span className="status status-missing">{t('cl.overdue')}</span> : null} {i.content}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// ---------------------------------------------------------------------------------------------

function ScheduleSection({ templates }: { templates: TemplateSummary[] }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const schedules = useLoad('schedules', () => call('schedules.list', {}))
  const [open, setOpen] = useState(false)
  const [key, setKey] = useState('')
  const chosenKey = key || templates[0]?.key || ''
  const template = templates.find((x) => x.key === chosenKey)
  const types = template?.targets ?? ['organisation']
  const [target, setTarget] = useState<Target | null>(null)
  const [intervalText, setIntervalText] = useState('')
  const [nextDue, setNextDue] = useState(today())
  const [error, setError] = useState<ApiError | null>(null)
  const [targetError, setTargetError] = useState<string | null>(null)
  const effective = target && types.includes(target.type) ? target : types[0] === 'organisation' ? ({ type: 'organisation' } as Target) : null
  const months = Number(intervalText || template?.recurrenceMonths || 12)

  const submit = async (): Promise<void> => {
    if (!targetReady(effective)) {
      setTargetError(t('cl.new.pickTarget'))
      return
    }
    setError(null)
    try {
      await call('schedules.set', { templateKey: chosenKey, target: effective, intervalMonths: months, nextDue })
      setOpen(false)
      schedules.reload()
    } catch (e) {
      setError(asApiError(e))
    }
  }
  const remove = async (s: Schedule): Promise<void> => {
    try {
      await call('schedules.remove', { id: s.id })
      schedules.reload()
    } catch (e) {
      setError(asApiError(e))
    }
  }

  const columns: Column<Schedule>[] = [
    { id: 'template', header: t('cl.col.template'), className: 'wide', cell: (s) => text(locale, s.templateTitle) || s.templateKey },
    { id: 'target', header: t('cl.col.target'), cell: (s) => `${s.targetRef ? `${s.targetRef} ` : ''}${s.targetName}` },
    { id: 'interval', header: t('cl.schedules.interval'), cell: (s) => t('cl.schedules.intervalValue', { n: s.intervalMonths }) },
    { id: 'next', header: t('cl.schedules.next'), className: 'date', cell: (s) => formatDate(locale, s.nextDue) },
    {
      id: 'actions',
      header: t('cl.col.actions'),
      cell: (s) => (
        <button type="button" className="button-quiet" aria-label={t('cl.schedules.removeOf', { title: text(locale, s.templateTitle) || s.templateKey })} onClick={() => void remove(s)}>
          {t('cl.remove')}
        </button>
      )
    }
  ]

  return (
    <section aria-labelledby="cl-schedules-h">
      <div className="cl-section-head">
        <h2 id="cl-schedules-h">{t('cl.schedules.heading')}</h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('cl.schedules.add')}
        </button>
      </div>
      {open ? (
        <form
          className="card cl-new"
          aria-label={t('cl.schedules.add')}
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <TemplateSelect
            id={`${id}-template`}
            templates={templates}
            value={chosenKey}
            onChange={(next) => {
              setKey(next)
              setTarget(null)
            }}
          />
          <TargetPicker
            key={chosenKey}
            types={types}
            value={effective ?? ({ type: types[0], id: '' } as Target)}
            onChange={(next) => {
              setTarget(next)
              setTargetError(null)
            }}
            error={targetError}
          />
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-interval`}>{t('cl.schedules.interval')}</label>
              <input id={`${id}-interval`} type="number" min={1} max={120} value={intervalText || String(template?.recurrenceMonths ?? 12)} onChange={(e) => setIntervalText(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-next`}>{t('cl.schedules.next')}</label>
              <input id={`${id}-next`} type="date" value={nextDue} onChange={(e) => setNextDue(e.target.value)} />
            </div>
          </div>
          <ErrorWithIssues error={error} />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('cl.schedules.set')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('cl.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {(schedules.data ?? []).length === 0 ? (
        <p className="muted">{schedules.loading ? '' : t('cl.schedules.empty')}</p>
      ) : (
        <DataTable caption={t('cl.schedules.caption')} rows={schedules.data ?? []} columns={columns} getRowId={(s) => s.id} />
      )}
    </section>
  )
}
