import { z } from 'zod'
import { CatalogCode, EntityMeta, LongText, Name } from './common'

/** A category of data subjects (GDPR Art. 30(1)(c), revDSG Art. 12 Abs. 2 lit. c). */
export const DataSubjectInput = z.object({
  name: Name,
  description: LongText.default(''),
  /** Children, employees, patients: WP248 criterion 7. */
  vulnerable: z.boolean().default(false),
  catalogKey: CatalogCode.nullable().default(null),
  notes: LongText.default('')
})
export const DataSubject = EntityMeta.extend(DataSubjectInput.shape)
export type DataSubjectInput = z.infer<typeof DataSubjectInput>
export type DataSubject = z.infer<typeof DataSubject>
