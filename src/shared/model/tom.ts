import { z } from 'zod'
import { CatalogCode, EntityMeta, IsoDate, LongText, Name, ShortText } from './common'

export const TomStatus = z.enum(['planned', 'in_progress', 'implemented', 'not_applicable'])
/** GDPR Art. 32(1) letters (a)–(d). */
export const Art32Letter = z.enum(['a', 'b', 'c', 'd'])

/** A technical or organisational measure (GDPR Art. 32, revDSG Art. 8 with DSV Art. 1–3). */
export const TomInput = z.object({
  name: Name,
  description: LongText.default(''),
  /** Classic German control areas (Zutrittskontrolle …), catalog codes. */
  controlAreas: z.array(CatalogCode).max(20).default([]),
  /** SDM protection goals, catalog codes. */
  sdmGoals: z.array(CatalogCode).max(7).default([]),
  art32: z.array(Art32Letter).max(4).default([]),
  /** DSV Art. 3 controls, catalog codes. */
  dsvControls: z.array(CatalogCode).max(20).default([]),
  status: TomStatus.default('planned'),
  owner: ShortText.default(''),
  evidence: LongText.default(''),
  reviewDate: IsoDate.nullable().default(null),
  catalogKey: CatalogCode.nullable().default(null),
  notes: LongText.default('')
})
export const Tom = EntityMeta.extend(TomInput.shape)
export type TomInput = z.infer<typeof TomInput>
export type Tom = z.infer<typeof Tom>
