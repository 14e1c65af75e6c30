import { existsSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { DomainError } from '../../shared/errors'
import { SavedMapping, type ImportReport, type JsonImportReport } from '../../shared/imports'
import type { Locale } from '../../shared/i18n'
import type { Context, Handlers } from '../context'
import { preImportBackup } from '../imports/backup'
import { importRopaFile } from '../imports/json'
import { mergeEntities, mergePreview } from '../imports/merge'
import type { SheetFile } from '../imports/parse'
import { applyPlan, buildPlan, previewOf, skippedRows, type Plan } from '../imports/spreadsheet'
import { usesSwissTerminology } from '../terminology'
import { Cancelled } from '../worker/host'
import type { ResultOf, Task } from '../worker/tasks'
import { resolveWorkspaceFile } from '../workspace-file'
import { getOrganisation, getPreference, setPreference } from '../workspace'
import { readSnapshot } from '../workspace/imports'

const MAPPINGS_KEY = 'imports.mappings'

function localeOf(ctx: Context): Locale {
  if (ctx.settings.get().language === 'en') return 'en'
  const ws = ctx.session.workspace
  try {
    return ws && usesSwissTerminology(getOrganisation(ws.db)) ? 'de-CH' : 'de'
  } catch {
    return 'de'
  }
}

/** Thrown inside a write transaction to roll a dry run back after computing its exact report. */
class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('dry run')
  }
}

function dryWrite<T>(ctx: Context, fn: Parameters<Context['session']['write']>[0]): T {
  try {
    ctx.session.write((db) => {
      throw new Rollback(fn(db))
    })
  } catch (error) {
    if (error instanceof Rollback) return error.value as T
    throw error
  }
  throw new Error('unreachable')
}

/**
 * Reads an import file off the event loop (ctx.offload: the worker thread, else in-process; the
 * database is not needed for it). A lock meanwhile cancels the reading, and what was read while
 * one workspace was open never goes into another: both end the call with NO_WORKSPACE_OPEN.
 */
