import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the renderer comes from: the built files on disk (always, once packaged) or, in
 * development only, the electron-vite dev server on loopback. Everything the app trusts — which
 * requests may load, which frame may call the core — is derived from this one value.
 */
export type AppLocation =
  | { readonly kind: 'file'; readonly rootDir: string; readonly indexFile: string }
  | { readonly kind: 'dev'; readonly origin: string; readonly url: string }

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * ELECTRON_RENDERER_URL is honoured only when the app is not packaged and only for a loopback
 * http(s) URL: otherwise an environment variable could point the installed app at remote code.
 */
export function appLocation(options: { rendererDir: string; devServerUrl?: string; isPackaged: boolean }): AppLocation {
  const rootDir = resolve(options.rendererDir)
  const fileLocation: AppLocation = { kind: 'file', rootDir, indexFile: resolve(rootDir, 'index.html') }
  if (options.isPackaged || !options.devServerUrl) return fileLocation
  let url: URL
  try {
    url = new URL(options.devServerUrl)
  } catch {
    return fileLocation
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK.has(url.hostname) || url.username || url.password) {
    return fileLocation
  }
  return { kind: 'dev', origin: url.origin, url: url.href }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function filePath(url: URL): string | null {
  // A file URL with a host (file://server/share) is a network share, never the app's build.
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null
  try {
    return resolve(fileURLToPath(url))
  } catch {
    return null
  }
}

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel)
}

/** True when `url` is the app's own page (any hash or query): the only document allowed to call the core. */
export function isAppPageUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (location.kind === 'dev') return parsed.origin === location.origin
  const path = filePath(parsed)
  return path !== null && samePath(path, location.indexFile)
}

/**
 * True when the renderer may load `url` at all. The app has no remote content: only its own
 * build folder (or the dev server and its HMR socket), inline data/blob content (further
 * restricted by the CSP) and, where DevTools are enabled, DevTools' own pages.
 */
export function isAllowedRequestUrl(location: AppLocation, url: string, options: { devTools: boolean }): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  switch (parsed.protocol) {
    case 'data:':
    case 'blob:':
      return true
    case 'devtools:':
      return options.devTools
    case 'file:': {
      if (location.kind !== 'file') return false
      const path = filePath(parsed)
      return path !== null && isInside(location.rootDir, path)
    }
    case 'http:':
    case 'https:':
      return location.kind === 'dev' && parsed.origin === location.origin
    case 'ws:':
    case 'wss:': {
      if (location.kind !== 'dev') return false
      const dev = new URL(location.origin)
      return parsed.host === dev.host && parsed.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:')
    }
    default:
      return false
  }
}
