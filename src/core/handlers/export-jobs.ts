import type { Handlers } from '../context'
import { toAppError } from '../dispatcher'
import { cancelExportJob, exportJobProgress, startExportJob, type JobRequest } from '../exports/jobs'

/**
 * Exports as jobs with progress (src/core/exports/jobs.ts): `exports.start` returns a job id at
 * once, `exports.progress` is polled (the result comes with the first "done" answer), and
 * `exports.cancel` stops the export at its next item.
 */
export const exportJobHandlers: Pick<Handlers, 'exports.start' | 'exports.progress' | 'exports.cancel'> = {
  'exports.start': (input, ctx) => startExportJob(ctx, input as JobRequest),
  'exports.progress': ({ jobId }, ctx) => {
    const { error, ...status } = exportJobProgress(ctx, jobId)
    if (error === undefined) return status
    const { code, message } = toAppError(error, ctx.settings.get().language === 'en' ? 'en' : 'de')
    return { ...status, error: { code, message } }
  },
  'exports.cancel': ({ jobId }, ctx) => cancelExportJob(ctx, jobId)
}
