import { z } from 'zod'
import { Contact, CountryCode, EntityMeta, IsoDate, LongText, Name, ShortText } from './common'

export const RecipientKind = z.enum(['internal', 'processor', 'controller', 'joint_controller', 'authority', 'other'])
/** Status of the processing agreement (GDPR Art. 28, revDSG Art. 9). */
export const DpaStatus = z.enum(['not_required', 'missing', 'in_negotiation', 'signed'])

/** A recipient or category of recipients (GDPR Art. 30(1)(d), revDSG Art. 12 Abs. 2 lit. d). */
export const RecipientInput = z.object({
  name: Name,
  kind: RecipientKind.default('processor'),
  country: CountryCode.nullable().default(null),
  contact: Contact.default({ name: '', address: '', email: '', phone: '' }),
  dpaStatus: DpaStatus.default('missing'),
  dpaDate: IsoDate.nullable().default(null),
  /** US recipients are adequate only when certified under the Data Privacy Framework, per regime. */
  dpfCertifiedEu: z.boolean().default(false),
  dpfCertifiedCh: z.boolean().default(false),
  description: LongText.default(''),
  owner: ShortText.default(''),
  notes: LongText.default('')
})
export const Recipient = EntityMeta.extend(RecipientInput.shape)
export type RecipientInput = z.infer<typeof RecipientInput>
export type Recipient = z.infer<typeof Recipient>
