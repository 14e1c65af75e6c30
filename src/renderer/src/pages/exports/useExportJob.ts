import { useCallback, useEffect, useRef, useState } from 'react'
import type { InputOf, OutputOf } from '../../../../shared/api'
import { ApiError, call } from '../../api/client'

export type ExportOutput = OutputOf<'exports.ropa'>
export type JobProgress = OutputOf<'exports.progress'>

/** How often a running job is asked for its progress. */
export const POLL_MS = 300

export interface ExportJob {
  /** The running job's latest progress; null when none runs. */
  readonly progress: JobProgress | null
  /** 0–100, never going back while one job runs (a new phase may grow the total). */
  readonly percent: number
  /** Starts an export job and resolves with its result, or null when it was cancelled. */
  readonly run: (input: InputOf<'exports.start'>) => Promise<ExportOutput | null>
  readonly cancel: () => void
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs an export as a job in the core (exports.start), polls exports.progress every 300 ms and
 * offers cancelling. Leaving the page cancels a running job.
 */
export function useExportJob(): ExportJob {
  const [progress, setProgress] = useState<JobProgress | null>(null)
  const [percent, setPercent] = useState(0)
  const current = useRef<string | null>(null)

  useEffect(
    () => () => {
      const jobId = current.current
      current.current = null
      if (jobId) void call('exports.cancel', { jobId }).catch(() => undefined)
    },
    []
  )

  const run = useCallback(async (input: InputOf<'exports.start'>): Promise<ExportOutput | null> => {
    setPercent(0)
    setProgress({ state: 'running', done: 0, total: 1, phase: 'collect' })
    try {
      const { jobId } = await call('exports.start', input)
      current.current = jobId
      for (;;) {
        await sleep(POLL_MS)
        if (current.current !== jobId) return null
        const p = await call('exports.progress', { jobId })
        if (current.current !== jobId) return null
        setProgress(p)
        if (p.total > 0) setPercent((before) => Math.max(before, Math.round((100 * p.done) / p.total)))
        if (p.state === 'done' && p.result) return p.result
        if (p.state === 'cancelled') return null
        if (p.state === 'failed') throw new ApiError(p.error?.code === undefined ? 'INTERNAL' : (p.error.code as ApiError['code']), p.error?.message ?? '')
      }
    } finally {
      current.current = null
      setProgress(null)
    }
  }, [])

  const cancel = useCallback(() => {
    const jobId = current.current
    if (jobId) void call('exports.cancel', { jobId }).catch(() => undefined)
  }, [])

  return { progress, percent, run, cancel }
}
