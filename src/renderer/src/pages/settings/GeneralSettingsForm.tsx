import { useState, type FormEvent, type ReactNode } from 'react'
import { Language } from '../../../../shared/model'
import { asApiError, call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert, Notice } from '../../components/Alert'
import { noErrors, placeError, type FormErrors } from '../../components/formErrors'
import { TextField } from '../../components/TextField'
import { useI18n } from '../../i18n/I18nContext'

const fieldNames = ['language', 'authorName', 'autoLockMinutes'] as const
type Field = (typeof fieldNames)[number]

/** UI language, the name the audit trail records, and the auto-lock delay. */
export function GeneralSettingsForm(): ReactNode {
  // The language applies at once, like the switch in the header; the rest is saved with the button.
  const { t, language, setLanguage } = useI18n()
  const { settings, setSettings } = useApp()
  const [authorName, setAuthorName] = useState(settings.authorName)
  const [autoLock, setAutoLock] = useState(String(settings.autoLockMinutes))
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setSaved(false)
    const minutes = Number(autoLock)
    if (autoLock.trim() === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
      setErrors({ fields: { autoLockMinutes: t('validation.range', { min: 0, max: 1440 }) }, general: null })
      document.getElementById('settings-autoLock')?.focus()
      return
    }
    setErrors(noErrors)
    setBusy(true)
    try {
      setSettings(await call('settings.update', { authorName: authorName.trim(), autoLockMinutes: minutes }))
      setSaved(true)
    } catch (e) {
      setErrors(placeError(t, asApiError(e), fieldNames))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settings.general')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Alert message={errors.general} />
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select id="settings-language" value={language} onChange={(e) => setLanguage(Language.parse(e.target.value))}>
            {Language.options.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="settings-author"
          label={t('settings.author')}
          value={authorName}
          onChange={setAuthorName}
          hint={t('settings.authorHint')}
          error={errors.fields.authorName}
          autoComplete="name"
        />
        <TextField
          id="settings-autoLock"
          label={t('settings.autoLock')}
          type="number"
          min={0}
          max={1440}
          value={autoLock}
          onChange={setAutoLock}
          hint={t('settings.autoLockHint')}
          error={errors.fields.autoLockMinutes}
        />
        <div className="field">
          <span className="field-label">{t('settings.workspacesDir')}</span>
          <p className="mono">{settings.workspacesDir}</p>
        </div>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('settings.save')}
          </button>
        </div>
        <Notice message={saved ? t('settings.saved') : null} />
      </form>
    </section>
  )
}
