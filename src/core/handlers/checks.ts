import { performance } from 'node:perf_hooks'
import { ORGANISATION_ENTITY_ID, type CheckReport } from '../../shared/checks'
import { DomainError } from '../../shared/errors'
import { translate, type Locale } from '../../shared/i18n'
import { IsoDate, type Organisation } from '../../shared/model'
import { loadCheckData, loadEntitySnapshot, loadSnapshot, localToday, present, refFor, ruleById, rules, runRules, type RawFinding, type Reader } from '../checks'
import type { Context, Handlers } from '../context'
import { usesSwissTerminology } from '../terminology'
import { acknowledgeFinding, getOrganisation, listCheckAcks, unacknowledgeFinding, type Db } from '../workspace'

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

export const checkHandlers: Pick<Handlers, 'checks.run' | 'checks.entity' | 'checks.acknowledge' | 'checks.unacknowledge' | 'checks.rules'> = {
  // Only the snapshot's queries run on the core's event loop (one read, about 0.25 s for 10,000
  // activities); the rules, translation and counts run in the worker thread (src/core/worker).
  'checks.run': async (input, ctx): Promise<CheckReport> => {
    const started = performance.now()
    const today = checkDay(input.today)
    const owner = ctx.session.require()
    const read: Reader = (fn) => {
      // A report about a workspace that was locked meanwhile is not made (nor handed out).
      if (ctx.session.workspace !== owner) throw new DomainError('NO_WORKSPACE_OPEN')
      return ctx.session.read(fn)
    }
    const loaded = read((db) => loadCheckData(db, today))
    const acks = read((db) => listCheckAcks(db))
    const result = await ctx.offload.run({ type: 'checks', input: { ...loaded, acks, locale: localeOf(ctx, loaded.organisation) } })
    read(() => undefined)
    // The dispatcher validates the report next: in a later turn of the event loop (timers run
    // first), not in the one that received it.
    await new Promise((resolve) => setTimeout(resolve, 0))
    return { ...result, today, ranAt: new Date().toISOString(), durationMs: Math.round((performance.now() - started) * 10) / 10 }
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
