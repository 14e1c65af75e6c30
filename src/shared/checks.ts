import { z } from 'zod'
import { IsoDate, Regime } from './model/common'
import { registryKinds } from './model/registry'

/**
 * The consistency checks: findings over the whole inventory (GDPR Art. 30, revDSG Art. 12 and the
 * rules around them). Shared by the contract (checks.*), the UI's findings panel and the
 * `dpo check --json` report, whose JSON Schema (docs/schemas/check-report.schema.json) is generated
 * from CheckCliOutput below.
 */

export const CheckSeverity = z.enum(['error', 'warning', 'info'])
export type CheckSeverity = z.infer<typeof CheckSeverity>

/** What a finding is about: an entity of a registry, or the organisation (the controller) itself. */
export const CheckEntityKind = z.enum([...registryKinds, 'organisation'])
export type CheckEntityKind = z.infer<typeof CheckEntityKind>

/** The entity id used for findings about the organisation (there is one per workspace). */
export const ORGANISATION_ENTITY_ID = 'organisation'

/** "ropa.purpose.missing": lower-case segments separated by dots. */
export const CheckRuleId = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+){1,4}$/).max(100)

/** Placeholder values of a finding's message ({name}, {country} …). */
export const CheckParams = z.record(z.string(), z.union([z.string(), z.number()]))

export const CheckAcknowledgement = z.object({
  reason: z.string(),
  by: z.string(),
  at: z.iso.datetime()
})
export type CheckAcknowledgement = z.infer<typeof CheckAcknowledgement>

export const Finding = z.object({
  ruleId: z.string(),
  severity: CheckSeverity,
  /** The regimes under which this finding arises (the rule's regimes that apply to the entity). */
  regimes: z.array(Regime),
  entityKind: CheckEntityKind,
  entityId: z.string(),
  entityRef: z.string(),
  entityName: z.string(),
  /** The field that fixes it, as a path into the entity: "purposes", "transfers.0.mechanism". */
  field: z.string(),
  /** The legal reference for the regimes in question, e.g. "GDPR Art. 30(1)(b); DSG Art. 12 Abs. 2 lit. b". */
  ref: z.string(),
  messageKey: z.string(),
  params: CheckParams,
  /** The message in the user's language. */
  message: z.string(),
  /** Set when someone accepted the finding with a reason; an acknowledged finding is not open. */
  acknowledged: CheckAcknowledgement.nullable()
})
export type Finding = z.infer<typeof Finding>

export const CheckCounts = z.object({
  error: z.int().min(0),
  warning: z.int().min(0),
  info: z.int().min(0),
  /** Findings accepted with a reason; not part of the three counts above. */
  acknowledged: z.int().min(0)
})

/** How many processing activities fill one field of the record (GDPR Art. 30(1), DSG Art. 12 Abs. 2). */
export const CompletenessRow = z.object({
  field: z.enum(['purposes', 'dataSubjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'toms', 'legalBases']),
  ref: z.string(),
  filled: z.int().min(0),
  total: z.int().min(0)
})
export type CompletenessRow = z.infer<typeof CompletenessRow>

export const CheckReport = z.object({
  findings: z.array(Finding),
  /** Open findings per severity (acknowledged ones are counted apart). */
  counts: CheckCounts,
  /** Open findings per rule id. */
  byRule: z.record(z.string(), z.int().min(0)),
  completeness: z.array(CompletenessRow),
  /** The day dates were compared with (review dates): today, DPO_TODAY or the input's `today`. */
  today: IsoDate,
  ranAt: z.iso.datetime(),
  durationMs: z.number().min(0)
})
export type CheckReport = z.infer<typeof CheckReport>

export const CheckRule = z.object({
  id: CheckRuleId,
  severity: CheckSeverity,
  regimes: z.array(Regime),
  /** The kinds of entity the rule reports on. */
  entityKinds: z.array(CheckEntityKind),
  /** The field that usually fixes a finding of this rule. */
  field: z.string(),
  ref: z.string(),
  title: z.string(),
  /** The message template, placeholders left in ({name}). */
  message: z.string()
})
export type CheckRule = z.infer<typeof CheckRule>

/** A fixed day for reproducible runs (tests, CI); otherwise the local date of the machine. */
export const CheckRunInput = z.strictObject({ today: IsoDate.optional() })
export const CheckCountsInput = z.strictObject({ kind: CheckEntityKind, today: IsoDate.optional() })
/** Open findings per entity of one kind (entity id → counts): the badges of a registry table. */
export const EntityFindingCounts = z.record(z.string(), z.object({ error: z.int().min(0), warning: z.int().min(0), info: z.int().min(0) }))
export const CheckEntityInput = z.strictObject({ kind: CheckEntityKind, id: z.string().min(1).max(64), today: IsoDate.optional() })
export const CheckAcknowledgeInput = z.strictObject({
  ruleId: CheckRuleId,
  entityId: z.string().min(1).max(64),
  reason: z.string().trim().min(3).max(2000)
})
export const CheckUnacknowledgeInput = z.strictObject({ ruleId: CheckRuleId, entityId: z.string().min(1).max(64) })

/** What `dpo check FILE --json` prints: the CLI's envelope around the report. */
export const CheckCliOutput = z
  .union([
    z.object({ ok: z.literal(true), value: CheckReport }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) })
  ])
  .meta({
    title: 'dpo check --json',
    description:
      'The consistency-check report of a DPO Workbench workspace (GDPR Art. 30, revDSG Art. 12 and related rules), or the error that prevented it.'
  })
