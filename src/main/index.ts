import { join, resolve } from 'node:path'
import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron'
import { createCore, setNativeBinding, type Core } from '../core'
import { appLocation, isAppPageUrl } from './app-url'
import { LOCKED_CHANNEL, registerCallChannel } from './ipc'
import { createSafeStorageKeychain } from './keychain'
import { resolveNativeBinding } from './native-binding'
import { hardenSession, installAppHardening } from './security'
import { lockOnSystemEvents } from './system-lock'
import { createMainWindow } from './window'

/**
 * The Electron shell's composition root: lifecycle and wiring only. The product lives in
 * src/core; each concern of the shell has its own small module next to this one.
 */
const log = (line: string): void => console.warn(line)

// Tests (and anyone who wants a throw-away profile) point userData elsewhere. It must be set
// before `ready` and before the single-instance lock, which is keyed to the userData folder.
if (process.env.DPO_USER_DATA) app.setPath('userData', resolve(process.env.DPO_USER_DATA))

installAppHardening(log)

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this profile (and may have a workspace open): it gets focused, we leave.
  app.quit()
} else {
  start()
}

function start(): void {
  const devTools = !app.isPackaged
  const location = appLocation({
    rendererDir: join(__dirname, '../renderer'),
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged
  })
  let window: BrowserWindow | null = null
  let core: Core | null = null
  let closed = false

  const liveWindow = (): BrowserWindow | null => (window && !window.isDestroyed() ? window : null)

  app.on('second-instance', () => {
    const current = liveWindow()
    if (!current) return
    if (current.isMinimized()) current.restore()
    current.focus()
  })
  // One window, one workspace: closing it ends the app on every platform, so no workspace
  // stays unlocked in a window-less process.
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', () => {
    if (closed || !core) return
    closed = true
    core.close()
  })

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, location, { devTools, log })

      const native = resolveNativeBinding({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        repoRoot: join(__dirname, '..', '..'),
        electronVersion: process.versions.electron
      })
      if (!native.ok) return fail(native.message)
      setNativeBinding(native.path)

      const userData = app.getPath('userData')
      const ready = createCore({
        shell: 'electron',
        settingsFile: join(userData, 'settings.json'),
        defaultWorkspacesDir: join(app.getPath('documents'), 'DPO Workbench'),
        keychain: createSafeStorageKeychain({ storeFile: join(userData, 'keychain.json') }),
        // Export rendering, full checks and reading import files run in this worker thread (built next to index.js).
        workerFile: join(__dirname, 'worker.js')
      })
      core = ready

      registerCallChannel(ipcMain, {
        dispatch: (method, input) => ready.dispatch(method, input),
        policy: {
          appFrame: () => liveWindow()?.webContents.mainFrame ?? null,
          isAppUrl: (url) => isAppPageUrl(location, url)
        },
        log
      })
      ready.onLocked(() => liveWindow()?.webContents.send(LOCKED_CHANNEL))
      lockOnSystemEvents(() => void ready.dispatch('workspace.lock', {}))

      window = createMainWindow({ location, preload: join(__dirname, '../preload/index.js'), devTools, log })
      window.on('closed', () => {
        window = null
      })
    })
    .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
}

function fail(message: string): void {
  log(`[main] cannot start: ${message}`)
  dialog.showErrorBox('DPO Workbench cannot start', message)
  app.exit(1)
}
