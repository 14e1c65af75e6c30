import { useState, type FormEvent, type ReactNode } from 'react'
import { asApiError, call } from '../../api/client'
import { useApp, type WorkspaceStatus } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../components/formErrors'
import { TextField } from '../../components/TextField'
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
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const fields: Partial<Record<Field, string>> = {}
    if (!file.trim()) fields.file = t('validation.required')
    if (!passphrase) fields.passphrase = t('validation.required')
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: null })
      focusFirstError(fields, fieldNames, idOf)
      return
    }
    setErrors(noErrors)
    setBusy(true)
    try {
      onOpened(await call('workspace.open', { file: file.trim(), passphrase, remember: info.keychain && remember }))
    } catch (e) {
      // Wrong passphrase and damaged files go to the alert: they are about the file, not a typo in a field.
      const placed = placeError(t, asApiError(e), fieldNames, { FILE_NOT_FOUND: 'file', PERMISSION_DENIED: 'file' })
      setErrors(placed)
      focusFirstError(placed.fields, fieldNames, idOf)
      setBusy(false)
    }
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
