import { useId, useState, type ReactNode } from 'react'
import { ActionStatus, FindingSeverity, type AssessmentDetail, type AssessmentFinding, type RemediationAction } from '../../../../shared/checklists'
import { asApiError, call, type ApiError } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { ErrorWithIssues } from './ChecklistsPage'
import { text } from './files'

interface Props {
  readonly detail: AssessmentDetail
  readonly refresh: () => Promise<void>
}

/** Findings of the assessment, each with its remediation actions; all editable in place. */
export function FindingsPanel({ detail, refresh }: Props): ReactNode {
  const { t } = useI18n()
  const [error, setError] = useState<ApiError | null>(null)
  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    setError(null)
    try {
      await work()
      await refresh()
      return true
    } catch (e) {
      setError(asApiError(e))
      return false
    }
  }
  return (
    <div className="cl-findings">
      <ErrorWithIssues error={error} />
      <FindingForm detail={detail} onSubmit={(v) => attempt(() => call('findings.create', { assessmentId: detail.id, ...v }))} submitLabel={t('cl.f.add')} />
      {detail.findings.length === 0 ? <p className="muted">{t('cl.f.empty')}</p> : null}
      {detail.findings.map((f) => (
        <FindingCard key={f.id} detail={detail} finding={f} actions={detail.actions.filter((a) => a.findingId === f.id)} attempt={attempt} />
      ))}
    </div>
  )
}

interface FindingValues {
  title: string
  description: string
  severity: FindingSeverity
  questionId: string | null
}

function FindingForm({ detail, initial, onSubmit, onCancel, submitLabel }: { detail: AssessmentDetail; initial?: FindingValues; onSubmit: (v: FindingValues) => Promise<boolean>; onCancel?: () => void; submitLabel: string }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const [v, setV] = useState<FindingValues>(initial ?? { title: '', description: '', severity: 'medium', questionId: null })
  const questions = detail.template.sections.flatMap((s) => s.questions)
  return (
    <form
      className="card cl-form"
      aria-label={submitLabel}
      onSubmit={async (e) => {
        e.preventDefault()
        if (await onSubmit({ ...v, title: v.title.trim() })) if (!initial) setV({ title: '', description: '', severity: 'medium', questionId: null })
      }}
    >
      <div className="field-row">
        <div className="field cl-grow">
          <label htmlFor={`${id}-title`}>{t('cl.f.title')}</label>
          <input id={`${id}-title`} type="text" required value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>{t('cl.f.severity')}</label>
          <select id={`${id}-severity`} value={v.severity} onChange={(e) => setV({ ...v, severity: e.target.value as FindingSeverity })}>
            {FindingSeverity.options.map((s) => (
              <option key={s} value={s}>
                {t(`cl.severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-question`}>{t('cl.f.question')}</label>
          <select id={`${id}-question`} value={v.questionId ?? ''} onChange={(e) => setV({ ...v, questionId: e.target.value || null })}>
            <option value="">{t('cl.f.noQuestion')}</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.id} {q.short ? text(locale, q.short) : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('cl.f.description')}</label>
        <textarea id={`${id}-description`} rows={2} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {initial ? t('cl.save') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('cl.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}

function FindingCard({ detail, finding, actions, attempt }: { detail: AssessmentDetail; finding: AssessmentFinding; actions: RemediationAction[]; attempt: (work: () => Promise<unknown>) => Promise<boolean> }): ReactNode {
  const { t, locale } = useI18n()
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [action, setAction] = useState({ title: '', owner: '', dueDate: '' })
  if (editing)
    return (
      <FindingForm
        detail={detail}
        initial={{ title: finding.title, description: finding.description, severity: finding.severity, questionId: finding.questionId }}
        submitLabel={t('cl.f.editOf', { title: finding.title })}
        onCancel={() => setEditing(false)}
        onSubmit={async (v) => {
          const ok = await attempt(() => call('findings.update', { id: finding.id, changes: v }))
          if (ok) setEditing(false)
          return ok
        }}
      />
    )
  return (
    <article className="card cl-finding" aria-labelledby={`${id}-h`}>
      <div className="cl-section-head">
        <h3 id={`${id}-h`}>
          <span className={`status cl-sev-${finding.severity}`}>{t(`cl.severity.${finding.severity}`)}</span> {finding.title}
          {finding.questionId ? <span className="muted cl-small"> · {finding.questionId}</span> : null}
        </h3>
        <span className="cl-row-actions">
          <button type="button" aria-label={t('cl.f.editOf', { title: finding.title })} onClick={() => setEditing(true)}>
            {t('cl.edit')}
          </button>
          <button type="button" className="button-quiet" aria-label={t('cl.f.deleteOf', { title: finding.title })} onClick={() => void attempt(() => call('findings.delete', { id: finding.id }))}>
            {t('cl.delete')}
          </button>
        </span>
      </div>
      {finding.description ? <p className="cl-pre">{finding.description}</p> : null}
      <h4>{t('cl.act.heading')}</h4>
      {actions.length === 0 ? (
        <p className="muted">{t('cl.act.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('cl.act.caption', { title: finding.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cl.act.title')}</th>
                <th scope="col">{t('cl.act.owner')}</th>
                <th scope="col">{t('cl.act.due')}</th>
                <th scope="col">{t('cl.act.status')}</th>
                <th scope="col">{t('cl.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td className="wide">{a.title}</td>
                  <td>{a.owner || t('cl.none')}</td>
                  <td className="date">{formatDate(locale, a.dueDate) || t('cl.none')}</td>
                  <td>
                    <select
                      aria-label={t('cl.act.statusOf', { title: a.title })}
                      value={a.status}
                      onChange={(e) => void attempt(() => call('actions.update', { id: a.id, changes: { status: e.target.value as ActionStatus } }))}
                    >
                      {ActionStatus.options.map((s) => (
                        <option key={s} value={s}>
                          {t(`cl.actStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="button-quiet" aria-label={t('cl.act.deleteOf', { title: a.title })} onClick={() => void attempt(() => call('actions.delete', { id: a.id }))}>
                      {t('cl.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="cl-action-form"
        aria-label={t('cl.act.addTo', { title: finding.title })}
        onSubmit={async (e) => {
          e.preventDefault()
          const ok = await attempt(() => call('actions.create', { findingId: finding.id, title: action.title.trim(), owner: action.owner.trim(), dueDate: action.dueDate || null }))
          if (ok) setAction({ title: '', owner: '', dueDate: '' })
        }}
      >
        <div className="field cl-grow">
          <label htmlFor={`${id}-a-title`}>{t('cl.act.title')}</label>
          <input id={`${id}-a-title`} type="text" required value={action.title} onChange={(e) => setAction({ ...action, title: e.target.value })} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-a-owner`}>{t('cl.act.owner')}</label>
          <input id={`${id}-a-owner`} type="text" value={action.owner} onChange={(e) => setAction({ ...action, owner: e.target.value })} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-a-due`}>{t('cl.act.due')}</label>
          <input id={`${id}-a-due`} type="date" value={action.dueDate} onChange={(e) => setAction({ ...action, dueDate: e.target.value })} />
        </div>
        <button type="submit">{t('cl.act.add')}</button>
      </form>
    </article>
  )
}