async function readFile<T extends Task>(ctx: Context, task: T): Promise<ResultOf<T>> {
  const owner = ctx.session.workspace
  let value: ResultOf<T>
  try {
    value = await ctx.offload.run(task)
  } catch (error) {
    if (error instanceof Cancelled) throw new DomainError('NO_WORKSPACE_OPEN')
    throw error
  }
  if (ctx.session.require() !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
  return value
}

const sheetFile = (input: SheetFile): SheetFile => ({ fileName: input.fileName, base64: input.base64, ...(input.sheet === undefined ? {} : { sheet: input.sheet }) })

type PlanInput = SheetFile & { mapping: Record<string, string>; options: { createMissing: boolean; clearEmpty: boolean } }

/** Reads the file (the only await), then returns a synchronous planner: plan, backup and write happen without a gap. */
async function planner(ctx: Context, input: PlanInput): Promise<{ build: () => Plan; locale: Locale }> {
  ctx.session.require()
  const locale = localeOf(ctx)
  const loaded = await readFile(ctx, { type: 'importSheet', file: sheetFile(input), lang: locale === 'en' ? 'en' : 'de' })
  return { build: () => ctx.session.read((db) => buildPlan(db, ctx.catalogs, loaded, input.mapping as never, input.options, locale)), locale }
}

export const importHandlers: Pick<
  Handlers,
  'imports.analyse' | 'imports.preview' | 'imports.commit' | 'imports.json' | 'imports.mergePreview' | 'imports.merge' | 'imports.saveMapping' | 'imports.mappings'
> = {
  'imports.analyse': (input, ctx) => {
    ctx.session.require()
    return readFile(ctx, { type: 'importAnalyse', file: sheetFile(input), locale: localeOf(ctx) })
  },

  'imports.preview': async (input, ctx) => previewOf((await planner(ctx, input)).build()),

  'imports.commit': async (input, ctx) => {
    const { build, locale } = await planner(ctx, input)
    // No await from here on: the plan, the backup and the transaction see the same workspace.
    const first = build()
    const skipped = skippedRows(first)
    if (input.options.strict && skipped.length) {
      throw new DomainError(
        'IMPORT_INVALID',
        { reason: `${skipped.length} rows rejected (strict import)` },
        skipped.flatMap((s) => s.reasons.map((message) => ({ path: `row ${s.row}`, message })))
      )
    }
    const count = (action: string) => first.rows.filter((r) => r.action === action).length
    const writes = count('create') + count('update') > 0
    if (input.dryRun || !writes) {
      const report: ImportReport = {
        dryRun: input.dryRun,
        created: count('create'),
        updated: count('update'),
        unchanged: count('unchanged'),
        skippedRows: skipped,
        createdEntities: first.newEntities.map((n) => ({ kind: n.kind, id: '', ref: '', name: n.name })),
        activities: first.rows
          .filter((r) => r.action !== 'skip')
          .map((r) => ({ kind: 'activities' as const, id: r.existing?.id ?? '', ref: r.existing?.ref ?? '', name: String(r.data.name ?? r.existing?.name ?? ''), action: r.action as 'create' | 'update' | 'unchanged' })),
        backupFile: null,
        issues: first.issues
      }
      return report
    }
    const ws = ctx.session.require()
    const backupFile = preImportBackup(ws.db, ws.file)
    const applied = ctx.session.write((db) => applyPlan(db, ctx.actor(), ctx.catalogs, locale, first))
    return { dryRun: false, ...applied, skippedRows: skipped, backupFile, issues: first.issues }
  },

  'imports.json': async (input, ctx) => {
    const file = await readFile(ctx, { type: 'importJson', base64: input.base64, locale: localeOf(ctx) })
    const ws = ctx.session.require()
    const run = (db: Parameters<typeof importRopaFile>[0]) => importRopaFile(db, ctx.actor(), file, { organisation: input.organisation })
    const dry = dryWrite<Omit<JsonImportReport, 'dryRun' | 'backupFile'>>(ctx, run)
    if (input.dryRun || (dry.created === 0 && dry.updated === 0 && !dry.organisationUpdated)) return { ...dry, dryRun: input.dryRun, backupFile: null }
    const backupFile = preImportBackup(ws.db, ws.file)
    return { ...ctx.session.write(run), dryRun: false, backupFile }
  },

  'imports.mergePreview': (input, ctx) => {
    const snapshot = readSnapshot(otherWorkspace(ctx, input.file), input.passphrase)
    return ctx.session.read((db) => mergePreview(db, snapshot, { kinds: input.kinds, ids: input.ids }))
  },

  'imports.merge': (input, ctx) => {
    const ws = ctx.session.require()
    const snapshot = readSnapshot(otherWorkspace(ctx, input.file), input.passphrase)
    const wanted = new Set(snapshot.entities.map((e) => `${e.kind}|${e.doc.id}`))
    const missing = input.selection.find((s) => !wanted.has(`${s.kind}|${s.id}`))
    if (missing) throw new DomainError('NOT_FOUND', { id: `${missing.kind}/${missing.id}` })
    const run = (db: Parameters<typeof mergeEntities>[0]) => mergeEntities(db, ctx.actor(), snapshot, input.selection)
    // The exact outcome first, rolled back: a dry run reports it, and a merge that writes nothing takes no backup.
    const dry = dryWrite<ReturnType<typeof run>>(ctx, run)
    if (input.dryRun || (dry.copied === 0 && dry.overwritten === 0)) return { ...dry, dryRun: input.dryRun, backupFile: null }
    const backupFile = preImportBackup(ws.db, ws.file)
    return { ...ctx.session.write(run), dryRun: false, backupFile }
  },

  'imports.saveMapping': (input, ctx) =>
    ctx.session.write((db) => {
      const list = savedMappings(getPreference(db, MAPPINGS_KEY)).filter((m) => m.name !== input.name)
      list.push({ name: input.name, mapping: input.mapping, savedAt: new Date().toISOString() })
      if (JSON.stringify(list).length > 64 * 1024) throw new DomainError('VALIDATION', { details: 'mappings > 64 KiB' }, [{ path: 'mapping', message: '> 64 KiB' }])
      setPreference(db, MAPPINGS_KEY, list)
      return { ok: true as const }
    }),

  'imports.mappings': (_input, ctx) => ctx.session.read((db) => savedMappings(getPreference(db, MAPPINGS_KEY)))
}

/**
 * The other workspace of a merge, resolved like a file to open (a bare name is in the workspaces
 * folder). The open workspace itself is refused here: its exclusive lock would otherwise be
 * reported as "open in another program".
 */
function otherWorkspace(ctx: Context, file: string): string {
  const ws = ctx.session.require()
  const path = resolveWorkspaceFile(file, ctx.settings.get().workspacesDir)
  const same = (a: string, b: string): boolean => (existsSync(a) && existsSync(b) ? realpathSync(a) === realpathSync(b) : resolve(a) === resolve(b))
  if (same(path, ws.file)) throw new DomainError('VALIDATION', {}, [{ path: 'file', message: 'issue.imports.sameWorkspace' }])
  return path
}

function savedMappings(value: unknown): Array<SavedMapping> {
  if (!Array.isArray(value)) return []
  return value.flatMap((v) => {
    const parsed = SavedMapping.safeParse(v)
    return parsed.success ? [parsed.data] : []
  })
}
type SavedMapping = ReturnType<typeof SavedMapping.parse>
