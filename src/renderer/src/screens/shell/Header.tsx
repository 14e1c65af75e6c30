import type { ReactNode } from 'react'
import { useApp } from '../../app/AppContext'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { useT } from '../../i18n/I18nContext'

/** Organisation name, language switch and the Lock button, on every page of an open workspace. */
export function Header(): ReactNode {
  const t = useT()
  const { status, lock } = useApp()
  return (
    <header className="topbar shell-header">
      <span className="brand">{t('app.name')}</span>
      <span className="org-name">{status.organisationName}</span>
      <span className="regimes">
        {status.regimes.map((r) => (
          <span key={r} className="badge">
            {t(`regime.${r}`)}
          </span>
        ))}
      </span>
      <div className="topbar-actions">
        <LanguageSwitch />
        <button type="button" onClick={() => void lock()} title={t('header.lockTitle')}>
          {t('header.lock')}
        </button>
      </div>
    </header>
  )
}
