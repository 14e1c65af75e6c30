import { useState, type FormEvent, type ReactNode } from 'react'
import { call } from '../../api/client'
import { useApp, type WorkspaceStatus } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { TextField } from '../../components/TextField'
import { useFieldForm } from '../../components/useFieldForm'
import { useT } from '../../i18n/I18nContext'

const fieldNames = ['file', 'passphrase'] as const
type Field = (typeof fieldNames)[number]
const idOf = (f: Field): string => `open-${f}`

/** Open a workspace file by its path (for files not in the recent list). */
export function OpenWorkspaceForm({ onOpened }: { onOpened: (status: WorkspaceStatus) => void }): ReactNode {
  const t = useT()
  const { info } = useApp()
  const [file, setFile] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [remember, setRemember] = useState(false)
  const form = useFieldForm(fieldNames, idOf)
  const { errors, busy } = form

  const onSubmit = (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const required = t('validation.required')
    return form.submit(
      { file: !file.trim() && required, passphrase: !passphrase && required },
      async () => onOpened(await call('workspace.open', { file: file.trim(), passphrase, remember: info.keychain && remember })),
      // Wrong passphrase and damaged files go to the alert: they are about the file, not a typo in a field.
      { FILE_NOT_FOUND: 'file', PERMISSION_DENIED: 'file' }
    )
  }

  return (
    <section className="card" aria-labelledby="open-heading">
      <h2 id="open-heading">{t('open.heading')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={busy}>
        <Alert message={errors.general} />
        <TextField id="open-file" label={t('open.file')} value={file} onChange={setFile} error={errors.fields.file} autoComplete="off" />
        <TextField
          id="open-passphrase"
          label={t('open.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.fields.passphrase}
          autoComplete="current-password"
        />
        {info.keychain ? (
          <label className="check">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            {t('open.remember')}
          </label>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('open.busy') : t('open.submit')}
          </button>
        </div>
      </form>
    </section>
  )
}
