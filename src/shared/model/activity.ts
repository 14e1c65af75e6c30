import { z } from 'zod'
import { CatalogCode, CountryCode, EntityMeta, Id, IsoDate, LongText, Name, Regime, ShortText } from './common'

export const ActivityRole = z.enum(['controller', 'joint_controller'])
export const ActivityStatus = z.enum(['draft', 'in_review', 'approved'])

/** A transfer abroad: GDPR Art. 30(1)(e) with Art. 44–49; revDSG Art. 12 Abs. 2 lit. g with Art. 16–17. */
export const Transfer = z.object({
  recipientId: Id.nullable().default(null),
  country: CountryCode,
  /** Transfer mechanism code from the catalog, e.g. "EU-SCC", "CH-ADQ". */
  mechanism: CatalogCode.nullable().default(null),
  regime: Regime,
  notes: LongText.default('')
})
export type Transfer = z.infer<typeof Transfer>

export const RetentionPeriod = z.object({
  amount: z.int().min(1).max(1000),
  unit: z.enum(['days', 'months', 'years'])
})

/** Retention per data category: GDPR Art. 30(1)(f), revDSG Art. 12 Abs. 2 lit. e (period or criteria). */
export const RetentionRule = z.object({
  dataCategoryId: Id.nullable().default(null),
  period: RetentionPeriod.nullable().default(null),
  criteria: LongText.default(''),
  startEvent: ShortText.default(''),
  deletionProcedure: LongText.default(''),
  /** Statute that imposes the period, e.g. "HGB § 257", "OR Art. 958f". */
  legalReference: ShortText.default('')
})
export type RetentionRule = z.infer<typeof RetentionRule>

export const DpiaResult = z.enum(['required', 'recommended', 'not_required'])

/** DPIA screening (GDPR Art. 35, WP248 rev.01; revDSG Art. 22). */
export const DpiaScreening = z.object({
  /** WP248 criteria 1–9 that apply. */
  wp248: z.array(z.int().min(1).max(9)).max(9).default([]),
  /** GDPR Art. 35(3) cases a–c that apply. */
  art35_3: z.array(z.enum(['a', 'b', 'c'])).max(3).default([]),
  /** revDSG Art. 22 Abs. 2: large-scale sensitive data (a) or systematic large-scale monitoring (b). */
  dsg22: z.array(z.enum(['a', 'b'])).max(2).default([]),
  result: DpiaResult.nullable().default(null),
  justification: LongText.default(''),
  screenedAt: IsoDate.nullable().default(null)
})
export type DpiaScreening = z.infer<typeof DpiaScreening>

const emptyScreening = { wp248: [], art35_3: [], dsg22: [], result: null, justification: '', screenedAt: null }

/** A processing activity in the controller's record: GDPR Art. 30(1) a–g, revDSG Art. 12 Abs. 2. */
export const ActivityInput = z.object({
  name: Name,
  description: LongText.default(''),
  role: ActivityRole.default('controller'),
  /** Joint controllers (GDPR Art. 26), where applicable. */
  jointControllers: LongText.default(''),
  purposes: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  /** Catalog codes: GDPR Art. 6(1), Art. 9(2), Art. 10; revDSG Art. 31 justifications. */
  legalBases: z.array(CatalogCode).max(30).default([]),
  legalBasisNotes: LongText.default(''),
  dataSubjectIds: z.array(Id).max(2000).default([]),
  dataCategoryIds: z.array(Id).max(2000).default([]),
  recipientIds: z.array(Id).max(2000).default([]),
  transfers: z.array(Transfer).max(500).default([]),
  retention: z.array(RetentionRule).max(500).default([]),
  systemIds: z.array(Id).max(2000).default([]),
  tomIds: z.array(Id).max(2000).default([]),
  /** General description of the security measures, Art. 30(1)(g) / Art. 12 Abs. 2 lit. f. */
  tomSummary: LongText.default(''),
  /** Which regimes this activity is recorded under; empty means all of the organisation's. */
  regimes: z.array(Regime).max(2).default([]),
  dpia: DpiaScreening.default(emptyScreening),
  owner: ShortText.default(''),
  status: ActivityStatus.default('draft'),
  approvedBy: ShortText.default(''),
  approvedAt: IsoDate.nullable().default(null),
  reviewDate: IsoDate.nullable().default(null),
  notes: LongText.default('')
})
export const Activity = EntityMeta.extend(ActivityInput.shape)
export type ActivityInput = z.infer<typeof ActivityInput>
export type Activity = z.infer<typeof Activity>
