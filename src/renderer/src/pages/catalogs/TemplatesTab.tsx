import { useState, type ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import { asApiError, call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { navigate } from '../../hooks/useRoute'
import { errorText, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { pick } from './catalogText'

/**
 * The processing-activity templates. "Create" makes a draft activity (with its categories, data
 * subjects and TOMs taken from the catalog where the workspace lacks them) and opens it.
 */
export function TemplatesTab({ options }: { options: CatalogOptions }): ReactNode {
  const { t, locale } = useI18n()
  const regimes = useApp().status.regimes
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const templates = options.activityTemplates

  const create = async (key: string): Promise<void> => {
    setBusy(key)
    setError(null)
    try {
      const activity = await call('activities.fromTemplate', { templateKey: key })
      navigate('activities', activity.id)
    } catch (e) {
      setError(errorText(t, asApiError(e)))
      setBusy(null)
    }
  }

  return (
    <>
      <p className="cat-tab-intro">{t('catalogs.templates.intro')}</p>
      <Alert message={error} />
      <p className="toolbar-meta">{t('catalogs.templates.count', { count: formatNumber(locale, templates.length) })}</p>
      <ul className="template-grid" aria-label={t('catalogs.templates.list')}>
        {templates.map((tpl) => {
          const key = String(tpl.value)
          const name = pick(tpl.label, locale)
          return (
            <li key={key} className="template-card">
              <h3>{name}</h3>
              {tpl.description ? <p className="template-description">{pick(tpl.description, locale)}</p> : null}
              <div className="template-foot">
                {/* Only worth saying when a template does not cover all of the workspace's laws. */}
                {regimes.every((r) => tpl.regimes.includes(r)) ? null : (
                  <span className="muted">
                    {t('catalogs.templates.regimes')}:{' '}
                    {tpl.regimes
                      .filter((r) => regimes.includes(r))
                      .map((r) => (
                        <span key={r} className="badge">
                          {t(`regime.${r}`)}
                        </span>
                      ))}
                  </span>
                )}
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => void create(key)}
                  disabled={busy !== null}
                  aria-label={t('catalogs.templates.createFor', { name })}
                >
                  {busy === key ? t('catalogs.templates.creating') : t('catalogs.templates.create')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}
