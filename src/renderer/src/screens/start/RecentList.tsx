import { useState, type ReactNode } from 'react'
import { asApiError, call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import type { UnlockTarget } from './StartScreen'

/** Recently opened workspaces: click one to unlock it, or take it off the list (the file stays). */
export function RecentList({ onUnlock }: { onUnlock: (target: UnlockTarget) => void }): ReactNode {
  const { t, locale } = useI18n()
  const recent = useLoad('recent', () => call('workspace.recent', {}))
  const [removeError, setRemoveError] = useState<string | null>(null)

  const remove = async (file: string): Promise<void> => {
    setRemoveError(null)
    try {
      await call('workspace.forgetRecent', { file })
      recent.reload()
    } catch (e) {
      setRemoveError(errorText(t, asApiError(e)))
    }
  }

  const rows = recent.data ?? []
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('recent.heading')}</h2>
      <Alert message={recent.error ? errorText(t, recent.error) : removeError} />
      {recent.loading && !recent.data ? <p className="muted">{t('app.loading')}</p> : null}
      {!recent.loading && rows.length === 0 ? <p className="muted">{t('recent.empty')}</p> : null}
      {rows.length > 0 ? (
        <ul className="recent-list">
          {rows.map((w, i) => (
            <li key={w.file} className={w.exists ? undefined : 'missing'}>
              <div className="recent-main">
                {/* The name is the button (its visible text is its name); path and date describe it. */}
                <button
                  type="button"
                  className="recent-open"
                  aria-describedby={`recent-${i}-details`}
                  onClick={() => onUnlock({ file: w.file, name: w.name, regimes: [], remembered: w.remembered })}
                >
                  {w.name}
                </button>
                <span id={`recent-${i}-details`} className="recent-details">
                  <span className="recent-file">{w.file}</span>
                  <span className="recent-meta">
                    {t('recent.openedAt', { date: formatDateTime(locale, w.openedAt) })}
                    {w.remembered ? <span className="badge">{t('recent.remembered')}</span> : null}
                    {w.exists ? null : <span className="badge badge-warn">{t('recent.missing')}</span>}
                  </span>
                </span>
              </div>
              <button type="button" className="button-quiet" aria-label={t('recent.remove', { name: w.name })} onClick={() => void remove(w.file)}>
                {t('recent.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
