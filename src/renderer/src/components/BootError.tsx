import type { ReactNode } from 'react'
import type { ApiError } from '../api/client'
import { errorText } from '../i18n/format'
import { useT } from '../i18n/I18nContext'

/** The core could not be reached at all (no token, server gone): say so instead of a blank page. */
export function BootError({ error }: { error: ApiError }): ReactNode {
  const t = useT()
  return (
    <main className="center-screen">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <div role="alert" className="alert alert-error">
        {errorText(t, error)}
      </div>
    </main>
  )
}
