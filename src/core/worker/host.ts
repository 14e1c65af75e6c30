import { Worker } from 'node:worker_threads'
import type { Progress } from '../exports/model'
import { receiveError, receiveResult, type FromWorker, type ToWorker } from './protocol'
import { runTask, type ResultOf, type Task } from './tasks'

/**
 * Runs the CPU-heavy, database-free part of long work (export rendering, the rules of a full
 * check, reading an import file) in a `node:worker_threads` worker, so the core's event loop keeps
 * answering calls.
 *
 * The SQLCipher connection stays in the core's thread (EXCLUSIVE locking: nothing else may open
 * the file), so the caller reads its snapshot there and hands plain data over (tasks.ts).
 *
 * - One task per worker. A finished worker waits IDLE_MS for the next task (checks.run comes
 *   often), then ends; a second task while one runs gets a worker of its own, up to MAX_BUSY
 *   workers (each holds a copy of its snapshot); further tasks wait for one to be free.
 * - Cancelling (an AbortSignal, or a progress listener that throws) terminates the task's worker
 *   at once; the task rejects with Cancelled. Locking the workspace cancels everything (reset()).
 * - Without a worker file (tests, a shell that has none) the task runs in the core's thread, the
 *   same function (runTask) with the same result. So it does when the worker cannot start: that
 *   is said once in the log and not tried again.
 */

/** How long a finished worker waits for the next task. */
export const IDLE_MS = 30_000

/** Workers running at once (each holds a copy of its data): an export and a check side by side. */
export const MAX_BUSY = 2

