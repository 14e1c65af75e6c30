import type { Label } from '../../shared/catalog'
import type { AutoEvaluation, FailingEntity, Target } from '../../shared/checklists'
import { ORGANISATION_ENTITY_ID } from '../../shared/checks'
import { translate, type MessageKey } from '../../shared/i18n'
import type { Activity, ProcessorActivity, Recipient, Regime, System, Tom } from '../../shared/model'
import type { RegistryKind } from '../../shared/model/registry'
import { isThirdCountry } from '../catalogs'
import { refFor, ruleById, runRules, type Snapshot } from '../checks'

/**
 * Auto questions: answered from the inventory. A question names a built-in evaluator below or a
 * rule of the consistency checks ("rule:<rule id>"). Each evaluation looks at the entities in the
 * assessment's scope and returns pass/fail with the exact list of failing entities.
 */

/** The entities an assessment of a target looks at. */
export interface AutoScope {
  /** The organisation itself is in scope (organisation target). */
  readonly organisation: boolean
  readonly activities: readonly Activity[]
  readonly processorActivities: readonly ProcessorActivity[]
  readonly systems: readonly System[]
  /** Recipients the scope discloses to: linked recipients, transfer recipients, vendors, sub-processors. */
  readonly recipients: readonly Recipient[]
  /** Every entity id in scope (for consistency-rule findings). */
  readonly ids: ReadonlySet<string>
}

type Lookup = <K extends RegistryKind>(kind: K, id: string | null) => Snapshot['active'][K][number] | undefined

function lookupIn(s: Snapshot): Lookup {
  return (kind, id) => {
    if (id === null) return undefined
    const hit = s.byId.get(id)
    return hit && hit.kind === kind ? (hit.entity as never) : undefined
  }
}

const present = <T>(items: ReadonlyArray<T | undefined>): T[] => items.filter((x): x is T => x !== undefined)
const uniqueById = <T extends { id: string }>(items: readonly T[]): T[] => [...new Map(items.map((i) => [i.id, i])).values()]

/**
 * The scope of a target: the whole active inventory for the organisation; for an activity the
 * activity with what it links to; for a system the system, the activities and processor
 * activities that use it, and what those link to.
 */
export function scopeOf(s: Snapshot, target: Target): AutoScope {
  const find = lookupIn(s)
  if (target.type === 'organisation') {
    const ids = new Set<string>([ORGANISATION_ENTITY_ID])
    for (const list of Object.values(s.active)) for (const e of list) ids.add(e.id)
    return { organisation: true, ...s.active, ids }
  }
  let activities: Activity[]
  let processorActivities: ProcessorActivity[]
  let systems: System[]
  if (target.type === 'activity') {
    const a = find('activities', target.id)
    activities = a ? [a] : []
    processorActivities = []
    systems = present(activities.flatMap((x) => x.systemIds.map((id) => find('systems', id))))
  } else {
    const sys = find('systems', target.id)
    systems = sys ? [sys] : []
    activities = s.active.activities.filter((a) => a.systemIds.includes(target.id))
    processorActivities = s.active.processorActivities.filter((p) => p.systemIds.includes(target.id))
  }
  const recipientIds = [
    ...activities.flatMap((a) => [...a.recipientIds, ...a.transfers.map((t) => t.recipientId)]),
    ...processorActivities.flatMap((p) => [...p.subProcessorIds, ...p.transfers.map((t) => t.recipientId)]),
    ...systems.map((x) => x.vendorId)
  ]
  const recipients = uniqueById(present(recipientIds.map((id) => find('recipients', id))))
  const ids = new Set<string>()
  for (const e of [...activities, ...processorActivities, ...systems, ...recipients]) ids.add(e.id)
  for (const e of [...activities, ...processorActivities, ...systems]) for (const id of e.tomIds) ids.add(id)
  for (const a of activities) for (const id of [...a.dataCategoryIds, ...a.dataSubjectIds]) ids.add(id)
  return { organisation: false, activities, processorActivities, systems, recipients, ids }
}

interface Result {
  checked: number
  failing: FailingEntity[]
}

interface Evaluator {
  readonly id: string
  readonly label: Label
  readonly refs: readonly string[]
  evaluate(s: Snapshot, scope: AutoScope): Result
}

type Named = { id: string; ref: string; name: string }
const failing = (kind: FailingEntity['kind'], e: Named, fields: string[]): FailingEntity => ({ kind, id: e.id, ref: e.ref, name: e.name, fields })

