import { app, type Session, type WebContents } from 'electron'
import { isAllowedRequestUrl, type AppLocation } from './app-url'

/**
 * App-wide hardening in the spirit of Actual's security.ts and Electron's security checklist:
 * no navigation, no new windows, no webviews, no permissions, no remote requests, strict CSP.
 * The renderer's index.html carries the same policy as a <meta> tag; the header is the second
 * layer (and the only one that can carry frame-ancestors).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

type Log = (line: string) => void

/** The app is a single page that never leaves itself: every navigation and popup is refused. */
export function hardenWebContents(contents: WebContents, log: Log): void {
  const refuse = (what: string) => (event: { preventDefault(): void }, url?: string) => {
    event.preventDefault()
    log(`[security] refused ${what}${url ? ` to ${describe(url)}` : ''}`)
  }
  contents.on('will-navigate', (event) => refuse('navigation')(event, event.url))
  contents.on('will-frame-navigate', (event) => refuse('frame navigation')(event, event.url))
  contents.on('will-redirect', (event) => refuse('redirect')(event, event.url))
  contents.on('will-attach-webview', (event) => refuse('webview')(event))
  contents.setWindowOpenHandler(({ url }) => {
    log(`[security] refused window.open to ${describe(url)}`)
    return { action: 'deny' }
  })
}

/** Deny every permission, load nothing but the app itself, and add the CSP to every response. */
export function hardenSession(session: Session, location: AppLocation, options: { devTools: boolean; log: Log }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // Chromium's spellchecker downloads dictionaries from Google: off, like every other network use.
  session.setSpellCheckerEnabled(false)

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(location, details.url, { devTools: options.devTools })
    if (!allowed) options.log(`[security] blocked request to ${describe(details.url)}`)
    callback({ cancel: !allowed })
  })

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff']
      }
    })
  })
}

/** Must run before `ready`: sandbox every renderer and harden each web contents as it is created. */
export function installAppHardening(log: Log): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log))
}

/** Logs name the scheme and host only: a path or query may carry a file name or personal data. */
function describe(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol
  } catch {
    return 'an invalid URL'
  }
}
