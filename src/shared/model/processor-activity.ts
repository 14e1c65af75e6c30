import { z } from 'zod'
import { Contact, EntityMeta, Id, IsoDate, LongText, Name, ShortText } from './common'
import { ActivityStatus, Transfer } from './activity'

/** A controller on whose behalf we process: GDPR Art. 30(2)(a), revDSG Art. 12 Abs. 3. */
export const ServedController = Contact.extend({
  representative: LongText.default(''),
  dpo: LongText.default('')
})

/** A processing activity in the processor's record: GDPR Art. 30(2) a–d, revDSG Art. 12 Abs. 3. */
export const ProcessorActivityInput = z.object({
  name: Name,
  description: LongText.default(''),
  controllers: z.array(ServedController).max(500).default([]),
  /** Categories of processing carried out for each controller (Art. 30(2)(b)). */
  processingCategories: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  /** Sub-processors engaged (recipients of kind processor). */
  subProcessorIds: z.array(Id).max(2000).default([]),
  transfers: z.array(Transfer).max(500).default([]),
  systemIds: z.array(Id).max(2000).default([]),
  tomIds: z.array(Id).max(2000).default([]),
  tomSummary: LongText.default(''),
  owner: ShortText.default(''),
  status: ActivityStatus.default('draft'),
  reviewDate: IsoDate.nullable().default(null),
  notes: LongText.default('')
})
export const ProcessorActivity = EntityMeta.extend(ProcessorActivityInput.shape)
export type ProcessorActivityInput = z.infer<typeof ProcessorActivityInput>
export type ProcessorActivity = z.infer<typeof ProcessorActivity>
