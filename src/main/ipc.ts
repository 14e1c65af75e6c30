import type { AppError, ErrorCode, Result } from '../shared/errors'
import { translate, type MessageKey } from '../shared/i18n'

/**
 * The one IPC channel between renderer and core, and its guard. Nothing here imports electron:
 * the handler is registered on anything shaped like ipcMain, so tests drive it with a fake
 * (Bruno's IpcMainLike) and a fake frame.
 */
export const CALL_CHANNEL = 'dpo:call'
/** Main → renderer: the workspace was locked (idle timer, explicit lock, screen lock, suspend). */
export const LOCKED_CHANNEL = 'dpo:locked'

/** The part of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string
  readonly parent: unknown
  readonly processId: number
  readonly routingId: number
}

export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export interface SenderPolicy {
  /** The main frame of the app's own window, or null when there is no such window (yet, or any more). */
  appFrame(): FrameLike | null
  /** Whether a URL is the app's own page (see app-url.ts). */
  isAppUrl(url: string): boolean
}

export type SenderVerdict = { ok: true } | { ok: false; reason: 'no-frame' | 'subframe' | 'no-window' | 'foreign-frame' | 'foreign-url' }

/**
 * Per Electron's advisory GHSA-mq8j-3h7h-p8g7: every handler must check `senderFrame`. Only the
 * top-level frame of our own window, showing our own page, may reach the core. A destroyed or
 * navigated-away frame reads as null and is refused too.
 */
export function checkSender(frame: FrameLike | null | undefined, policy: SenderPolicy): SenderVerdict {
  if (!frame) return { ok: false, reason: 'no-frame' }
  if (frame.parent !== null) return { ok: false, reason: 'subframe' }
  const app = policy.appFrame()
  if (!app) return { ok: false, reason: 'no-window' }
  // Distinct WebFrameMain objects for one frame share processId and routingId; compare those, not identity.
  if (frame.processId !== app.processId || frame.routingId !== app.routingId) return { ok: false, reason: 'foreign-frame' }
  if (!policy.isAppUrl(frame.url)) return { ok: false, reason: 'foreign-url' }
  return { ok: true }
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

const MAX_METHOD_LENGTH = 200

function failure(code: ErrorCode, key: MessageKey, params?: Record<string, string | number>): Result<never> {
  const error: AppError = { code, message: translate('en', key, params) }
  return { ok: false, error }
}

/**
 * The body of the `dpo:call` handler: guard, then hand over to the core's dispatcher, whose
 * Result goes back unchanged. It never throws, so the renderer never sees Electron's
 * "Error invoking remote method" with a stack trace in it.
 */
export async function handleCall(
  event: InvokeEventLike,
  method: unknown,
  input: unknown,
  deps: { dispatch: Dispatch; policy: SenderPolicy; log?: (line: string) => void }
): Promise<Result<unknown>> {
  const verdict = checkSender(event.senderFrame, deps.policy)
  if (!verdict.ok) {
    deps.log?.(`[dpo:call] refused a call from an untrusted sender (${verdict.reason})`)
    return failure('FORBIDDEN', 'error.FORBIDDEN')
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) {
    return failure('UNKNOWN_METHOD', 'error.UNKNOWN_METHOD', { method: typeof method === 'string' ? method.slice(0, 40) : typeof method })
  }
  try {
    return await deps.dispatch(method, input)
  } catch (error) {
    // The dispatcher promises not to throw; if it does anyway, say only what kind of error it was
    // (messages may carry personal data or file paths and must not reach logs).
    deps.log?.(`[dpo:call] ${method} threw ${error instanceof Error ? error.name : typeof error}`)
    return failure('INTERNAL', 'error.INTERNAL')
  }
}

/** Binds `dpo:call`; returns the function that removes the handler again. */
export function registerCallChannel(
  ipcMain: IpcMainLike,
  deps: { dispatch: Dispatch; policy: SenderPolicy; log?: (line: string) => void }
): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method, input) => handleCall(event, method, input, deps))
  return () => ipcMain.removeHandler(CALL_CHANNEL)
}
