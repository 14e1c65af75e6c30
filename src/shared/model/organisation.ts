import { z } from 'zod'
import { Contact, CountryCode, Language, LongText, Name, Regime, ShortText } from './common'

/** The controller: GDPR Art. 30(1)(a), revDSG Art. 12 Abs. 2 lit. a. One per workspace. */
export const Organisation = z.object({
  name: Name,
  address: LongText.default(''),
  country: CountryCode.nullable().default(null),
  contact: Contact.default({ name: '', address: '', email: '', phone: '' }),
  /** EU representative (GDPR Art. 27) or Swiss representative (revDSG Art. 14). */
  representative: Contact.default({ name: '', address: '', email: '', phone: '' }),
  /** Data protection officer (GDPR Art. 37) or Swiss data protection advisor (revDSG Art. 10). */
  dpo: Contact.default({ name: '', address: '', email: '', phone: '' }),
  supervisoryAuthority: ShortText.default(''),
  /** Headcount drives the small-company exemption tests (GDPR Art. 30(5), DSV Art. 24). */
  headcount: z.int().min(0).max(10_000_000).nullable().default(null),
  regimes: z.array(Regime).min(1).max(2),
  /** The language catalog entries were seeded in and exports default to. */
  language: Language.default('de')
})
export type Organisation = z.infer<typeof Organisation>
