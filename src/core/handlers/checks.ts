import { performance } from 'node:perf_hooks'
import { ORGANISATION_ENTITY_ID, type CheckReport, type Finding } from '../../shared/checks'
import { DomainError } from '../../shared/errors'
import { hasMessage, translate, type Locale, type MessageKey } from '../../shared/i18n'
import { IsoDate, type Organisation } from '../../shared/model'
import { completeness, loadEntitySnapshot, loadSnapshot, localToday, refFor, ruleById, rules, runRules, type RawFinding } from '../checks'
import type { Context, Handlers } from '../context'
import { usesSwissTerminology } from '../terminology'
import { acknowledgeFinding, getOrganisation, listCheckAcks, unacknowledgeFinding, type CheckAck, type Db } from '../workspace'

/** Parameters whose values are codes, shown with a translated term ("gdpr" → "DSGVO"). */
const TERMS: Readonly<Record<string, string>> = { regime: 'check.term.regime.', status: 'check.term.status.' }

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

function present(raw: readonly RawFinding[], acks: readonly CheckAck[], locale: Locale): Finding[] {
  const ackOf = new Map(acks.map((a) => [`${a.ruleId}\u0000${a.entityId}`, a]))
  return raw.map((f) => {
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(f.params)) {
      const term = TERMS[name] !== undefined ? `${TERMS[name]}${value}` : ''
      params[name] = term && hasMessage(term) ? translate(locale, term) : value
    }
    const ack = ackOf.get(`${f.ruleId}\u0000${f.entityId}`)
    return {
      ...f,
      message: translate(locale, f.messageKey as MessageKey, params),
      acknowledged: ack ? { reason: ack.reason, by: ack.author, at: ack.at } : null
    }
  })
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
  'checks.run': (input, ctx) =>
    ctx.session.read((db): CheckReport => {
      const started = performance.now()
      const today = checkDay(input.today)
      const snapshot = loadSnapshot(db, today)
      const findings = present(runRules(snapshot, rules), listCheckAcks(db), localeOf(ctx, snapshot.organisation))
      const counts = { error: 0, warning: 0, info: 0, acknowledged: 0 }
      const byRule: Record<string, number> = {}
      for (const f of findings) {
        if (f.acknowledged) {
          counts.acknowledged++
          continue
        }
        counts[f.severity]++
        byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
      }
      return {
        findings,
        counts,
        byRule,
        completeness: completeness(snapshot),
        today,
        ranAt: new Date().toISOString(),
        durationMs: Math.round((performance.now() - started) * 10) / 10
      }
    }),

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
