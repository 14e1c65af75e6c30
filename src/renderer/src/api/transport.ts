import type { Result } from '../../../shared/errors'

/**
 * How a call reaches the core. In Electron the preload exposes `window.dpo`; in a normal browser
 * (the web shell) the API is `POST /api/<method>` guarded by a per-launch token.
 */
export interface Transport {
  send(method: string, input: unknown): Promise<Result<unknown>>
  /** Subscribe to "the core locked the workspace" pushes; only Electron has them. */
  onLocked(listener: () => void): () => void
}

/** Structural copy of the preload's DpoBridge, so the renderer does not depend on its d.ts. */
interface Bridge {
  call(method: string, input: unknown): Promise<Result<unknown>>
  onLocked(listener: () => void): () => void
}

const TOKEN_KEY = 'dpo.token'

/**
 * The web shell hands the token over once in `?token=...`. Keep it for this tab only and take it
 * out of the address bar at once, so it does not end up in history, bookmarks or screenshots.
 */
export function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
  }
  return window.sessionStorage.getItem(TOKEN_KEY)
}

function failure(message: string): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } }
}

function webTransport(): Transport {
  const token = takeTokenFromUrl()
  return {
    async send(method, input) {
      let response: Response
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-DPO-Token': token ?? '' },
          body: JSON.stringify(input ?? {})
        })
      } catch (e) {
        return failure(e instanceof Error ? e.message : String(e))
      }
      try {
        return (await response.json()) as Result<unknown>
      } catch {
        return failure(`HTTP ${response.status}`)
      }
    },
    onLocked: () => () => undefined
  }
}

function bridgeTransport(bridge: Bridge): Transport {
  return {
    send: (method, input) => bridge.call(method, input),
    onLocked: (listener) => bridge.onLocked(listener)
  }
}

export function createTransport(): Transport {
  const bridge = (window as unknown as { dpo?: Bridge }).dpo
  return bridge && typeof bridge.call === 'function' ? bridgeTransport(bridge) : webTransport()
}
