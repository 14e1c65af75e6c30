import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * How long the event loop was blocked while a call ran: what the core could not answer meanwhile
 * (another IPC call, an HTTP request of the web shell). Two measures, printed side by side:
 * `monitorEventLoopDelay` (its longest delay) and the longest gap between the ticks of a 5 ms
 * interval timer, which also catches a stall that begins in the turn the call starts in.
 */
export interface Stalled<T> {
  readonly value: T
  readonly ms: number
  /** The longest event-loop delay perf_hooks saw. */
  readonly delayMs: number
  /** The longest gap between two ticks of a 5 ms timer. */
  readonly gapMs: number
}

export async function withStallWatch<T>(fn: () => Promise<T>): Promise<Stalled<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  // Let both watchers take their first samples before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 50))
  let last = performance.now()
  let gapMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    gapMs = Math.max(gapMs, now - last)
    last = now
  }, 5)
  const started = performance.now()
  const value = await fn()
  const ms = performance.now() - started
  gapMs = Math.max(gapMs, performance.now() - last)
  clearInterval(ticker)
  // A call that blocked the loop to its very end is seen by the histogram only when its timer
  // fires (late) afterwards: give it that turn before reading.
  await new Promise((resolve) => setTimeout(resolve, 20))
  histogram.disable()
  return { value, ms, delayMs: histogram.max / 1e6, gapMs }
}

/** The built worker entry (npm run build:node), or undefined with a note when it is missing. */
export function builtWorkerFile(): string | undefined {
  const file = join(process.cwd(), 'out/node/worker.js')
  if (existsSync(file)) return file
  console.log('out/node/worker.js is missing (run `npm run build:node`): only the in-process rows are measured.\n')
  return undefined
}
