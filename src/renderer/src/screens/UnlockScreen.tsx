import { useState, type FormEvent, type ReactNode } from 'react'
import { asApiError, call } from '../api/client'
import { useApp, type WorkspaceStatus } from '../app/AppContext'
import { Alert } from '../components/Alert'
import { TextField } from '../components/TextField'
import { TopBar } from '../components/TopBar'
import { errorText } from '../i18n/format'
import { useT } from '../i18n/I18nContext'
import type { UnlockTarget } from './start/StartScreen'

interface Props {
  readonly target: UnlockTarget
  readonly onOpened: (status: WorkspaceStatus) => void
  readonly onOther: () => void
}

/** Shown after a lock or auto-lock, or when a recent workspace is picked: the passphrase, nothing else. */
export function UnlockScreen({ target, onOpened, onOther }: Props): ReactNode {
  const t = useT()
  const { info } = useApp()
  const [passphrase, setPassphrase] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [missing, setMissing] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const attempt = async (open: () => Promise<WorkspaceStatus>): Promise<void> => {
    setError(null)
    setBusy(true)
    try {
      onOpened(await open())
    } catch (e) {
      setError(errorText(t, asApiError(e)))
      setBusy(false)
    }
  }

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault()
    if (!passphrase) {
      setMissing(t('validation.required'))
      document.getElementById('unlock-passphrase')?.focus()
      return
    }
    setMissing(null)
    void attempt(() => call('workspace.open', { file: target.file, passphrase, remember: info.keychain && remember }))
  }

  return (
    <div className="page-frame">
      <TopBar />
      <main id="main" className="center-screen">
        <section className="card unlock" aria-labelledby="unlock-heading">
          <h1 id="unlock-heading">{t('unlock.heading')}</h1>
          <p className="unlock-name">{target.name}</p>
          <p className="recent-file">{target.file}</p>
          <p className="muted">{t('unlock.locked')}</p>
          <form onSubmit={onSubmit} noValidate aria-busy={busy}>
            <Alert message={error} />
            <TextField
              id="unlock-passphrase"
              label={t('unlock.passphrase')}
              type="password"
              value={passphrase}
              onChange={setPassphrase}
              error={missing}
              autoComplete="current-password"
              autoFocus
            />
            {info.keychain && !target.remembered ? (
              <label className="check">
                <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
                {t('open.remember')}
              </label>
            ) : null}
            <div className="actions">
              <button type="submit" className="button-primary" disabled={busy}>
                {busy ? t('unlock.busy') : t('unlock.submit')}
              </button>
              {info.keychain && target.remembered ? (
                <button type="button" disabled={busy} onClick={() => void attempt(() => call('workspace.openRemembered', { file: target.file }))}>
                  {t('unlock.remembered')}
                </button>
              ) : null}
            </div>
          </form>
          <p className="unlock-other">
            <button type="button" className="link" onClick={onOther}>
              {t('unlock.other')}
            </button>
          </p>
        </section>
      </main>
    </div>
  )
}
