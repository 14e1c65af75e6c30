import type { ReactNode } from 'react'
import type { MessageKey } from '../../../shared/i18n'
import { EmptyState } from '../components/EmptyState'
import { PageHeading } from '../components/PageHeading'
import { useT } from '../i18n/I18nContext'

/** A page that exists in the navigation but whose feature comes in a later version. */
export function PendingPage({ titleKey, textKey }: { titleKey: MessageKey; textKey: MessageKey }): ReactNode {
  const t = useT()
  return (
    <>
      <PageHeading title={t(titleKey)} />
      <EmptyState title={t('pending.heading')} text={t(textKey)} />
    </>
  )
}
