import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Answer, AnswerValueInput, AutoEvaluation, Question, QuestionState, ReviewRow } from '../../../../shared/checklists'
import { useI18n } from '../../i18n/I18nContext'
import { text } from './files'

/** A value as the user edits it; review lists keep rows with an empty person locally until filled. */
type Local = string | string[] | { rows: ReviewRow[] } | null

interface Props {
  readonly question: Question
  readonly state: QuestionState | undefined
  readonly answer: Answer | undefined
  readonly readOnly: boolean
  readonly missing: boolean
  readonly onSave: (questionId: string, value: AnswerValueInput | null, comment?: string) => void
}

const TEXT_DELAY = 700

/** What is sent for a local value: review rows without a person are not sent yet. */
function toInput(question: Question, value: Local): AnswerValueInput | null {
  if (question.answer.type === 'auto') return null
  if (value === null) return null
  if (typeof value === 'string') return value === '' ? null : value
  if (Array.isArray(value)) return value.length === 0 ? null : value
  const rows = value.rows.filter((r) => r.person.trim() !== '').map((r) => ({ ...r, person: r.person.trim() }))
  return rows.length === 0 ? null : { rows }
}

function fromAnswer(answer: Answer | undefined): Local {
  const v = answer?.value
  if (v === undefined || v === null) return null
  if (typeof v === 'string' || Array.isArray(v)) return v
  if ('rows' in v) return { rows: v.rows.map((r) => ({ ...r })) }
  return null
}

