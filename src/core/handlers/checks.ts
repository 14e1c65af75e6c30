import { performance } from 'node:perf_hooks'
import { ORGANISATION_ENTITY_ID, type CheckReport } from '../../shared/checks'
import { DomainError } from '../../shared/errors'
import { translate, type Locale } from '../../shared/i18n'
import { IsoDate, type Organisation } from '../../shared/model'
import { loadCheckData, loadEntitySnapshot, loadSnapshot, localToday, present, refFor, ruleById, rules, runRules, type FullCheck, type RawFinding, type Reader } from '../checks'
import type { Context, Handlers } from '../context'
import { usesSwissTerminology } from '../terminology'
import { Cancelled } from '../worker/host'
import { acknowledgeFinding, contentHead, getOrganisation, listCheckAcks, unacknowledgeFinding, type Db } from '../workspace'

/** The user's language, with Swiss terms for a Swiss organisation (as the dispatcher's locale). */
function localeOf(ctx: Context, org: Organisation | null): Locale {
  if (ctx.settings.get().language === 'en') return 'en'
  return org && usesSwissTerminology(org) ? 'de-CH' : 'de'
}

/**
 * The day review dates are compared with: the input's `today`, else the environment variable
 * DPO_TODAY (YYYY-MM-DD, for reproducible runs in scripts and CI), else the local date.
 */
export function checkDay(today: string | undefined): string {
  const fromEnv = process.env.DPO_TODAY
  return today ?? (fromEnv && IsoDate.safeParse(fromEnv).success ? fromEnv : localToday())
}

/** The findings about one entity: its neighbourhood for a registry entry, the whole workspace for the organisation. */
function entityFindings(db: Db, kind: string, id: string, today: string): RawFinding[] {
  if (kind === 'organisation') {
    if (id !== ORGANISATION_ENTITY_ID) throw new DomainError('NOT_FOUND', { id })
    return runRules(loadSnapshot(db, today), rules).filter((f) => f.entityKind === 'organisation')
  }
  const snapshot = loadEntitySnapshot(db, id, today)
  const found = snapshot.byId.get(id)
  if (!found || found.kind !== kind) throw new DomainError('NOT_FOUND', { id })
  return runRules(snapshot, rules).filter((f) => f.entityId === id)
}

/** The kind of an entity id ("organisation" for the controller itself). */
function kindOf(db: Db, id: string, today: string): string {
  if (id === ORGANISATION_ENTITY_ID) return 'organisation'
  const found = loadEntitySnapshot(db, id, today).byId.get(id)
  if (!found) throw new DomainError('NOT_FOUND', { id })
  return found.kind
}

/**
 * The last full check of each open workspace, with what it was made from: the content head (every
 * change to what the rules read is audited, acknowledgements too), the day and the language. The
 * dashboard and every registry table ask for it; an unchanged workspace is not checked again.
 */
const lastCheck = new WeakMap<object, { key: string; result: Promise<FullCheck> }>()

/**
 * A full check. Only the snapshot's queries run on the core's event loop (one read, about 0.25 s
 * for 10,000 activities); the rules, translation and counts run in the worker (src/core/worker).
 */
function fullCheckOf(ctx: Context, today: string): Promise<FullCheck> {
  const owner = ctx.session.require()
  const read: Reader = (fn) => {
    // A report about a workspace that was locked meanwhile is not made (nor handed out).
    if (ctx.session.workspace !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
    return ctx.session.read(fn)
  }
  const key = read((db) => `${contentHead(db).head}|${today}|${localeOf(ctx, getOrganisation(db))}`)
  const cached = lastCheck.get(owner)
  if (cached?.key === key) return cached.result
  const result = (async () => {
    const loaded = read((db) => loadCheckData(db, today))
    const acks = read((db) => listCheckAcks(db))
    const checked = await ctx.offload.run({ type: 'checks', input: { ...loaded, acks, locale: localeOf(ctx, loaded.organisation) } }).catch((error: unknown) => {
      // Locking the workspace stops the worker: the caller learns that, not an internal error.
      throw error instanceof Cancelled ? new DomainError('NO_WORKSPACE_OPEN') : error
    })
    read(() => undefined)
    return checked
  })()
  lastCheck.set(owner, { key, result })
  // A failed check is not kept: the next call tries again.
  result.catch(() => {
    if (lastCheck.get(owner)?.result === result) lastCheck.delete(owner)
  })
  return result
}

export const checkHandlers: Pick<Handlers, 'checks.run' | 'checks.counts' | 'checks.entity' | 'checks.acknowledge' | 'checks.unacknowledge' | 'checks.rules'> = {
  'checks.run': async (input, ctx): Promise<CheckReport> => {
    const started = performance.now()
    const today = checkDay(input.today)
    const result = await fullCheckOf(ctx, today)
    // The dispatcher validates the report next: in a later turn of the event loop (timers run
    // first), not in the one that received it.
    await new Promise((resolve) => setTimeout(resolve, 0))
    return { ...result, today, ranAt: new Date().toISOString(), durationMs: Math.round((performance.now() - started) * 10) / 10 }
  },

  'checks.counts': async (input, ctx) => {
    const { findings } = await fullCheckOf(ctx, checkDay(input.today))
    const out: Record<string, { error: number; warning: number; info: number }> = {}
    for (const f of findings) {
      if (f.entityKind !== input.kind || f.acknowledged) continue
      const row = (out[f.entityId] ??= { error: 0, warning: 0, info: 0 })
      row[f.severity]++
    }
    return out
  },

  'checks.entity': (input, ctx) =>
    ctx.session.read((db) => {
      const today = checkDay(input.today)
      return present(entityFindings(db, input.kind, input.id, today), listCheckAcks(db), localeOf(ctx, getOrganisation(db)))
    }),

  // Only a finding that exists now can be acknowledged; the acknowledgement then holds for the
  // rule and entity until it is withdrawn, even if the finding goes away and comes back.
  'checks.acknowledge': (input, ctx) =>
    ctx.session.write((db) => {
      const rule = ruleById.get(input.ruleId)
      const notFound = new DomainError('NOT_FOUND', { id: `${input.ruleId}/${input.entityId}` })
      if (!rule) throw notFound
      const today = checkDay(undefined)
      const kind = kindOf(db, input.entityId, today)
      if (!entityFindings(db, kind, input.entityId, today).some((f) => f.ruleId === rule.id)) throw notFound
      acknowledgeFinding(db, ctx.actor(), rule.id, input.entityId, input.reason)
      return { ok: true as const }
    }),

  'checks.unacknowledge': (input, ctx) =>
    ctx.session.write((db) => {
      if (!unacknowledgeFinding(db, ctx.actor(), input.ruleId, input.entityId)) throw new DomainError('NOT_FOUND', { id: `${input.ruleId}/${input.entityId}` })
      return { ok: true as const }
    }),

  'checks.rules': (_input, ctx) => {
    const ws = ctx.session.workspace
    const locale = localeOf(ctx, ws ? getOrganisation(ws.db) : null)
    return rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      regimes: [...r.regimes],
      entityKinds: [...r.entityKinds],
      field: r.field,
      ref: refFor(r, r.regimes),
      title: translate(locale, r.title),
      message: translate(locale, r.message)
    }))
  }
}
