import { useState, type FormEvent, type ReactNode } from 'react'
import type { ErrorCode } from '../../../shared/errors'
import type { MessageKey } from '../../../shared/i18n'
import { call, type ApiError } from '../api/client'
import { Alert, Notice } from './Alert'
import { TextField } from './TextField'
import { useFieldForm } from './useFieldForm'
import { useT } from '../i18n/I18nContext'

const fieldNames = ['backup', 'file', 'passphrase'] as const
type Field = (typeof fieldNames)[number]

interface Props {
  /** Distinguishes the form's ids where two screens could show it. */
  readonly idPrefix: string
  readonly intro: MessageKey
  /** The label of the button offered after the restore, and what it does with the new file. */
  readonly openLabel: MessageKey
  readonly onOpen: (file: string) => void
}

/** "Sicherung.dpo" typed, "/home/anna/DPO Workbench/Sicherung.dpo" reported: the same file. */
function names(reported: unknown, typed: string): boolean {
  const bare = (p: string): string => p.trim().replace(/\\/g, '/').replace(/\.dpo$/i, '')
  return typeof reported === 'string' && typed.trim() !== '' && bare(reported).endsWith(bare(typed))
}

/** Which field a refusal of workspace.restore is about: the backup, the new file or the passphrase. */
function fieldOf(error: ApiError, backup: string): Partial<Record<ErrorCode, Field>> {
  return {
    WRONG_PASSPHRASE: 'passphrase',
    FILE_EXISTS: 'file',
    NOT_A_WORKSPACE: 'backup',
    DAMAGED: 'backup',
    NEWER_VERSION: 'backup',
    // Either the backup is missing or the folder of the new file is.
    FILE_NOT_FOUND: names(error.params.file, backup) ? 'backup' : 'file'
  }
}

/**
 * "Restore a backup": workspace.restore copies a verified backup to a new file (never over an
 * existing one); then the new file is offered for opening. Used on the start screen and in
 * Settings (where the open workspace stays as it is until the user switches).
 */
export function RestoreForm({ idPrefix, intro, openLabel, onOpen }: Props): ReactNode {
  const t = useT()
  const idOf = (f: Field): string => `${idPrefix}-${f}`
  const [backup, setBackup] = useState('')
  const [file, setFile] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [restored, setRestored] = useState<string | null>(null)
  const form = useFieldForm(fieldNames, idOf)
  const { errors, busy } = form

  const onSubmit = (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setRestored(null)
    const required = t('validation.required')
    return form.submit(
      { backup: !backup.trim() && required, file: !file.trim() && required, passphrase: !passphrase && required },
      async () => {
        const result = await call('workspace.restore', { backup: backup.trim(), file: file.trim(), passphrase })
        setPassphrase('')
        setRestored(result.file)
      },
      (error) => form.place(error, fieldOf(error, backup))
    )
  }

  return (
    <section className="card" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t('restore.heading')}</h2>
      <p className="muted restore-intro">{t(intro)}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={busy}>
        <Alert message={errors.general} />
        <TextField id={idOf('backup')} label={t('restore.backup')} value={backup} onChange={setBackup} error={errors.fields.backup} autoComplete="off" />
        <TextField id={idOf('file')} label={t('restore.file')} hint={t('restore.fileHint')} value={file} onChange={setFile} error={errors.fields.file} autoComplete="off" />
        <TextField
          id={idOf('passphrase')}
          label={t('restore.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.fields.passphrase}
          autoComplete="current-password"
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('restore.busy') : t('restore.submit')}
          </button>
        </div>
        <Notice message={restored ? t('restore.done', { file: restored }) : null} tone="success" />
        {restored ? (
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => onOpen(restored)}>
              {t(openLabel)}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  )
}

/** The name shown on the unlock screen for a file not opened yet: its name without ".dpo". */
export const fileStem = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.dpo$/i, '')
