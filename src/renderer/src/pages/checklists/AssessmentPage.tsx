import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import type { AnswerValueInput, AssessmentDetail } from '../../../../shared/checklists'
import { asApiError, call, type ApiError } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { ConfirmDialog } from '../../components/form/ConfirmDialog'
import { PageHeading } from '../../components/PageHeading'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf, navigate } from '../../hooks/useRoute'
import { enumText, errorText, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { Tabs } from '../detail/Tabs'
import { ErrorWithIssues, ProgressBar, StatusPill } from './ChecklistsPage'
import { CompareView } from './CompareView'
import { EvidencePanel } from './EvidencePanel'
import { FindingsPanel } from './FindingsPanel'
import { percent, text } from './files'
import { QuestionCard } from './QuestionCard'
import { downloadBase64 } from '../exports/download'

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string }
type TabKey = 'questions' | 'findings' | 'evidence' | 'compare'

/** #/checklists/<id>: one assessment, answered question by question; every change saves itself. */
export function AssessmentPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n()
  const loaded = useLoad(`assessment:${id}`, () => call('assessments.get', { id }))
  const [local, setLocal] = useState<AssessmentDetail | null>(null)
  const detail = local ?? loaded.data
  const [save, setSave] = useState<SaveState>({ state: 'idle' })
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const pending = useRef(0)

  /** Runs changes one after the other, so answers arrive in the order they were given. */
  const run = useCallback(
    (work: () => Promise<AssessmentDetail | null>): Promise<void> => {
      pending.current++
      setSave({ state: 'saving' })
      const next = queue.current.then(work).then(
        (d) => {
          pending.current--
          if (d) setLocal(d)
          if (pending.current === 0) setSave({ state: 'saved' })
        },
        (e: unknown) => {
          pending.current--
          setSave({ state: 'error', message: errorText(t, asApiError(e)) })
        }
      )
      queue.current = next
      return next
    },
    [t]
  )

  if (!detail) {
    if (loaded.error) return <Alert message={t('cl.loadError', { message: errorText(t, loaded.error) })} />
    return <p className="muted">{t('app.loading')}</p>
  }
  return <AssessmentView key={detail.id} detail={detail} save={save} run={run} setLocal={setLocal} />
}

interface ViewProps {
  readonly detail: AssessmentDetail
  readonly save: SaveState
  readonly run: (work: () => Promise<AssessmentDetail | null>) => Promise<void>
  readonly setLocal: (d: AssessmentDetail) => void
}

