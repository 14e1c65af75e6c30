import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ enableSandbox: vi.fn(), on: vi.fn() }))
vi.mock('electron', () => ({ app: { enableSandbox: electron.enableSandbox, on: electron.on } }))

import { appLocation } from '../../src/main/app-url'
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, installAppHardening } from '../../src/main/security'

type Listener = (...args: unknown[]) => unknown
// Types come from the functions under test: tests may not import electron, not even its types.
type WebContents = Parameters<typeof hardenWebContents>[0]
type Session = Parameters<typeof hardenSession>[0]

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: Listener | undefined
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler
    }
  }
  return { contents: contents as unknown as WebContents, listeners, open: (url: string) => openHandler?.({ url }) }
}

function fakeSession() {
  const calls: Record<string, Listener> = {}
  const record = (name: string) => (handler: Listener) => {
    calls[name] = handler
  }
  const session = {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') }
  }
  return { session: session as unknown as Session, calls, spell: session.setSpellCheckerEnabled }
}

const rendererDir = '/opt/dpo/out/renderer'
const location = appLocation({ rendererDir, isPackaged: true })

describe('window hardening', () => {
  it('cancels navigation, frame navigation, redirects and webviews, and denies window.open', () => {
    const { contents, listeners, open } = fakeContents()
    const log: string[] = []
    hardenWebContents(contents, (line) => log.push(line))
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn()
      listeners.get(event)!({ preventDefault, url: 'https://evil.example/path?name=Anna' })
      expect(preventDefault, event).toHaveBeenCalledOnce()
    }
    expect(open('https://evil.example/x')).toEqual({ action: 'deny' })
    // Logs name the host at most, never a path or query.
    expect(log.join('\n')).not.toMatch(/Anna|path/)
  })

  it('sandboxes every renderer and hardens every web contents as it is created', () => {
    installAppHardening(() => undefined)
    expect(electron.enableSandbox).toHaveBeenCalledOnce()
    expect(electron.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function))
  })
})

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    const { session, calls, spell } = fakeSession()
    hardenSession(session, location, { devTools: false, log: () => undefined })
    const callback = vi.fn()
    calls.permissionRequest!({}, 'media', callback, {})
    calls.permissionRequest!({}, 'clipboard-read', callback, {})
    expect(callback.mock.calls).toEqual([[false], [false]])
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      expect(calls.permissionCheck!(null, permission, 'file:///', {})).toBe(false)
    }
    expect(calls.devicePermission!({})).toBe(false)
    expect(spell).toHaveBeenCalledWith(false)
  })

  it('cancels every request that is not the app build', () => {
    const { session, calls } = fakeSession()
    hardenSession(session, location, { devTools: false, log: () => undefined })
    const verdict = (url: string): unknown => {
      let answer: unknown
      calls.beforeRequest!({ url }, (response: unknown) => (answer = response))
      return answer
    }
    expect(verdict(`file://${rendererDir}/index.html`)).toEqual({ cancel: false })
    expect(verdict(`file://${rendererDir}/assets/index.js`)).toEqual({ cancel: false })
    expect(verdict('https://fonts.googleapis.com/css')).toEqual({ cancel: true })
    expect(verdict('http://127.0.0.1:8080/')).toEqual({ cancel: true })
    expect(verdict('file:///home/anna/secret.txt')).toEqual({ cancel: true })
  })

  it('adds the strict CSP to every response', () => {
    const { session, calls } = fakeSession()
    hardenSession(session, location, { devTools: false, log: () => undefined })
    let headers: Record<string, string[]> = {}
    calls.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response: { responseHeaders: Record<string, string[]> }) => {
      headers = response.responseHeaders
    })
    expect(headers['Content-Type']).toEqual(['text/html'])
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
  })
})