const regimesOfActivity = (s: Snapshot, a: Activity): readonly Regime[] => (a.regimes.length > 0 ? a.regimes : s.organisation.regimes)
const blank = (t: string | null | undefined): boolean => !t || t.trim() === ''

/** An evaluator over the activities in scope: `fields` returns the failing fields of one (empty: passes). */
function perActivity(id: string, label: Label, refs: string[], fields: (a: Activity, s: Snapshot) => string[] | null): Evaluator {
  return {
    id,
    label,
    refs,
    evaluate(s, scope) {
      let checked = 0
      const out: FailingEntity[] = []
      for (const a of scope.activities) {
        const f = fields(a, s)
        if (f === null) continue
        checked++
        if (f.length > 0) out.push(failing('activities', a, f))
      }
      return { checked, failing: out }
    }
  }
}

const L = (de: string, en: string, ch?: string): Label => (ch ? { de, en, 'de-CH': ch } : { de, en })

const builtins: readonly Evaluator[] = [
  {
    id: 'controller-identity-complete',
    label: L('Name und Kontaktdaten des Verantwortlichen erfasst', "Controller's name and contact details recorded"),
    refs: ['GDPR Art. 30(1)(a)', 'DSG Art. 12 Abs. 2 lit. a'],
    evaluate(s) {
      const o = s.organisation
      const fields: string[] = []
      if (blank(o.name)) fields.push('name')
      if (blank(o.address) && blank(o.contact.address) && blank(o.contact.email) && blank(o.contact.phone)) fields.push('contact')
      return { checked: 1, failing: fields.length ? [failing('organisation', { id: ORGANISATION_ENTITY_ID, ref: '', name: o.name }, fields)] : [] }
    }
  },
  perActivity('every-activity-has-purpose', L('Jede Tätigkeit nennt ihren Zweck', 'Every activity states its purpose'), ['GDPR Art. 30(1)(b)', 'DSG Art. 12 Abs. 2 lit. b'], (a) =>
    a.purposes.length === 0 ? ['purposes'] : []
  ),
  perActivity(
    'every-activity-has-data-subjects',
    L('Jede Tätigkeit nennt Kategorien betroffener Personen', 'Every activity names categories of data subjects'),
    ['GDPR Art. 30(1)(c)', 'DSG Art. 12 Abs. 2 lit. c'],
    (a) => (a.dataSubjectIds.length === 0 ? ['dataSubjectIds'] : [])
  ),
  perActivity(
    'every-activity-has-data-categories',
    L('Jede Tätigkeit nennt Datenkategorien', 'Every activity names categories of personal data'),
    ['GDPR Art. 30(1)(c)', 'DSG Art. 12 Abs. 2 lit. c'],
    (a) => (a.dataCategoryIds.length === 0 ? ['dataCategoryIds'] : [])
  ),
  perActivity(
    'every-activity-has-recipients',
    L('Jede Tätigkeit nennt Empfängerkategorien', 'Every activity names categories of recipients'),
    ['GDPR Art. 30(1)(d)', 'DSG Art. 12 Abs. 2 lit. d'],
    (a) => (a.recipientIds.length === 0 ? ['recipientIds'] : [])
  ),
  perActivity(
    'every-activity-has-retention',
    L('Jede Tätigkeit nennt Aufbewahrungsfristen oder Kriterien', 'Every activity states retention periods or criteria'),
    ['GDPR Art. 30(1)(f)', 'DSG Art. 12 Abs. 2 lit. e'],
    (a) => {
      if (a.retention.length === 0) return ['retention']
      return a.retention.flatMap((r, i) => (r.period === null && blank(r.criteria) ? [`retention.${i}.period`] : []))
    }
  ),
  perActivity(
    'every-activity-has-toms',
    L('Jede Tätigkeit verweist auf Maßnahmen oder beschreibt sie', 'Every activity refers to or describes its measures', 'Jede Tätigkeit verweist auf Massnahmen oder beschreibt sie'),
    ['GDPR Art. 30(1)(g)', 'DSG Art. 12 Abs. 2 lit. f'],
    (a) => (a.tomIds.length === 0 && blank(a.tomSummary) ? ['tomIds'] : [])
  ),
  perActivity(
    'every-activity-has-legal-basis',
    L('Jede Tätigkeit unter der DSGVO nennt eine Rechtsgrundlage nach Art. 6 Abs. 1', 'Every GDPR activity names a legal basis under Art. 6(1)'),
    ['GDPR Art. 6(1)', 'GDPR Art. 5(2)'],
    (a, s) => (regimesOfActivity(s, a).includes('gdpr') ? (a.legalBases.some((c) => c.startsWith('gdpr-6-1-')) ? [] : ['legalBases']) : null)
  ),
  perActivity(
    'special-categories-have-art9-condition',
    L('Besondere Kategorien haben eine Bedingung nach Art. 9 Abs. 2 DSGVO', 'Special categories have a condition under GDPR Art. 9(2)'),
    ['GDPR Art. 9(1)–(2)'],
    (a, s) => {
      if (!regimesOfActivity(s, a).includes('gdpr')) return null
      const find = lookupIn(s)
      const special = a.dataCategoryIds.some((id) => find('dataCategories', id)?.gdprSpecial === 'art9')
      if (!special) return null
      return a.legalBases.some((c) => c.startsWith('gdpr-9-2-')) ? [] : ['legalBases']
    }
  ),
  perActivity(
    'every-activity-dpia-screened',
    L('Jede Tätigkeit hat eine DSFA-Vorprüfung mit Ergebnis', 'Every activity has a DPIA screening with a result'),
    ['GDPR Art. 35(1)', 'DSG Art. 22 Abs. 1'],
    (a) => (a.dpia.result === null ? ['dpia.result'] : [])
  ),
  {
    id: 'every-transfer-has-mechanism',
    label: L('Jede Übermittlung ins Ausland nennt einen Mechanismus', 'Every transfer abroad names a mechanism'),
    refs: ['GDPR Art. 30(1)(e)', 'GDPR Art. 44–49', 'DSG Art. 12 Abs. 2 lit. g', 'DSG Art. 16–17'],
    evaluate(_s, scope) {
      let checked = 0
      const out: FailingEntity[] = []
      const holders: Array<['activities' | 'processorActivities', Activity | ProcessorActivity]> = [
        ...scope.activities.map((a) => ['activities', a] as ['activities', Activity]),
        ...scope.processorActivities.map((p) => ['processorActivities', p] as ['processorActivities', ProcessorActivity])
      ]
      for (const [kind, holder] of holders) {
        const fields: string[] = []
        holder.transfers.forEach((t, i) => {
          if (!isThirdCountry(t.regime, t.country)) return
          checked++
          if (t.mechanism === null) fields.push(`transfers.${i}.mechanism`)
        })
        if (fields.length) out.push(failing(kind, holder, fields))
      }
      return { checked, failing: out }
    }
  },
  {
    id: 'every-processor-has-dpa',
    label: L('Mit jedem Auftragsverarbeiter ist ein Vertrag unterzeichnet', 'A processing agreement is signed with every processor', 'Mit jedem Auftragsbearbeiter ist ein Vertrag unterzeichnet'),
    refs: ['GDPR Art. 28(3)', 'DSG Art. 9 Abs. 1'],
    evaluate(_s, scope) {
      const processors = scope.recipients.filter((r) => r.kind === 'processor' && r.archivedAt === null)
      return { checked: processors.length, failing: processors.filter((r) => r.dpaStatus !== 'signed').map((r) => failing('recipients', r, ['dpaStatus'])) }
    }
  },
  {
    id: 'every-tom-referenced-is-implemented',
    label: L('Jede verwendete Maßnahme ist umgesetzt', 'Every measure referred to is implemented', 'Jede verwendete Massnahme ist umgesetzt'),
    refs: ['GDPR Art. 32(1)', 'DSG Art. 8', 'DSV Art. 3'],
    evaluate(s, scope) {
      const find = lookupIn(s)
      const referenced = new Map<string, Tom>()
      for (const e of [...scope.activities, ...scope.processorActivities, ...scope.systems]) {
        for (const id of e.tomIds) {
          const tom = find('toms', id)
          if (tom && tom.archivedAt === null) referenced.set(tom.id, tom)
        }
      }
      const list = [...referenced.values()]
      return { checked: list.length, failing: list.filter((t) => t.status === 'planned' || t.status === 'in_progress').map((t) => failing('toms', t, ['status'])) }
    }
  },
  {
    id: 'every-system-has-owner',
    label: L('Jedes System hat eine verantwortliche Stelle', 'Every system has an owner'),
    refs: ['GDPR Art. 5(2)', 'GDPR Art. 24(1)'],
    evaluate(_s, scope) {
      return { checked: scope.systems.length, failing: scope.systems.filter((x) => blank(x.owner)).map((x) => failing('systems', x, ['owner'])) }
    }
  },
  {
    id: 'no-overdue-reviews',
    label: L('Keine überfällige Überprüfung von Tätigkeiten oder Maßnahmen', 'No overdue review of activities or measures', 'Keine überfällige Überprüfung von Tätigkeiten oder Massnahmen'),
    refs: ['GDPR Art. 5(2)', 'GDPR Art. 24(1)', 'GDPR Art. 32(1)(d)', 'DSV Art. 1 Abs. 5'],
    evaluate(s, scope) {
      const find = lookupIn(s)
      const toms = uniqueById(present([...scope.activities, ...scope.processorActivities, ...scope.systems].flatMap((e) => e.tomIds.map((id) => find('toms', id)))))
      const overdue = (date: string | null): boolean => date !== null && date < s.today
      const out: FailingEntity[] = [
        ...scope.activities.filter((a) => overdue(a.reviewDate)).map((a) => failing('activities', a, ['reviewDate'])),
        ...scope.processorActivities.filter((p) => overdue(p.reviewDate)).map((p) => failing('processorActivities', p, ['reviewDate'])),
        ...toms.filter((t) => t.archivedAt === null && t.status !== 'not_applicable' && overdue(t.reviewDate)).map((t) => failing('toms', t, ['reviewDate']))
      ]
      return { checked: scope.activities.length + scope.processorActivities.length + toms.length, failing: out }
    }
  }
]

