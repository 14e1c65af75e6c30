import { z } from 'zod'
import { CatalogCode, EntityMeta, LongText, Name, ShortText } from './common'

/** GDPR: Art. 9(1) special categories, Art. 10 criminal data, or neither. */
export const GdprSpecial = z.enum(['none', 'art9', 'art10'])

/** A category of personal data (GDPR Art. 30(1)(c), revDSG Art. 12 Abs. 2 lit. c). */
export const DataCategoryInput = z.object({
  name: Name,
  description: LongText.default(''),
  gdprSpecial: GdprSpecial.default('none'),
  /** revDSG Art. 5 lit. c: sensitive personal data, with the Ziffer (1–6) that makes it so. */
  dsgSensitiveClause: z.int().min(1).max(6).nullable().default(null),
  catalogKey: CatalogCode.nullable().default(null),
  notes: LongText.default(''),
  owner: ShortText.default('')
})
export const DataCategory = EntityMeta.extend(DataCategoryInput.shape)
export type DataCategoryInput = z.infer<typeof DataCategoryInput>
export type DataCategory = z.infer<typeof DataCategory>