/** The task was cancelled (its signal aborted, the workspace locked) before it finished. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'Cancelled'
  }
}

export interface RunOptions {
  readonly onProgress?: Progress
  readonly signal?: AbortSignal
}

type Log = (line: string) => void

export class Offload {
  /** Every live worker, running a task or idle. */
  private readonly workers = new Set<Worker>()
  private idle: { worker: Worker; timer: NodeJS.Timeout } | null = null
  /** Null while the worker may be used; the reason it cannot, once it failed to start. */
  private unavailable: string | null
  /** Aborts every running task (reset, close). */
  private readonly running = new Set<AbortController>()
  /** Workers given out to tasks, and the tasks waiting for one. */
  private busy = 0
  private readonly waiting: Array<() => void> = []
  private closed = false

  constructor(
    readonly workerFile: string | undefined,
    private readonly log: Log = (line) => console.warn(line)
  ) {
    this.unavailable = workerFile ? null : 'no worker file'
  }

  /** Whether tasks go to a worker thread (false: no worker file, or it could not start). */
  get usesWorker(): boolean {
    return this.unavailable === null
  }

  /** Live worker threads, busy or idle (tests and benches). */
  get threads(): number {
    return this.workers.size
  }

  async run<T extends Task>(task: T, options: RunOptions = {}): Promise<ResultOf<T>> {
    const controller = new AbortController()
    const forward = (): void => controller.abort()
    if (options.signal?.aborted) throw new Cancelled()
    options.signal?.addEventListener('abort', forward, { once: true })
    this.running.add(controller)
    try {
      const worker = this.closed ? null : await this.acquire(controller.signal)
      if (controller.signal.aborted) {
        if (worker) this.release(worker, true)
        throw new Cancelled()
      }
      return worker ? await this.onWorker(worker, task, options.onProgress, controller.signal) : await this.inProcess(task, options.onProgress, controller.signal)
    } finally {
      this.running.delete(controller)
      options.signal?.removeEventListener('abort', forward)
    }
  }

  /** Cancels every running task and ends the idle worker (the workspace was locked: no data may stay behind). */
  reset(): void {
    for (const controller of this.running) controller.abort()
    this.dropIdle()
  }

  /** Ends everything; later tasks run in the core's thread. */
  close(): void {
    this.closed = true
    this.reset()
    for (const worker of this.workers) void worker.terminate()
    this.workers.clear()
  }

  private inProcess<T extends Task>(task: T, onProgress: Progress | undefined, signal: AbortSignal): Promise<ResultOf<T>> {
    return runTask(task, (p) => {
      if (signal.aborted) throw new Cancelled()
      onProgress?.(p)
    })
  }

  /** The idle worker, or a new one once it says it is ready; null to run in the core's thread. */
  private async acquire(signal: AbortSignal): Promise<Worker | null> {
    if (this.unavailable !== null || !this.workerFile) return null
    while (this.busy >= MAX_BUSY) {
      let wake!: () => void
      const woken = new Promise<void>((resolve) => (wake = resolve))
      this.waiting.push(wake)
      signal.addEventListener('abort', wake, { once: true })
      await woken
      signal.removeEventListener('abort', wake)
      if (signal.aborted) {
        const at = this.waiting.indexOf(wake)
        // Woken by the abort it is still in the queue; woken by a free worker it passes the turn on.
        if (at >= 0) this.waiting.splice(at, 1)
        else this.waiting.shift()?.()
        throw new Cancelled()
      }
    }
    this.busy++
    if (this.idle) {
      const { worker, timer } = this.idle
      this.idle = null
      clearTimeout(timer)
      worker.ref()
      return worker
    }
    try {
      const worker = await start(this.workerFile)
      this.workers.add(worker)
      worker.once('exit', () => {
        this.workers.delete(worker)
        // An idle worker that ended (it should not) is not handed out again.
        if (this.idle?.worker === worker) {
          clearTimeout(this.idle.timer)
          this.idle = null
        }
      })
      return worker
    } catch (error) {
      this.busy--
      this.waiting.shift()?.()
      if (this.unavailable === null) {
        this.unavailable = error instanceof Error ? error.message : String(error)
        this.log(`[dpo] the worker thread cannot start (${this.unavailable}); long work runs in the core's thread`)
      }
      return null
    }
  }

  /**
   * A task is done with its worker: kept for the next task if it ended normally (one idle worker
   * at most), else ended; the next waiting task may go.
   */
  private release(worker: Worker, keep: boolean): void {
    this.busy--
    if (keep && !this.closed && !this.idle && this.workers.has(worker)) {
      worker.unref()
      const timer = setTimeout(() => this.dropIdle(), IDLE_MS)
      timer.unref()
      this.idle = { worker, timer }
    } else this.discard(worker)
    this.waiting.shift()?.()
  }

  private dropIdle(): void {
    if (!this.idle) return
    clearTimeout(this.idle.timer)
    this.discard(this.idle.worker)
    this.idle = null
  }

  private discard(worker: Worker): void {
    this.workers.delete(worker)
    void worker.terminate()
  }

  private onWorker<T extends Task>(worker: Worker, task: T, onProgress: Progress | undefined, signal: AbortSignal): Promise<ResultOf<T>> {
    return new Promise<ResultOf<T>>((resolve, reject) => {
      let settled = false
      const settle = (keep: boolean, outcome: () => void): void => {
        if (settled) return
        settled = true
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        signal.removeEventListener('abort', onAbort)
        this.release(worker, keep)
        outcome()
      }
      const onMessage = (message: FromWorker): void => {
        switch (message.type) {
          case 'progress':
            try {
              onProgress?.(message.progress)
            } catch (error) {
              // The listener says stop (a cancelled export job): the worker's work is of no use now.
              settle(false, () => reject(error))
            }
            return
          case 'done':
            return settle(true, () => resolve(receiveResult(message.result) as ResultOf<T>))
          case 'failed':
            return settle(true, () => reject(receiveError(message.error)))
        }
      }
      const onError = (error: Error): void => settle(false, () => reject(error))
      const onExit = (code: number): void => settle(false, () => reject(new Error(`the worker thread ended (exit code ${code}) before its task was done`)))
      const onAbort = (): void => settle(false, () => reject(new Cancelled()))
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      signal.addEventListener('abort', onAbort, { once: true })
      try {
        worker.postMessage({ type: 'run', task } satisfies ToWorker)
      } catch (error) {
        settle(true, () => reject(error))
      }
    })
  }
}

/** Starts a worker and waits for its "ready" (its modules loaded); rejects if it fails before. */
function start(file: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(file)
    } catch (error) {
      reject(error)
      return
    }
    const done = (outcome: () => void): void => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      outcome()
    }
    const onMessage = (message: FromWorker): void => {
      if (message.type === 'ready') done(() => resolve(worker))
    }
    const onError = (error: Error): void =>
      done(() => {
        void worker.terminate()
        reject(error)
      })
    const onExit = (code: number): void => done(() => reject(new Error(`exit code ${code} before it was ready`)))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
  })
}
