import { useState, type FormEvent, type ReactNode } from 'react'
import { call } from '../../api/client'
import { Alert, Notice } from '../../components/Alert'
import { TextField } from '../../components/TextField'
import { useFieldForm } from '../../components/useFieldForm'
import { useT } from '../../i18n/I18nContext'

const fieldNames = ['file', 'passphrase'] as const
type Field = (typeof fieldNames)[number]
const idOf = (f: Field): string => `backup-${f}`

/**
 * "Save encrypted backup": a verified SQLCipher copy of the open workspace, written while it stays
 * open. The passphrase is asked again because a backup is a copy of everything.
 */
export function BackupForm(): ReactNode {
  const t = useT()
  const [file, setFile] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const form = useFieldForm(fieldNames, idOf)
  const { errors, busy } = form

  const onSubmit = (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setDone(null)
    const required = t('validation.required')
    return form.submit(
      { file: !file.trim() && required, passphrase: !passphrase && required },
      async () => {
        const result = await call('workspace.backup', { file: file.trim(), passphrase })
        setPassphrase('')
        setDone(t('backup.saved', { file: result.file }))
      },
      { PASSPHRASE_MISMATCH: 'passphrase', FILE_EXISTS: 'file', FILE_NOT_FOUND: 'file' }
    )
  }

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={busy}>
        <Alert message={errors.general} />
        <TextField id="backup-file" label={t('backup.file')} hint={t('backup.fileHint')} value={file} onChange={setFile} error={errors.fields.file} />
        <TextField
          id="backup-passphrase"
          label={t('backup.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.fields.passphrase}
          autoComplete="current-password"
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('backup.busy') : t('backup.submit')}
          </button>
        </div>
        <Notice message={done} tone="success" />
      </form>
    </section>
  )
}
