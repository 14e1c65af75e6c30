import type { InputOf, MethodName, OutputOf } from '../../../shared/api'
import type { ErrorCode, Issue } from '../../../shared/errors'
import { createTransport, type Transport } from './transport'

/** A failed call, as the core reported it. `params` is read if a future core sends it. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly params: Record<string, string | number> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

let transport: Transport | null = null
const lockListeners = new Set<() => void>()

function current(): Transport {
  if (!transport) {
    transport = createTransport()
    transport.onLocked(() => lockListeners.forEach((l) => l()))
  }
  return transport
}

/** Called whenever the core says the workspace is locked: a push from Electron or a NO_WORKSPACE_OPEN error. */
export function onWorkspaceLocked(listener: () => void): () => void {
  current()
  lockListeners.add(listener)
  return () => {
    lockListeners.delete(listener)
  }
}

/** The one way the renderer talks to the core: typed by the contract, throws ApiError on failure. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await current().send(method, input)
  if (result.ok) return result.value as OutputOf<M>
  const { code, message, issues } = result.error
  const params = (result.error as { params?: Record<string, string | number> }).params ?? {}
  if (code === 'NO_WORKSPACE_OPEN') lockListeners.forEach((l) => l())
  throw new ApiError(code, message, issues ?? [], params)
}

/** Turns anything thrown into an ApiError, so screens deal with one shape. */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  return new ApiError('INTERNAL', e instanceof Error ? e.message : String(e))
}
