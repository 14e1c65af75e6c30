import { useEffect, type ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import type { RegistryKind } from '../../../../shared/model'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { useLookup } from '../../components/form/lookup'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatDateTime, formatNumber, keyText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { diffRows, idsIn } from './historyFormat'

/** The audit trail of one entry, newest first, each change as readable before/after rows. */
export function HistoryTab({ kind, id, round, options }: { kind: RegistryKind; id: string; round: number; options: CatalogOptions }): ReactNode {
  const { t, locale } = useI18n()
  const lookup = useLookup()
  const history = useLoad(`${kind}:${id}:${round}`, () => call('audit.history', { entity: kind, entityId: id }))
  const entries = history.data ? [...history.data].reverse() : null

  const { ensure } = lookup
  const data = history.data
  useEffect(() => {
    if (!data) return
    for (const [target, ids] of idsIn(
      kind,
      data.flatMap((e) => e.changes)
    ))
      ensure(target, [...ids])
  }, [data, kind, ensure])

  if (history.error) return <Alert message={errorText(t, history.error)} />
  if (!entries) return <p className="muted" role="status">{t('detail.loading')}</p>
  const ctx = { t, locale, options, lookup }
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p className="muted">{entries.length === 0 ? t('history.empty') : t('history.count', { count: formatNumber(locale, entries.length) })}</p>
      <ol className="history-list">
        {entries.map((entry) => {
          const action = keyText(t, `audit.action.${entry.action}`, entry.action)
          const title = t('history.entry', { action, author: entry.author || t('audit.unknownAuthor') })
          // A creation has no "before": one column of values reads better than a column of blanks.
          const created = entry.action === 'create'
          const rows = entry.changes.flatMap((change) => diffRows(ctx, kind, change))
          return (
            <li key={entry.seq} className="history-entry">
              <h3>
                {title} <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
              </h3>
              {rows.length > 0 ? (
                <table className={`diff-table${created ? ' diff-created' : ''}`}>
                  <caption className="visually-hidden">{`${title}, ${formatDateTime(locale, entry.at)}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('history.field')}</th>
                      {created ? null : <th scope="col">{t('history.before')}</th>}
                      <th scope="col">{created ? t('history.value') : t('history.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row, i) => (
                      <tr key={`${row.key}-${i}`}>
                        <th scope="row">{row.label}</th>
                        {created ? null : <td className="diff-before">{row.before}</td>}
                        <td className={created ? undefined : 'diff-after'}>{row.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
