import { useState, type FormEvent, type ReactNode } from 'react'
import { Language, Regime } from '../../../../shared/model'
import { asApiError, call } from '../../api/client'
import { useApp, type WorkspaceStatus } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../components/formErrors'
import { StrengthMeter } from '../../components/StrengthMeter'
import { TextField } from '../../components/TextField'
import { useI18n } from '../../i18n/I18nContext'

const fieldNames = ['file', 'organisationName', 'regimes', 'language', 'passphrase', 'confirm'] as const
type Field = (typeof fieldNames)[number]
const idOf = (f: Field): string => (f === 'regimes' ? 'create-regime-gdpr' : `create-${f}`)

/** Create a new workspace, or the demo one, protected by a passphrase typed twice. */
export function CreateWorkspaceForm({ onOpened }: { onOpened: (status: WorkspaceStatus) => void }): ReactNode {
  const { t, language: uiLanguage } = useI18n()
  const { settings } = useApp()
  const [file, setFile] = useState('')
  const [organisationName, setOrganisationName] = useState('')
  const [regimes, setRegimes] = useState<Regime[]>(['gdpr'])
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const [busy, setBusy] = useState<'create' | 'demo' | null>(null)

  const demoFile = t('create.demoFile')

  const validate = (demo: boolean): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {}
    if (!demo && !file.trim()) e.file = t('validation.required')
    if (!demo && !organisationName.trim()) e.organisationName = t('validation.required')
    if (regimes.length === 0) e.regimes = t('validation.regimes')
    if (!passphrase) e.passphrase = t('validation.required')
    if (passphrase && confirm !== passphrase) e.confirm = t('validation.mismatch')
    return e
  }

  const submit = async (demo: boolean): Promise<void> => {
    const fields = validate(demo)
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: null })
      focusFirstError(fields, fieldNames, idOf)
      return
    }
    setErrors(noErrors)
    setBusy(demo ? 'demo' : 'create')
    try {
      const status = await call('workspace.create', {
        file: file.trim() || demoFile,
        passphrase,
        // The demo seed brings its own organisation; the name only has to be valid.
        organisationName: organisationName.trim() || demoFile,
        regimes,
        language,
        demo
      })
      onOpened(status)
    } catch (e) {
      const placed = placeError(t, asApiError(e), fieldNames, { FILE_EXISTS: 'file', PERMISSION_DENIED: 'file' })
      setErrors(placed)
      focusFirstError(placed.fields, fieldNames, idOf)
      setBusy(null)
    }
  }

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    void submit(false)
  }

  const toggleRegime = (regime: Regime, on: boolean): void =>
    setRegimes((rs) => (on ? Regime.options.filter((r) => r === regime || rs.includes(r)) : rs.filter((r) => r !== regime)))

  const fe = errors.fields
  return (
    <section className="card" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('create.heading')}</h2>
      <form onSubmit={onSubmit} noValidate aria-busy={busy !== null}>
        <Alert message={errors.general} />
        <TextField
          id="create-file"
          label={t('create.file')}
          value={file}
          onChange={setFile}
          hint={t('create.fileHint', { dir: settings.workspacesDir })}
          error={fe.file}
          autoComplete="off"
        />
        <TextField
          id="create-organisationName"
          label={t('create.organisation')}
          value={organisationName}
          onChange={setOrganisationName}
          error={fe.organisationName}
          autoComplete="organization"
        />
        <div className="field-row">
          <fieldset className="field" aria-describedby={fe.regimes ? 'create-regimes-error' : undefined}>
            <legend>{t('create.regimes')}</legend>
            {Regime.options.map((r) => (
              <label key={r} className="check">
                <input
                  id={`create-regime-${r}`}
                  type="checkbox"
                  checked={regimes.includes(r)}
                  onChange={(e) => toggleRegime(r, e.target.checked)}
                  aria-invalid={fe.regimes ? true : undefined}
                />
                {t(`regime.${r}`)}
              </label>
            ))}
            {fe.regimes ? (
              <p id="create-regimes-error" className="field-error">
                {fe.regimes}
              </p>
            ) : null}
          </fieldset>
          <div className="field">
            <label htmlFor="create-language">{t('create.language')}</label>
            <select
              id="create-language"
              value={language}
              onChange={(e) => setLanguage(Language.parse(e.target.value))}
              aria-describedby="create-language-hint"
            >
              {Language.options.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
            <p id="create-language-hint" className="field-hint">
              {t('create.languageHint')}
            </p>
          </div>
        </div>
        <TextField
          id="create-passphrase"
          label={t('create.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          hint={t('create.passphraseHint')}
          error={fe.passphrase}
          autoComplete="new-password"
          extra={<StrengthMeter id="create-strength" passphrase={passphrase} />}
          extraId="create-strength"
        />
        <TextField
          id="create-confirm"
          label={t('create.confirm')}
          type="password"
          value={confirm}
          onChange={setConfirm}
          error={fe.confirm}
          autoComplete="new-password"
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy !== null}>
            {busy === 'create' ? t('create.busy') : t('create.submit')}
          </button>
        </div>
        <div className="demo-box">
          <button type="button" disabled={busy !== null} onClick={() => void submit(true)} aria-describedby="create-demo-hint">
            {busy === 'demo' ? t('create.busy') : t('create.demo')}
          </button>
          <p id="create-demo-hint" className="field-hint">
            {t('create.demoHint', { file: demoFile })}
          </p>
        </div>
      </form>
    </section>
  )
}
