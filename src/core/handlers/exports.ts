import type { Handlers } from '../context'
import { exportAssessment } from '../exports/assessment'
import { exportChanges } from '../exports/changes'
import { exportRopa } from '../exports/run'
import { exportToms } from '../exports/toms'
import { listExportLog } from '../workspace'

/**
 * Document exports (docs/EXPORTS.md). Each reads one snapshot of the workspace, renders it in the
 * worker thread without holding a transaction (src/core/worker; in-process, yielding to the event
 * loop between entries, without one), then logs the export with its SHA-256 and an audit entry in
 * one write transaction.
 */
export const exportHandlers: Pick<Handlers, 'exports.ropa' | 'exports.toms' | 'exports.assessment' | 'exports.log' | 'exports.changesSince'> = {
  'exports.ropa': (input, ctx) => exportRopa(ctx, input as Parameters<typeof exportRopa>[1]),
  'exports.toms': (input, ctx) => exportToms(ctx, input),
  'exports.assessment': (input, ctx) => exportAssessment(ctx, input),
  'exports.log': (_input, ctx) => ctx.session.read((db) => listExportLog(db)),
  'exports.changesSince': (input, ctx) => exportChanges(ctx, input)
}
