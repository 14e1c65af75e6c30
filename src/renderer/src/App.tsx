import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Language, Regime } from '../../shared/model'
import { CLOSED_STATUS } from '../../shared/closed-status'
import { asApiError, call, onWorkspaceLocked, type ApiError } from './api/client'
import { AppContext, type AppInfo, type AppSession, type Settings, type WorkspaceStatus } from './app/AppContext'
import { BootError } from './components/BootError'
import { DocumentLanguage } from './components/DocumentLanguage'
import { Loading } from './components/Loading'
import { I18nProvider } from './i18n/I18nContext'
import { Shell } from './screens/shell/Shell'
import { StartScreen, type UnlockTarget } from './screens/start/StartScreen'
import { UnlockScreen } from './screens/UnlockScreen'

type Screen = { kind: 'start' } | { kind: 'unlock'; target: UnlockTarget } | { kind: 'shell' }

interface Boot {
  info: AppInfo
  settings: Settings
  status: WorkspaceStatus
}

const closed = CLOSED_STATUS

/** The last workspace that was open, so a lock (manual or automatic) can offer to unlock it again. */
interface LastWorkspace {
  file: string
  name: string
  regimes: Regime[]
  swiss: boolean
}

export function App(): ReactNode {
  const [boot, setBoot] = useState<Boot | null>(null)
  const [bootError, setBootError] = useState<ApiError | null>(null)
  const [screen, setScreen] = useState<Screen>({ kind: 'start' })
  const last = useRef<LastWorkspace | null>(null)

  useEffect(() => {
    Promise.all([call('app.info', {}), call('settings.get', {}), call('workspace.status', {})]).then(
      ([info, settings, status]) => {
        if (status.open && status.file) {
          last.current = { file: status.file, name: status.organisationName ?? status.file, regimes: status.regimes, swiss: status.swissTerminology }
        }
        setBoot({ info, settings, status })
        setScreen(status.open ? { kind: 'shell' } : { kind: 'start' })
      },
      (e: unknown) => setBootError(asApiError(e))
    )
  }, [])

  const setSettings = useCallback((settings: Settings) => setBoot((b) => (b ? { ...b, settings } : b)), [])
  const setStatus = useCallback((status: WorkspaceStatus) => setBoot((b) => (b ? { ...b, status } : b)), [])

  const showUnlock = useCallback(() => {
    setBoot((b) => (b ? { ...b, status: closed } : b))
    const ws = last.current
    setScreen((s) => {
      if (s.kind !== 'shell') return s
      return ws ? { kind: 'unlock', target: { file: ws.file, name: ws.name, regimes: ws.regimes, swiss: ws.swiss, remembered: false } } : { kind: 'start' }
    })
  }, [])

  useEffect(() => onWorkspaceLocked(showUnlock), [showUnlock])

  const lock = useCallback(async () => {
    try {
      await call('workspace.lock', {})
    } finally {
      showUnlock()
    }
  }, [showUnlock])

  const unlockOther = useCallback(async (target: { file: string; name: string }) => {
    try {
      await call('workspace.lock', {})
    } finally {
      setBoot((b) => (b ? { ...b, status: closed } : b))
      setScreen({ kind: 'unlock', target: { ...target, regimes: [], remembered: false } })
    }
  }, [])

  const opened = useCallback(
    (status: WorkspaceStatus) => {
      if (status.file) last.current = { file: status.file, name: status.organisationName ?? status.file, regimes: status.regimes, swiss: status.swissTerminology }
      setStatus(status)
      setScreen({ kind: 'shell' })
    },
    [setStatus]
  )

  const setLanguage = useCallback(
    (language: Language) => {
      setBoot((b) => (b ? { ...b, settings: { ...b.settings, language } } : b))
      call('settings.update', { language }).then(setSettings, () => undefined)
    },
    [setSettings]
  )

  const session = useMemo<AppSession | null>(
    () => (boot ? { info: boot.info, settings: boot.settings, status: boot.status, setSettings, setStatus, lock, unlockOther } : null),
    [boot, setSettings, setStatus, lock, unlockOther]
  )

  const language: Language = boot?.settings.language ?? 'de'
  const swiss = boot?.status.open ? boot.status.swissTerminology : screen.kind === 'unlock' ? Boolean(screen.target.swiss) : false

  let content: ReactNode
  if (bootError) content = <BootError error={bootError} />
  else if (!session) content = <Loading />
  else if (screen.kind === 'shell') content = <Shell />
  else if (screen.kind === 'unlock')
    content = <UnlockScreen target={screen.target} onOpened={opened} onOther={() => setScreen({ kind: 'start' })} />
  else content = <StartScreen onOpened={opened} onUnlock={(target) => setScreen({ kind: 'unlock', target })} />

  return (
    <I18nProvider language={language} swiss={swiss} setLanguage={setLanguage}>
      <AppContext.Provider value={session}>
        <DocumentLanguage />
        {content}
      </AppContext.Provider>
    </I18nProvider>
  )
}

