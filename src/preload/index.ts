import { contextBridge, ipcRenderer } from 'electron'
import type { DpoBridge } from './index.d'

/**
 * The whole surface the renderer gets: one call into the core and one event. No ipcRenderer, no
 * process, no Node. Sandboxed preloads can only require electron, so this file imports nothing
 * else at run time (the type import is erased). Channel names match src/main/ipc.ts.
 */
const CALL_CHANNEL = 'dpo:call'
const LOCKED_CHANNEL = 'dpo:locked'

const bridge: DpoBridge = {
  call(method, input) {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'The method name must be a string.' } })
    }
    // The main side never throws; a rejection means IPC itself failed (e.g. no handler yet during
    // start-up). Keep Electron's error text, which names the channel, out of the page.
    return ipcRenderer
      .invoke(CALL_CHANNEL, method, input)
      .catch(() => ({ ok: false, error: { code: 'INTERNAL', message: 'The app is not ready to answer.' } }))
  },
  onLocked(listener) {
    if (typeof listener !== 'function') return () => undefined
    // The IPC event object stays here: handing it to the page would leak ipcRenderer through `event.sender`.
    const handler = (): void => listener()
    ipcRenderer.on(LOCKED_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(LOCKED_CHANNEL, handler)
    }
  }
}

contextBridge.exposeInMainWorld('dpo', bridge)
