import { BrowserWindow } from 'electron'
import type { AppLocation } from './app-url'

export const WINDOW_TITLE = 'DPO Workbench'

/**
 * The one app window. Every renderer-side door is shut: isolated, sandboxed, no Node, no
 * webviews, no spellchecker (it would download dictionaries), DevTools only in development.
 */
export function createMainWindow(options: {
  location: AppLocation
  preload: string
  devTools: boolean
  log: (line: string) => void
}): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools
    }
  })
  window.once('ready-to-show', () => window.show())

  const loaded = options.location.kind === 'dev' ? window.loadURL(options.location.url) : window.loadFile(options.location.indexFile)
  loaded.catch((error: unknown) => options.log(`[window] the app page did not load (${error instanceof Error ? error.message : 'unknown error'})`))
  return window
}
