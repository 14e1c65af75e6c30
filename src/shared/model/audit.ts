import { z } from 'zod'

export const AuditAction = z.enum(['create', 'update', 'archive', 'restore', 'delete', 'workspace'])

export const FieldChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown()
})
export type FieldChange = z.infer<typeof FieldChange>

/** One append-only, hash-chained record of a mutation. */
export const AuditEntry = z.object({
  seq: z.int().min(1),
  at: z.iso.datetime(),
  author: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: AuditAction,
  changes: z.array(FieldChange),
  prevHash: z.string(),
  hash: z.string()
})
export type AuditEntry = z.infer<typeof AuditEntry>

export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.int(),
  head: z.string(),
  /** The first sequence number whose entry does not match the chain, if any. */
  brokenAt: z.int().nullable(),
  reason: z.string().nullable()
})
export type AuditVerification = z.infer<typeof AuditVerification>
