import { z } from 'zod'
import { CountryCode, EntityMeta, Id, LongText, Name, ShortText } from './common'

export const SystemKind = z.enum(['application', 'infrastructure', 'service', 'paper', 'other'])

/** An application, asset or service that holds personal data. */
export const SystemInput = z.object({
  name: Name,
  kind: SystemKind.default('application'),
  description: LongText.default(''),
  /** The vendor or hosting provider, a recipient of kind processor. */
  vendorId: Id.nullable().default(null),
  hostingCountry: CountryCode.nullable().default(null),
  hostingLocation: ShortText.default(''),
  owner: ShortText.default(''),
  tomIds: z.array(Id).max(2000).default([]),
  notes: LongText.default('')
})
export const System = EntityMeta.extend(SystemInput.shape)
export type SystemInput = z.infer<typeof SystemInput>
export type System = z.infer<typeof System>
