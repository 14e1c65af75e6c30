import type { ReactNode } from 'react'
import { PageHeading } from '../../components/PageHeading'
import { useT } from '../../i18n/I18nContext'
import { BackupForm } from './BackupForm'
import { ChangePassphraseForm } from './ChangePassphraseForm'
import { GeneralSettingsForm } from './GeneralSettingsForm'

export function SettingsPage(): ReactNode {
  const t = useT()
  return (
    <>
      <PageHeading title={t('settings.heading')} />
      <div className="settings-grid">
        <GeneralSettingsForm />
        <ChangePassphraseForm />
        <BackupForm />
      </div>
    </>
  )
}
