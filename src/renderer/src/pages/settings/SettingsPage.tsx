import type { ReactNode } from 'react'
import { useApp } from '../../app/AppContext'
import { PageHeading } from '../../components/PageHeading'
import { fileStem, RestoreForm } from '../../components/RestoreForm'
import { useT } from '../../i18n/I18nContext'
import { BackupForm } from './BackupForm'
import { ChangePassphraseForm } from './ChangePassphraseForm'
import { GeneralSettingsForm } from './GeneralSettingsForm'

export function SettingsPage(): ReactNode {
  const t = useT()
  const { unlockOther } = useApp()
  return (
    <>
      <PageHeading title={t('settings.heading')} />
      <div className="settings-grid">
        <GeneralSettingsForm />
        <ChangePassphraseForm />
        <BackupForm />
        <RestoreForm idPrefix="settings-restore" intro="restore.introOpen" openLabel="restore.switch" onOpen={(file) => void unlockOther({ file, name: fileStem(file) })} />
      </div>
    </>
  )
}
