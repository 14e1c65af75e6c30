import { useState, type FormEvent, type ReactNode } from 'react'
import { asApiError, call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert, Notice } from '../../components/Alert'
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../components/formErrors'
import { StrengthMeter } from '../../components/StrengthMeter'
import { TextField } from '../../components/TextField'
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
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const [done, setDone] = useState<'ok' | 'weak' | null>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setDone(null)
    const fields: Partial<Record<Field, string>> = {}
    if (!current) fields.current = t('validation.required')
    if (!next) fields.next = t('validation.required')
    if (next && confirm !== next) fields.confirm = t('validation.mismatch')
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: null })
      focusFirstError(fields, fieldNames, idOf)
      return
    }
    setErrors(noErrors)
    setBusy(true)
    try {
      const status = await call('workspace.changePassphrase', { current, next })
      setStatus(status)
      setCurrent('')
      setNext('')
      setConfirm('')
      setDone(status.passphraseWarning?.weak ? 'weak' : 'ok')
    } catch (e) {
      const placed = placeError(t, asApiError(e), fieldNames, { PASSPHRASE_MISMATCH: 'current', WRONG_PASSPHRASE: 'current' })
      setErrors(placed)
      focusFirstError(placed.fields, fieldNames, idOf)
    } finally {
      setBusy(false)
    }
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
