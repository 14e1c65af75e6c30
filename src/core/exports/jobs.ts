import { randomUUID } from 'node:crypto'
import type { ExportResult } from '../../shared/exports'
import { DomainError } from '../../shared/errors'
import type { Context } from '../context'
import type { Progress } from './model'
import { Cancelled as WorkerCancelled } from '../worker/host'
import { exportRopa, type ExportControl, type RopaRequest } from './run'
import { exportToms, type TomsRequest } from './toms'

/**
 * Long exports as background jobs (exports.start / exports.progress / exports.cancel).
 *
 * The export runs exactly as `exports.ropa` / `exports.toms` do (the same functions, so the same
 * bytes), started without awaiting it: the snapshot is read in the core's thread, the rendering
 * runs in the worker thread (src/core/worker; in-process, yielding between sections, without
 * one), so `exports.progress` calls are answered while it runs. The job table is kept in
 * memory: a finished job's result stays until it is fetched once (or for ten minutes), and a job
 * belongs to the workspace it was started in — after a lock or another workspace it is gone.
 * Cancelling aborts the job's signal: the worker is terminated at once (in-process: the next
 * progress report throws), so nothing is logged and no result is kept.
 */

export type JobState = 'running' | 'done' | 'failed' | 'cancelled'
export type JobPhase = 'collect' | 'render' | 'write'

export type JobRequest = ({ what: 'ropa' } & RopaRequest) | ({ what: 'toms' } & TomsRequest)

export interface JobStatus {
  readonly state: JobState
  /** Units done of all phases seen so far (collect 1, render n, write 1); never decreases. */
  readonly done: number
  /** Units known so far; grows when the render phase tells its size. */
  readonly total: number
  readonly phase: JobPhase
  readonly result?: ExportResult
  readonly error?: unknown
}

interface Job {
  readonly id: string
  /** The opened workspace the job reads from: another (or none) means the job is not visible. */
  readonly owner: object | null
  state: JobState
  phase: JobPhase
  /** Units of the phases already finished. */
  offset: number
  /** The current phase's own report. */
  phaseDone: number
  phaseTotal: number
  cancelRequested: boolean
  /** Stops the rendering (terminates the job's worker). */
  readonly abort: AbortController
  result?: ExportResult
  error?: unknown
  finishedAt: number
}

/** How long a finished job waits to be fetched. */
export const KEEP_MS = 10 * 60_000

const jobs = new Map<string, Job>()

class Cancelled extends Error {
  constructor() {
    super('export cancelled')
    this.name = 'Cancelled'
  }
}

function sweep(now = Date.now()): void {
  for (const [id, job] of jobs) {
    if (job.state !== 'running' && now - job.finishedAt > KEEP_MS) jobs.delete(id)
  }
}

/** The units of phases not yet reached (write, and collect before it is reported). */
function remaining(phase: JobPhase): number {
  return phase === 'write' ? 0 : 1
}

function statusOf(job: Job): JobStatus {
  const done = job.offset + job.phaseDone
  const total = job.state === 'done' ? done : job.offset + job.phaseTotal + remaining(job.phase)
  return {
    state: job.state,
    done,
    total: Math.max(total, done),
    phase: job.phase,
    ...(job.result ? { result: job.result } : {}),
    ...(job.error !== undefined ? { error: job.error } : {})
  }
}

function run(ctx: Context, request: JobRequest, control: ExportControl): Promise<ExportResult> {
  if (request.what === 'ropa') {
    const { what: _what, ...ropa } = request
    return exportRopa(ctx, ropa, control)
  }
  const { what: _what, ...toms } = request
  return exportToms(ctx, toms, control)
}

/** Starts an export; returns at once. The workspace must be open (the snapshot is read at start). */
export function startExportJob(ctx: Context, request: JobRequest): { jobId: string } {
  sweep()
  const owner = ctx.session.workspace
  if (!owner) throw new DomainError('NO_WORKSPACE_OPEN')
  const job: Job = { id: randomUUID(), owner, state: 'running', phase: 'collect', offset: 0, phaseDone: 0, phaseTotal: 1, cancelRequested: false, abort: new AbortController(), finishedAt: 0 }
  jobs.set(job.id, job)
  const onProgress: Progress = (p) => {
    // Once the export is logged (write done) it is finished: cancelling comes too late.
    if (job.cancelRequested && !(p.phase === 'write' && p.done > 0)) throw new Cancelled()
    if (p.phase !== job.phase) {
      // A new phase: the previous one counts as complete.
      job.offset += job.phaseTotal
      job.phase = p.phase
    }
    job.phaseTotal = Math.max(p.total, 1)
    job.phaseDone = Math.min(Math.max(p.done, job.phaseDone), job.phaseTotal)
  }
  const finish = (state: JobState): void => {
    job.state = state
    job.finishedAt = Date.now()
  }
  // Started on the next turn, so the caller has its jobId before the first synchronous read.
  setImmediate(() => {
    if (job.cancelRequested) return finish('cancelled')
    run(ctx, request, { onProgress, signal: job.abort.signal }).then(
      (result) => {
        job.result = result
        job.offset += job.phaseTotal
        job.phaseDone = 0
        job.phaseTotal = 0
        finish('done')
      },
      (error: unknown) => {
        if (error instanceof Cancelled || error instanceof WorkerCancelled || job.cancelRequested) return finish('cancelled')
        job.error = error
        finish('failed')
      }
    )
  })
  return { jobId: job.id }
}

function find(ctx: Context, jobId: string): Job {
  sweep()
  const job = jobs.get(jobId)
  if (!job || job.owner !== ctx.session.workspace) throw new DomainError('NOT_FOUND')
  return job
}

/** The state of a job; a finished job's result (or error) is handed out once, then forgotten. */
export function exportJobProgress(ctx: Context, jobId: string): JobStatus {
  const job = find(ctx, jobId)
  const status = statusOf(job)
  if (job.state !== 'running') jobs.delete(job.id)
  return status
}

/** Asks a running job to stop at its next item; a finished job is forgotten. */
export function cancelExportJob(ctx: Context, jobId: string): { state: JobState } {
  const job = find(ctx, jobId)
  if (job.state === 'running') {
    job.cancelRequested = true
    // Rendering stops now; once it is being logged (write), the export finishes after all.
    if (job.phase !== 'write') job.abort.abort()
    return { state: 'running' }
  }
  jobs.delete(job.id)
  return { state: job.state }
}

/** Tests only: how many jobs the table holds. */
export function jobCount(): number {
  return jobs.size
}
