import type { ReactNode } from 'react'
import { useT } from '../i18n/I18nContext'

export function Loading(): ReactNode {
  const t = useT()
  return (
    <main className="center-screen" aria-busy="true">
      <p role="status" className="muted">
        {t('app.loading')}
      </p>
    </main>
  )
}
