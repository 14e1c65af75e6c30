import type { ReactNode } from 'react'
import { useT } from '../i18n/I18nContext'
import { LanguageSwitch } from './LanguageSwitch'

/** The header of the screens outside a workspace: product name and language switch. */
export function TopBar(): ReactNode {
  const t = useT()
  return (
    <header className="topbar">
      <span className="brand">{t('app.name')}</span>
      <div className="topbar-actions">
        <LanguageSwitch />
      </div>
    </header>
  )
}