function AssessmentView({ detail, save, run, setLocal }: ViewProps): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const [tab, setTab] = useState<TabKey>('questions')
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [busy, setBusy] = useState(false)
  const completed = detail.status === 'completed'

  const answers = new Map(detail.answers.map((a) => [a.questionId, a]))
  const states = new Map(detail.questions.map((q) => [q.questionId, q]))
  const stillMissing = new Set([...missing].filter((q) => !states.get(q)?.answered))
  const refresh = (): Promise<void> => run(() => call('assessments.get', { id: detail.id }))

  const onSave = useCallback(
    (questionId: string, value: AnswerValueInput | null, comment?: string): void => {
      void run(() => call('assessments.answer', { id: detail.id, questionId, value, ...(comment !== undefined ? { comment } : {}) }))
    },
    [run, detail.id]
  )

  const update = (changes: { assignee?: string; dueDate?: string | null; status?: 'in_progress' }): void => {
    void run(() => call('assessments.update', { id: detail.id, changes }))
  }

  const complete = async (): Promise<void> => {
    setError(null)
    setNotice(null)
    setBusy(true)
    await queue(run)
    try {
      const done = await call('assessments.complete', { id: detail.id })
      setLocal(done)
      setMissing(new Set())
      setNotice(t('cl.a.completed'))
    } catch (e) {
      const err = asApiError(e)
      // The core names each unanswered required question as answers.<questionId> (its message already translated).
      const ids = err.code === 'VALIDATION' ? err.issues.filter((i) => i.path.startsWith('answers.')).map((i) => i.path.slice('answers.'.length)) : []
      if (ids.length > 0) {
        setMissing(new Set(ids))
        setTab('questions')
      } else setError(err)
    } finally {
      setBusy(false)
    }
  }

  const rerun = async (): Promise<void> => {
    setError(null)
    try {
      const next = await call('assessments.rerun', { id: detail.id })
      navigate('checklists', next.id)
    } catch (e) {
      setError(asApiError(e))
    }
  }

  /** The assessment report (answers, findings, actions, score) in the UI language. */
  const report = async (format: 'pdf' | 'docx'): Promise<void> => {
    setError(null)
    try {
      const file = await call('exports.assessment', { id: detail.id, format, lang: locale === 'en' ? 'en' : 'de' })
      downloadBase64(file.fileName, file.mimeType, file.base64)
    } catch (e) {
      setError(asApiError(e))
    }
  }

  const remove = async (): Promise<void> => {
    try {
      await call('assessments.delete', { id: detail.id })
      navigate('checklists')
    } catch (e) {
      setConfirmDelete(false)
      setError(asApiError(e))
    }
  }

  const targetHref = detail.target.type === 'activity' ? hrefOf('activities', detail.target.id) : detail.target.type === 'system' ? hrefOf('systems', detail.target.id) : hrefOf('organisation')
  const saveText = save.state === 'saving' ? t('cl.saving') : save.state === 'saved' ? t('cl.saved') : save.state === 'error' ? t('cl.saveFailed', { message: save.message }) : ''

  const tabs = [
    { key: 'questions' as const, label: t('cl.a.tab.questions') },
    { key: 'findings' as const, label: t('cl.a.tab.findings', { n: detail.findings.length }) },
    { key: 'evidence' as const, label: t('cl.a.tab.evidence', { n: detail.attachments.length }) },
    ...(detail.previousId ? [{ key: 'compare' as const, label: t('cl.a.tab.compare') }] : [])
  ]

  return (
    <>
      <p className="cl-back">
        <a href={hrefOf('checklists')}>{t('cl.back')}</a>
      </p>
      <PageHeading
        title={`${detail.ref} ${detail.title}`}
        actions={
          <div className="actions">
            {completed ? (
              <button type="button" onClick={() => update({ status: 'in_progress' })}>
                {t('cl.a.reopen')}
              </button>
            ) : (
              <button type="button" className="button-primary" disabled={busy} onClick={() => void complete()}>
                {t('cl.a.complete')}
              </button>
            )}
            <button type="button" onClick={() => void rerun()}>
              {t('cl.a.rerun')}
            </button>
            <button type="button" onClick={() => void report('pdf')}>
              {t('cl.a.reportPdf')}
            </button>
            <button type="button" onClick={() => void report('docx')}>
              {t('cl.a.reportDocx')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirmDelete(true)}>
              {t('cl.a.delete')}
            </button>
          </div>
        }
      />
      <div className="cl-header card">
        <dl className="cl-facts">
          <div>
            <dt>{t('cl.a.template')}</dt>
            <dd>
              {text(locale, detail.templateTitle)} <span className="muted">{t('cl.version', { n: detail.templateVersion })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('cl.a.target')}</dt>
            <dd>
              <a href={targetHref}>{`${detail.targetRef ? `${detail.targetRef} ` : ''}${detail.targetName}`}</a>
            </dd>
          </div>
          <div>
            <dt>{t('cl.a.status')}</dt>
            <dd>
              <StatusPill status={detail.status} />
            </dd>
          </div>
          <div>
            <dt>{t('cl.a.score')}</dt>
            <dd className="cl-score">{detail.score.value === null ? t('cl.scoreNone') : t('cl.score', { percent: percent(detail.score.value) ?? '' })}</dd>
          </div>
        </dl>
        <div className="cl-header-row">
          <div className="field">
            <label htmlFor={`${id}-assignee`}>{t('cl.a.assignee')}</label>
            <input
              id={`${id}-assignee`}
              type="text"
              defaultValue={detail.assignee}
              autoComplete="off"
              onBlur={(e) => {
                if (e.target.value.trim() !== detail.assignee) update({ assignee: e.target.value.trim() })
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('cl.a.due')}</label>
            <input id={`${id}-due`} type="date" defaultValue={detail.dueDate ?? ''} onChange={(e) => update({ dueDate: e.target.value || null })} />
          </div>
          <div className="field cl-grow">
            <span className="field-label" id={`${id}-progress`}>
              {t('cl.col.progress')}
            </span>
            <ProgressBar answered={detail.progress.answered} total={detail.progress.total} label={t('cl.progressLabel', { ...detail.progress })} />
          </div>
          <p role="status" className={`cl-save cl-save-${save.state}`}>
            {saveText}
          </p>
        </div>
      </div>
      {stillMissing.size > 0 ? <Alert message={t('cl.a.missing', { n: stillMissing.size })} /> : null}
      <ErrorWithIssues error={error} />
      <Notice message={notice} />
      {completed ? <p className="muted cl-readonly">{t('cl.a.readonly')}</p> : null}
      {detail.dpia ? <DpiaBox detail={detail} /> : null}
      <Tabs
        idPrefix={`${id}-tabs`}
        label={t('cl.a.tabs')}
        tabs={tabs}
        current={tab}
        onSelect={setTab}
        panel={(key, selected) => {
          if (key === 'questions')
            return detail.template.sections.map((section) => {
              const s = detail.sections.find((x) => x.sectionId === section.id)
              const applicable = section.questions.some((q) => states.get(q.id)?.applicable !== false)
              return (
                <section key={section.id} className={`cl-section${applicable ? '' : ' is-na'}`} aria-labelledby={`${id}-s-${section.id}`}>
                  <div className="cl-section-head">
                    <h2 id={`${id}-s-${section.id}`}>
                      {section.id}. {text(locale, section.title)}
                    </h2>
                    {s ? <span className="muted">{t('cl.a.sectionProgress', { ...s.progress })}</span> : null}
                  </div>
                  {section.help ? (
                    <details className="cl-help">
                      <summary>{t('cl.a.help')}</summary>
                      <p className="cl-pre">{text(locale, section.help)}</p>
                    </details>
                  ) : null}
                  {section.questions.map((q) => (
                    <QuestionCard key={q.id} question={q} state={states.get(q.id)} answer={answers.get(q.id)} readOnly={completed} missing={stillMissing.has(q.id)} onSave={onSave} />
                  ))}
                </section>
              )
            })
          if (key === 'findings') return <FindingsPanel detail={detail} refresh={refresh} />
          if (key === 'evidence') return <EvidencePanel detail={detail} refresh={refresh} />
          return selected ? <CompareView id={detail.id} /> : null
        }}
      />
      <ConfirmDialog
        open={confirmDelete}
        danger
        title={t('cl.a.delete')}
        confirmLabel={t('cl.delete')}
        cancelLabel={t('cl.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('cl.a.deleteText', { ref: detail.ref })}</p>
      </ConfirmDialog>
    </>
  )
}

/** Waits until the changes already queued are saved. */
const queue = (run: ViewProps['run']): Promise<void> => run(async () => null)

function DpiaBox({ detail }: { detail: AssessmentDetail }): ReactNode {
  const { t } = useI18n()
  const dpia = detail.dpia
  if (!dpia) return null
  const completed = detail.status === 'completed'
  return (
    <section className={`card cl-dpia cl-dpia-${dpia.result}`} aria-labelledby="cl-dpia-h">
      <h2 id="cl-dpia-h">{t('cl.dpia.heading')}</h2>
      <p className="cl-dpia-result">
        <strong>{enumText(t, 'dpiaResult', dpia.result)}</strong> – {keyText(t, `checklist.dpia.rule.${dpia.rule}`, dpia.rule)}
      </p>
      {!dpia.complete ? <p className="muted">{t('cl.dpia.provisional')}</p> : null}
      {completed && dpia.activityId ? (
        <p>
          {t('cl.dpia.written')}{' '}
          <a href={hrefOf('activities', dpia.activityId)}>{t('cl.dpia.openActivity', { ref: detail.targetRef, name: detail.targetName })}</a>
        </p>
      ) : null}
    </section>
  )
}
