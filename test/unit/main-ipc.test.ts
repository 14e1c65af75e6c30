import { beforeEach, describe, expect, it, vi } from 'vitest'

// require('electron') in plain Node tries to download the binary and throws (toolchain G3):
// every main/preload test replaces it before importing anything.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn()
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener }
}))

import { appLocation, isAllowedRequestUrl, isAppPageUrl, type AppLocation } from '../../src/main/app-url'
import {
  CALL_CHANNEL,
  checkSender,
  registerCallChannel,
  type FrameLike,
  type InvokeEventLike,
  type IpcMainLike,
  type SenderPolicy
} from '../../src/main/ipc'
import type { Result } from '../../src/shared/errors'

const rendererDir = '/opt/dpo/resources/app.asar/out/renderer'
const appPage = `file://${rendererDir}/index.html`
const fileLocation = appLocation({ rendererDir, isPackaged: true })

const appFrame: FrameLike = { url: `${appPage}#/activities`, parent: null, processId: 4, routingId: 1 }
const policy: SenderPolicy = { appFrame: () => appFrame, isAppUrl: (url) => isAppPageUrl(fileLocation, url) }

/** A fake ipcMain (Bruno's IpcMainLike): records handlers so a test can invoke them like a renderer would. */
function fakeIpcMain(): IpcMainLike & { invoke(event: InvokeEventLike, ...args: unknown[]): Promise<unknown>; channels(): string[] } {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>()
  return {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    removeHandler: (channel) => handlers.delete(channel),
    invoke: (event, ...args) => {
      const handler = handlers.get(CALL_CHANNEL)
      if (!handler) throw new Error('no handler')
      return handler(event, ...args)
    },
    channels: () => [...handlers.keys()]
  }
}

describe('checkSender', () => {
  it("accepts the app window's main frame showing the app page", () => {
    expect(checkSender(appFrame, policy)).toEqual({ ok: true })
    // Electron hands out distinct WebFrameMain objects for one frame: equal ids are the same frame.
    expect(checkSender({ ...appFrame, url: appPage }, policy)).toEqual({ ok: true })
  })

  it('refuses a missing (destroyed or navigated-away) frame', () => {
    expect(checkSender(null, policy)).toEqual({ ok: false, reason: 'no-frame' })
    expect(checkSender(undefined, policy)).toEqual({ ok: false, reason: 'no-frame' })
  })

  it('refuses a subframe, even one showing the app page in the app process', () => {
    expect(checkSender({ ...appFrame, routingId: 9, parent: appFrame }, policy)).toEqual({ ok: false, reason: 'subframe' })
    expect(checkSender({ ...appFrame, parent: appFrame }, policy)).toEqual({ ok: false, reason: 'subframe' })
  })

  it('refuses a foreign frame (another window or process), even with the app URL', () => {
    expect(checkSender({ ...appFrame, processId: 5 }, policy)).toEqual({ ok: false, reason: 'foreign-frame' })
    expect(checkSender({ ...appFrame, routingId: 2 }, policy)).toEqual({ ok: false, reason: 'foreign-frame' })
  })

  it('refuses the app frame when it shows a foreign URL', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', `file://${rendererDir}/assets/x.html`, 'about:blank', '', 'data:text/html,hi']) {
      expect(checkSender({ ...appFrame, url }, policy)).toEqual({ ok: false, reason: 'foreign-url' })
    }
  })

  it('refuses everything while the app has no window', () => {
    expect(checkSender(appFrame, { ...policy, appFrame: () => null })).toEqual({ ok: false, reason: 'no-window' })
  })
})