/** One question: its text, help, answer control by type, comment; every change saves itself. */
export function QuestionCard({ question, state, answer, readOnly, missing, onSave }: Props): ReactNode {
  const { t, locale } = useI18n()
  const [value, setValue] = useState<Local>(() => fromAnswer(answer))
  const [comment, setComment] = useState(answer?.comment ?? '')
  const timer = useRef<number | null>(null)
  const latest = useRef({ value, comment })
  const dirtyComment = useRef(false)
  const base = `q-${question.id}`
  const spec = question.answer
  const applicable = state?.applicable ?? true

  const send = (next: Local, withComment: boolean): void => {
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = null
    onSave(question.id, toInput(question, next), withComment ? latest.current.comment : undefined)
    if (withComment) dirtyComment.current = false
  }
  const flush = (): void => {
    if (timer.current === null) return
    send(latest.current.value, dirtyComment.current)
  }
  const flushRef = useRef(flush)
  useEffect(() => {
    flushRef.current = flush
  })
  // Leaving the page (or the tab) saves what is still waiting for the debounce.
  useEffect(() => () => flushRef.current(), [])

  const change = (next: Local, debounce: boolean): void => {
    setValue(next)
    latest.current = { ...latest.current, value: next }
    if (!debounce) return send(next, dirtyComment.current)
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => send(latest.current.value, dirtyComment.current), TEXT_DELAY)
  }
  const changeComment = (next: string): void => {
    setComment(next)
    latest.current = { ...latest.current, comment: next }
    dirtyComment.current = true
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => send(latest.current.value, true), TEXT_DELAY)
  }

  const labelText = text(locale, question.label)
  const title = (
    <>
      <span className="cl-qid">{question.id}</span> {labelText}
      {!question.required ? <span className="muted"> {t('cl.a.optional')}</span> : null}
    </>
  )
  const missingId = missing ? `${base}-missing` : undefined

  let control: ReactNode
  switch (spec.type) {
    case 'rating': {
      const options: Array<'yes' | 'partly' | 'no' | 'not_applicable'> = ['yes', ...(spec.partly ? (['partly'] as const) : []), 'no', ...(spec.notApplicable ? (['not_applicable'] as const) : [])]
      control = (
        <fieldset className="cl-answer" aria-describedby={missingId}>
          <legend className="cl-qtext">{title}</legend>
          <div className="cl-inline cl-rating">
            {options.map((o) => (
              <label key={o} className={`cl-choice cl-choice-${o}${value === o ? ' is-on' : ''}`}>
                <input type="radio" name={base} value={o} checked={value === o} onChange={() => change(o, false)} />
                {t(`cl.rating.${o}`)}
              </label>
            ))}
            {value !== null ? (
              <button type="button" className="link cl-clear" onClick={() => change(null, false)}>
                {t('cl.rating.clear')}
              </button>
            ) : null}
          </div>
        </fieldset>
      )
      break
    }
    case 'choice': {
      const current = value
      control = (
        <fieldset className="cl-answer" aria-describedby={missingId}>
          <legend className="cl-qtext">{title}</legend>
          <div className="cl-inline">
            {spec.options.map((o) =>
              spec.multiple ? (
                <label key={o.value} className="check">
                  <input
                    type="checkbox"
                    checked={Array.isArray(current) && current.includes(o.value)}
                    onChange={(e) => {
                      const list = Array.isArray(current) ? current : []
                      change(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value), false)
                    }}
                  />
                  {text(locale, o.label)}
                </label>
              ) : (
                <label key={o.value} className={`cl-choice${current === o.value ? ' is-on' : ''}`}>
                  <input type="radio" name={base} checked={current === o.value} onChange={() => change(o.value, false)} />
                  {text(locale, o.label)}
                </label>
              )
            )}
          </div>
        </fieldset>
      )
      break
    }
    case 'text':
      control = (
        <div className="cl-answer">
          <label htmlFor={`${base}-text`} className="cl-qtext">
            {title}
          </label>
          {spec.multiline ? (
            <textarea
              id={`${base}-text`}
              rows={3}
              maxLength={spec.maxLength}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => change(e.target.value, true)}
              onBlur={flush}
              aria-describedby={missingId}
            />
          ) : (
            <input
              id={`${base}-text`}
              type="text"
              maxLength={spec.maxLength}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => change(e.target.value, true)}
              onBlur={flush}
              aria-describedby={missingId}
            />
          )}
        </div>
      )
      break
    case 'date':
      control = (
        <div className="cl-answer">
          <label htmlFor={`${base}-date`} className="cl-qtext">
            {title}
          </label>
          <input id={`${base}-date`} type="date" className="cl-date" value={typeof value === 'string' ? value : ''} onChange={(e) => change(e.target.value, false)} aria-describedby={missingId} />
        </div>
      )
      break
    case 'review_list':
      control = <ReviewList title={title} base={base} rows={value && typeof value === 'object' && 'rows' in value ? value.rows : []} onChange={(rows, debounce) => change({ rows }, debounce)} onBlur={flush} describedBy={missingId} />
      break
    case 'auto':
      control = (
        <div className="cl-answer">
          <p className="cl-qtext" id={`${base}-label`}>
            {title}
          </p>
          <AutoResult evaluation={state?.evaluation ?? null} />
        </div>
      )
      break
  }

  return (
    <article className={`cl-question${missing ? ' is-missing' : ''}${applicable ? '' : ' is-na'}`} aria-label={`${question.id} ${question.short ? text(locale, question.short) : ''}`.trim()}>
      <fieldset disabled={readOnly || !applicable} className="cl-plain">
        {control}
        {missing ? (
          <p id={missingId} className="field-error">
            {t('cl.a.missingQuestion')}
          </p>
        ) : null}
        {!applicable ? <p className="muted">{t('cl.a.notApplicable')}</p> : null}
        {question.help || question.refs.length > 0 ? (
          <details className="cl-help">
            <summary>{t('cl.a.help')}</summary>
            {question.help ? <p>{text(locale, question.help)}</p> : null}
            {question.refs.length > 0 ? (
              <ul className="cl-refs">
                {question.refs.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
          </details>
        ) : null}
        <div className="field cl-comment">
          <label htmlFor={`${base}-comment`}>{t('cl.a.comment', { id: question.id })}</label>
          <textarea id={`${base}-comment`} rows={1} value={comment} onChange={(e) => changeComment(e.target.value)} onBlur={flush} />
        </div>
      </fieldset>
    </article>
  )
}

function AutoResult({ evaluation }: { evaluation: AutoEvaluation | null }): ReactNode {
  const { t } = useI18n()
  if (!evaluation) return null
  if (evaluation.result === 'unknown') return <p className="status">{t('cl.auto.unknown')}</p>
  if (evaluation.result === 'pass') return <p className="status status-approved">{t('cl.auto.pass', { checked: evaluation.checked })}</p>
  return (
    <div>
      <p className="status status-missing">{t('cl.auto.fail', { n: evaluation.failing.length, checked: evaluation.checked })}</p>
      <ul className="cl-failing" aria-label={t('cl.auto.failing')}>
        {evaluation.failing.map((f) => (
          <li key={`${f.kind}-${f.id}`}>
            <a href={f.kind === 'organisation' ? '#/organisation' : `#/${f.kind}/${encodeURIComponent(f.id)}`}>
              {f.ref} {f.name}
            </a>
            {f.fields.length > 0 ? <span className="muted"> ({f.fields.join(', ')})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

function ReviewList({
  title,
  base,
  rows,
  onChange,
  onBlur,
  describedBy
}: {
  title: ReactNode
  base: string
  rows: ReviewRow[]
  onChange: (rows: ReviewRow[], debounce: boolean) => void
  onBlur: () => void
  describedBy?: string
}): ReactNode {
  const { t } = useI18n()
  const set = (i: number, patch: Partial<ReviewRow>, debounce: boolean): void => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), debounce)
  return (
    <fieldset className="cl-answer" aria-describedby={describedBy}>
      <legend className="cl-qtext">{title}</legend>
      {rows.map((r, i) => (
        <fieldset key={i} className="cl-review-row">
          <legend>{t('cl.review.row', { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${base}-r${i}-person`}>{t('cl.review.person')}</label>
            <input id={`${base}-r${i}-person`} type="text" value={r.person} onChange={(e) => set(i, { person: e.target.value }, true)} onBlur={onBlur} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-r${i}-role`}>{t('cl.review.role')}</label>
            <input id={`${base}-r${i}-role`} type="text" value={r.role} onChange={(e) => set(i, { role: e.target.value }, true)} onBlur={onBlur} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-r${i}-decision`}>{t('cl.review.decision')}</label>
            <select id={`${base}-r${i}-decision`} value={r.decision ?? ''} onChange={(e) => set(i, { decision: e.target.value === '' ? null : (e.target.value as 'confirm' | 'revoke') }, false)}>
              <option value="">{t('cl.review.undecided')}</option>
              <option value="confirm">{t('cl.review.confirm')}</option>
              <option value="revoke">{t('cl.review.revoke')}</option>
            </select>
          </div>
          <div className="field cl-grow">
            <label htmlFor={`${base}-r${i}-evidence`}>{t('cl.review.evidence')}</label>
            <input id={`${base}-r${i}-evidence`} type="text" value={r.evidence} onChange={(e) => set(i, { evidence: e.target.value }, true)} onBlur={onBlur} />
          </div>
          <button type="button" className="button-quiet" onClick={() => onChange(rows.filter((_, j) => j !== i), false)}>
            {t('cl.review.removeRow', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...rows, { person: '', role: '', decision: null, evidence: '' }], true)}>
        {t('cl.review.add')}
      </button>
    </fieldset>
  )
}
