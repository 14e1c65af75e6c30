import { z } from 'zod'

/** Entity ids are random UUIDs minted by the core; refs (VT-0001) are what people quote. */
export const Id = z.uuid()
export type Id = z.infer<typeof Id>

export const Regime = z.enum(['gdpr', 'revdsg'])
export type Regime = z.infer<typeof Regime>

export const Language = z.enum(['de', 'en'])
export type Language = z.infer<typeof Language>

/** ISO 3166-1 alpha-2, upper case ("CH", "DE", "US"). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'country.format' })

/** A calendar date as people write it in records: YYYY-MM-DD, no time zone. */
export const IsoDate = z.iso.date()

/** Free text fields are bounded so that a paste accident cannot bloat the workspace. */
export const ShortText = z.string().trim().max(300)
export const LongText = z.string().max(20_000)
export const Name = z.string().trim().min(1).max(300)

/** A catalog code such as "gdpr-6-1-b" or "EU-SCC"; validated against the catalogs in the core. */
export const CatalogCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)

export const Contact = z.object({
  name: ShortText.default(''),
  address: LongText.default(''),
  email: ShortText.default(''),
  phone: ShortText.default('')
})
export type Contact = z.infer<typeof Contact>

/** Fields every stored entity carries; the core owns them, forms never send them. */
export const EntityMeta = z.object({
  id: Id,
  ref: z.string(),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable()
})
export type EntityMeta = z.infer<typeof EntityMeta>