describe('the dpo:call channel', () => {
  const ok: Result<unknown> = { ok: true, value: { name: 'DPO Workbench' } }
  let dispatch: ReturnType<typeof vi.fn<(method: string, input: unknown) => Promise<Result<unknown>>>>
  let ipc: ReturnType<typeof fakeIpcMain>
  let logged: string[]

  beforeEach(() => {
    dispatch = vi.fn(async () => ok)
    ipc = fakeIpcMain()
    logged = []
    registerCallChannel(ipc, { dispatch, policy, log: (line) => logged.push(line) })
  })

  it('registers exactly one channel, dpo:call, and can remove it', () => {
    expect(ipc.channels()).toEqual(['dpo:call'])
    const ipc2 = fakeIpcMain()
    const remove = registerCallChannel(ipc2, { dispatch, policy })
    remove()
    expect(ipc2.channels()).toEqual([])
  })

  it("returns the dispatcher's Result unchanged for the app's own frame", async () => {
    const input = { query: 'x' }
    const result = await ipc.invoke({ senderFrame: appFrame }, 'activities.list', input)
    expect(result).toBe(ok)
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('activities.list', input)

    const failure: Result<unknown> = { ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' } }
    dispatch.mockResolvedValueOnce(failure)
    expect(await ipc.invoke({ senderFrame: appFrame }, 'workspace.open', {})).toBe(failure)
  })

  it('refuses foreign senders with FORBIDDEN and never reaches the core', async () => {
    const senders: Array<FrameLike | null> = [
      null,
      { ...appFrame, parent: appFrame, routingId: 3 },
      { ...appFrame, processId: 99 },
      { ...appFrame, url: 'https://evil.example/' }
    ]
    for (const senderFrame of senders) {
      const result = await ipc.invoke({ senderFrame }, 'workspace.status', {})
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Access denied.' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
    expect(logged).toHaveLength(4)
    expect(logged.join('\n')).not.toContain('evil')
  })

  it('refuses a non-string (or absurd) method name without calling the core', async () => {
    for (const method of [42, null, undefined, { toString: () => 'workspace.status' }, ['workspace.status'], '', 'x'.repeat(201)]) {
      const result = (await ipc.invoke({ senderFrame: appFrame }, method, {})) as Result<unknown>
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD')
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('turns a throwing dispatcher into INTERNAL without leaking message or stack', async () => {
    dispatch.mockRejectedValueOnce(new Error('SQLITE_CORRUPT at /home/anna/Kunde Müller.dpo'))
    const result = await ipc.invoke({ senderFrame: appFrame }, 'workspace.verify', {})
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
    const text = JSON.stringify(result) + logged.join('\n')
    expect(text).not.toMatch(/SQLITE_CORRUPT|anna|Müller|at .*:\d+/)
  })
})

describe('app-url: what counts as the app', () => {
  it('trusts only the built index.html as the app page (any hash or query)', () => {
    expect(isAppPageUrl(fileLocation, appPage)).toBe(true)
    expect(isAppPageUrl(fileLocation, `${appPage}?x=1#/toms`)).toBe(true)
    expect(isAppPageUrl(fileLocation, `file://${rendererDir}/../renderer/index.html`)).toBe(true)
    expect(isAppPageUrl(fileLocation, `file://${rendererDir}/other.html`)).toBe(false)
    expect(isAppPageUrl(fileLocation, `file://evil-server${rendererDir}/index.html`)).toBe(false)
    expect(isAppPageUrl(fileLocation, 'http://localhost:5173/')).toBe(false)
    expect(isAppPageUrl(fileLocation, 'not a url')).toBe(false)
  })

  it('lets the renderer load only files inside its build folder', () => {
    const allowed = (url: string): boolean => isAllowedRequestUrl(fileLocation, url, { devTools: false })
    expect(allowed(appPage)).toBe(true)
    expect(allowed(`file://${rendererDir}/assets/index-abc.js`)).toBe(true)
    expect(allowed('data:image/png;base64,AAAA')).toBe(true)
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4321/api',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      `file://${rendererDir}/../main/index.js`,
      `file://${rendererDir}-evil/index.html`,
      `file://${rendererDir}`,
      'ftp://example.com/x',
      'devtools://devtools/bundled/inspector.html',
      'javascript:alert(1)'
    ]) {
      expect(allowed(url), url).toBe(false)
    }
  })

  it('uses the dev server only when not packaged and only on loopback', () => {
    const dev = appLocation({ rendererDir, devServerUrl: 'http://localhost:5173/', isPackaged: false })
    expect(dev).toEqual({ kind: 'dev', origin: 'http://localhost:5173', url: 'http://localhost:5173/' })
    expect(isAppPageUrl(dev, 'http://localhost:5173/#/activities')).toBe(true)
    expect(isAppPageUrl(dev, 'http://localhost:5174/')).toBe(false)
    expect(isAllowedRequestUrl(dev, 'http://localhost:5173/src/main.tsx', { devTools: true })).toBe(true)
    expect(isAllowedRequestUrl(dev, 'ws://localhost:5173/', { devTools: true })).toBe(true)
    expect(isAllowedRequestUrl(dev, 'devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true)
    expect(isAllowedRequestUrl(dev, 'https://example.com/', { devTools: true })).toBe(false)
    expect(isAllowedRequestUrl(dev, appPage, { devTools: true })).toBe(false)

    const fallsBack = (devServerUrl: string, isPackaged = false): AppLocation['kind'] =>
      appLocation({ rendererDir, devServerUrl, isPackaged }).kind
    expect(fallsBack('http://localhost:5173/', true)).toBe('file')
    expect(fallsBack('https://evil.example/')).toBe('file')
    expect(fallsBack('http://user:pw@localhost:5173/')).toBe('file')
    expect(fallsBack('file:///tmp/index.html')).toBe('file')
    expect(fallsBack('nonsense')).toBe('file')
  })
})

describe('preload bridge', () => {
  type Bridge = import('../../src/preload/index.d').DpoBridge
  let bridge: Bridge

  beforeEach(async () => {
    electron.exposed.clear()
    electron.invoke.mockReset()
    electron.on.mockReset()
    electron.removeListener.mockReset()
    vi.resetModules()
    await import('../../src/preload/index')
    bridge = electron.exposed.get('dpo') as Bridge
  })

  it('exposes exactly window.dpo with call and onLocked', () => {
    expect([...electron.exposed.keys()]).toEqual(['dpo'])
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onLocked'])
  })

  it('forwards a call on dpo:call and returns its Result', async () => {
    const ok = { ok: true, value: 1 }
    electron.invoke.mockResolvedValueOnce(ok)
    expect(await bridge.call('workspace.status', {})).toBe(ok)
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CALL_CHANNEL, 'workspace.status', {})
  })

  it('refuses a non-string method without touching IPC', async () => {
    const result = await bridge.call(42 as unknown as string, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    expect(electron.invoke).not.toHaveBeenCalled()
  })

  it('turns an IPC failure into a Result instead of a rejection', async () => {
    electron.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'dpo:call': No handler registered"))
    const result = await bridge.call('workspace.status', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('dpo:call')
  })

  it('delivers dpo:locked without the IPC event and unsubscribes', () => {
    const listener = vi.fn()
    const off = bridge.onLocked(listener)
    expect(electron.on).toHaveBeenCalledWith('dpo:locked', expect.any(Function))
    const handler = electron.on.mock.calls[0]![1] as (...args: unknown[]) => void
    handler({ sender: 'the ipcRenderer event' }, 'extra')
    expect(listener).toHaveBeenCalledExactlyOnceWith()
    off()
    expect(electron.removeListener).toHaveBeenCalledWith('dpo:locked', handler)
  })
})
