import { z } from 'zod'

/**
 * Every failure a user can meet has its own code, so each shell can say it in the user's language
 * and scripts can branch on it. Messages live in the i18n catalogue under "error.<code>".
 */
export const ErrorCode = z.enum([
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NO_WORKSPACE_OPEN',
  'WORKSPACE_ALREADY_OPEN_HERE',
  'WRONG_PASSPHRASE',
  'NOT_A_WORKSPACE',
  'DAMAGED',
  'NEWER_VERSION',
  'ALREADY_OPEN',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'PERMISSION_DENIED',
  'PASSPHRASE_MISMATCH',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'BROKEN_LINK',
  'KEYCHAIN_UNAVAILABLE',
  'FORBIDDEN',
  /** An attachment over the per-file or per-workspace limit. */
  'TOO_LARGE',
  /** An import file that cannot be read (malformed, binary, no header row) or a strict import with rejected rows. */
  'IMPORT_INVALID',
  /** An import file over the size, row or compression-ratio limit. */
  'IMPORT_TOO_LARGE',
  'INTERNAL'
])
export type ErrorCode = z.infer<typeof ErrorCode>

export const Issue = z.object({ path: z.string(), message: z.string() })
export type Issue = z.infer<typeof Issue>

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** The placeholder values of the message, so a shell can say it again in another language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(Issue).optional()
})
export type AppError = z.infer<typeof AppError>

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Thrown inside the core; the dispatcher turns it into a typed, translated error result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues?: Issue[]
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`)
    this.name = 'DomainError'
  }
}
