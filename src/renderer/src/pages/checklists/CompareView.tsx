import type { ReactNode } from 'react'
import type { Answer, Comparison } from '../../../../shared/checklists'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf } from '../../hooks/useRoute'
import { errorText, formatDate } from '../../i18n/format'
import { useI18n, type Translate } from '../../i18n/I18nContext'
import type { Locale } from '../../../../shared/i18n'
import { text } from './files'

function answerText(t: Translate, locale: Locale, answer: Answer | null): string {
  const v = answer?.value
  if (v === null || v === undefined) return t('cl.cmp.noAnswer')
  if (typeof v === 'string') {
    if (v === 'yes' || v === 'partly' || v === 'no' || v === 'not_applicable') return t(`cl.rating.${v}`)
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(locale, v) : v
  }
  if (Array.isArray(v)) return v.join(', ')
  if ('rows' in v) return v.rows.map((r) => `${r.person}${r.decision ? ` (${t(`cl.review.${r.decision}`)})` : ''}`).join(', ')
  return t(v.result === 'pass' ? 'cl.auto.pass' : 'cl.auto.fail', { checked: v.checked, n: v.failing.length })
}

/** This run against the previous one: per question improved, worse, unchanged, changed or new. */
export function CompareView({ id }: { id: string }): ReactNode {
  const { t, locale } = useI18n()
  const loaded = useLoad(`compare:${id}`, () => call('assessments.compare', { id }))
  if (loaded.error) return <Alert message={errorText(t, loaded.error)} />
  const c: Comparison | undefined = loaded.data
  if (!c) return <p className="muted">{t('app.loading')}</p>
  return (
    <section aria-labelledby="cl-cmp-h" className="cl-compare">
      <h2 id="cl-cmp-h">
        {t('cl.cmp.heading', { ref: c.previous.ref })} <a href={hrefOf('checklists', c.previous.id)}>{c.previous.title}</a>
      </h2>
      <p className="muted">
        {t('cl.cmp.summary', { improved: c.counts.improved ?? 0, worse: c.counts.worse ?? 0, unchanged: c.counts.unchanged ?? 0, changed: c.counts.changed ?? 0, new: c.counts.new ?? 0 })}
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('cl.cmp.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cl.cmp.question')}</th>
              <th scope="col">{t('cl.cmp.previous')}</th>
              <th scope="col">{t('cl.cmp.current')}</th>
              <th scope="col">{t('cl.cmp.change')}</th>
            </tr>
          </thead>
          <tbody>
            {c.questions.map((q) => (
              <tr key={q.questionId} className={`cl-cmp-${q.status}`}>
                <td>
                  <span className="cl-qid">{q.questionId}</span> {text(locale, q.label)}
                </td>
                <td className={q.previous?.value == null ? 'muted' : undefined}>{answerText(t, locale, q.previous)}</td>
                <td className={q.current?.value == null ? 'muted' : undefined}>{answerText(t, locale, q.current)}</td>
                <td>
                  <span className={`status cl-change-${q.status}`}>{t(`cl.cmp.${q.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {c.removed.length > 0 ? <p className="muted">{t('cl.cmp.removed', { list: c.removed.map((r) => r.questionId).join(', ') })}</p> : null}
    </section>
  )
}