const builtinById = new Map(builtins.map((e) => [e.id, e]))
const RULE_PREFIX = 'rule:'

/** True when this version of the app can evaluate the check. */
export function isKnownCheck(check: string): boolean {
  if (check.startsWith(RULE_PREFIX)) return ruleById.has(check.slice(RULE_PREFIX.length))
  return builtinById.has(check)
}

function evaluateRule(s: Snapshot, scope: AutoScope, ruleId: string): Result {
  const rule = ruleById.get(ruleId)!
  const byEntity = new Map<string, FailingEntity>()
  for (const f of runRules(s, [rule])) {
    const inScope = f.entityKind === 'organisation' ? scope.organisation : scope.ids.has(f.entityId)
    if (!inScope) continue
    const entry = byEntity.get(f.entityId)
    if (entry) {
      if (!entry.fields.includes(f.field)) entry.fields.push(f.field)
    } else byEntity.set(f.entityId, { kind: f.entityKind, id: f.entityId, ref: f.entityRef, name: f.entityName, fields: [f.field] })
  }
  let checked = 0
  for (const kind of rule.entityKinds) {
    if (kind === 'organisation') checked += scope.organisation ? 1 : 0
    else checked += s.active[kind].filter((e) => scope.ids.has(e.id)).length
  }
  return { checked, failing: [...byEntity.values()] }
}

