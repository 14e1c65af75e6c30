import { DomainError, type ErrorCode, type Issue } from '../../shared/errors'
import type { Progress } from '../exports/model'
import type { Task } from './tasks'

/** The messages between the core (host.ts) and its worker (entry.ts). One task per worker at a time. */
export type ToWorker = { readonly type: 'run'; readonly task: Task }

export type FromWorker =
  /** Posted once the worker's modules are loaded: from here on it takes tasks. */
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: Parameters<Progress>[0] }
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'failed'; readonly error: SentError }

/** An error as it crosses the thread boundary: a DomainError keeps its code, anything else its name and message. */
export interface SentError {
  readonly name: string
  readonly message: string
  readonly stack?: string
  readonly domain?: { readonly code: ErrorCode; readonly params: Record<string, string | number>; readonly issues?: Issue[] }
}

export function sendError(error: unknown): SentError {
  if (error instanceof DomainError) return { name: error.name, message: error.message, domain: { code: error.code, params: error.params, ...(error.issues ? { issues: error.issues } : {}) } }
  const e = error instanceof Error ? error : new Error(String(error))
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) }
}

export function receiveError(sent: SentError): Error {
  if (sent.domain) return new DomainError(sent.domain.code, sent.domain.params, sent.domain.issues)
  const error = new Error(sent.message)
  error.name = sent.name
  if (sent.stack) error.stack = sent.stack
  return error
}

/** Bytes leave the worker as a fresh ArrayBuffer that is transferred, not copied (a Buffer may share Node's pool). */
export function sendResult(result: unknown): { value: unknown; transfer: ArrayBuffer[] } {
  if (!(result instanceof Uint8Array)) return { value: result, transfer: [] }
  const copy = new Uint8Array(result.byteLength)
  copy.set(result)
  return { value: copy, transfer: [copy.buffer] }
}

/** The inverse of sendResult: bytes become a Buffer again (without a copy). */
export function receiveResult(value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value
}
