import type { Result } from '../shared/errors'

/**
 * What the preload exposes as `window.dpo` (the renderer declares `window.dpo?: DpoBridge`).
 * Every call resolves to a Result; nothing throws across the bridge.
 */
export interface DpoBridge {
  /** Runs one contract method (see src/shared/api.ts) in the core. */
  call(method: string, input?: unknown): Promise<Result<unknown>>
  /** Called when the workspace locks (idle, explicit, screen lock, suspend); returns an unsubscribe function. */
  onLocked(listener: () => void): () => void
}
