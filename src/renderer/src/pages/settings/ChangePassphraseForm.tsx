import { useState, type FormEvent, type ReactNode } from 'react'
import { call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert, Notice } from '../../components/Alert'
import { StrengthMeter } from '../../components/StrengthMeter'
import { TextField } from '../../components/TextField'
import { useFieldForm } from '../../components/useFieldForm'
import { useT } from '../../i18n/I18nContext'

const fieldNames = ['current', 'next', 'confirm'] as const
type Field = (typeof fieldNames)[number]
const idOf = (f: Field): string => `passphrase-${f}`

/** Re-encrypts the workspace under a new passphrase; the current one proves it is the owner. */
export function ChangePassphraseForm(): ReactNode {
  const t = useT()
  const { setStatus } = useApp()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [done, setDone] = useState<'ok' | 'weak' | null>(null)
  const form = useFieldForm(fieldNames, idOf)
  const { errors, busy } = form

  const onSubmit = (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setDone(null)
    const required = t('validation.required')
    return form.submit(
      { current: !current && required, next: !next && required, confirm: next !== '' && confirm !== next && t('validation.mismatch') },
      async () => {
        const status = await call('workspace.changePassphrase', { current, next })
        setStatus(status)
        setCurrent('')
        setNext('')
        setConfirm('')
        setDone(status.passphraseWarning?.weak ? 'weak' : 'ok')
      },
      { PASSPHRASE_MISMATCH: 'current', WRONG_PASSPHRASE: 'current' }
    )
  }

  return (
    <section className="card" aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">{t('passphrase.heading')}</h2>
      <p className="muted">{t('passphrase.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={busy}>
        <Alert message={errors.general} />
        <TextField
          id="passphrase-current"
          label={t('passphrase.current')}
          type="password"
          value={current}
          onChange={setCurrent}
          error={errors.fields.current}
          autoComplete="current-password"
        />
        <TextField
          id="passphrase-next"
          label={t('passphrase.next')}
          type="password"
          value={next}
          onChange={setNext}
          error={errors.fields.next}
          autoComplete="new-password"
          extra={<StrengthMeter id="passphrase-strength" passphrase={next} />}
          extraId="passphrase-strength"
        />
        <TextField
          id="passphrase-confirm"
          label={t('passphrase.confirm')}
          type="password"
          value={confirm}
          onChange={setConfirm}
          error={errors.fields.confirm}
          autoComplete="new-password"
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('passphrase.busy') : t('passphrase.submit')}
          </button>
        </div>
        <Notice
          message={done ? (done === 'weak' ? `${t('passphrase.changed')} ${t('strength.weak')}` : t('passphrase.changed')) : null}
          tone={done === 'weak' ? 'warning' : 'success'}
        />
      </form>
    </section>
  )
}