/** Evaluates one check over the scope; an unknown check gives "unknown" rather than failing the assessment. */
export function evaluateCheck(check: string, s: Snapshot, scope: AutoScope, now = new Date().toISOString()): AutoEvaluation {
  let result: Result | null = null
  if (check.startsWith(RULE_PREFIX)) {
    if (ruleById.has(check.slice(RULE_PREFIX.length))) result = evaluateRule(s, scope, check.slice(RULE_PREFIX.length))
  } else {
    const evaluator = builtinById.get(check)
    if (evaluator) result = evaluator.evaluate(s, scope)
  }
  if (!result) return { check, result: 'unknown', checked: 0, failing: [], evaluatedAt: now }
  return { check, result: result.failing.length === 0 ? 'pass' : 'fail', checked: result.checked, failing: result.failing, evaluatedAt: now }
}

const labelOf = (key: MessageKey): Label => {
  const de = translate('de', key)
  const ch = translate('de-CH', key)
  return ch !== de ? { de, en: translate('en', key), 'de-CH': ch } : { de, en: translate('en', key) }
}

/** Every check an auto question can name: the built-in evaluators, then the consistency rules. */
export function autoCheckList(): Array<{ id: string; source: 'builtin' | 'rule'; label: Label; refs: string[] }> {
  return [
    ...builtins.map((e) => ({ id: e.id, source: 'builtin' as const, label: e.label, refs: [...e.refs] })),
    ...[...ruleById.values()].map((r) => ({ id: `${RULE_PREFIX}${r.id}`, source: 'rule' as const, label: labelOf(r.title), refs: [refFor(r, r.regimes)].filter(Boolean) }))
  ]
}
