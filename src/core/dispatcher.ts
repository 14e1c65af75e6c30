import { z } from 'zod'
import { contract, isMethodName } from '../shared/api'
import { isSqliteError } from './workspace/preflight'
import { DomainError, type AppError, type Issue, type Result } from '../shared/errors'
import { hasMessage, translate, type Locale } from '../shared/i18n'
import type { Context, Handlers } from './context'

let zodLocale: Locale | null = null

/** zod's messages follow the user's language; the core serves one user, so the global is fine. */
function useZodLocale(locale: Locale): void {
  if (zodLocale === locale) return
  z.config(locale === 'en' ? z.locales.en() : z.locales.de())
  zodLocale = locale
}

function localiseIssue(locale: Locale, issue: Issue): Issue {
  return hasMessage(issue.message) ? { ...issue, message: translate(locale, issue.message) } : issue
}

export function toAppError(error: unknown, locale: Locale): AppError {
  if (error instanceof DomainError) {
    const params: Record<string, string | number> = {}
    for (const [key, value] of Object.entries(error.params)) {
      params[key] = typeof value === 'string' && hasMessage(value) ? translate(locale, value) : value
    }
    const issues = error.issues?.map((i) => localiseIssue(locale, i))
    if (issues) params.details = issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')
    return {
      code: error.code,
      message: translate(locale, `error.${error.code}`, params),
      ...(Object.keys(params).length ? { params } : {}),
      ...(issues ? { issues } : {})
    }
  }
  // SQLCipher authenticates each page as it is read: a page that fails is damage, said as such.
  if (isSqliteError(error, 'SQLITE_CORRUPT')) return toAppError(new DomainError('DAMAGED', { reason: 'reason.integrity' }), locale)
  // Unexpected failures are logged without their data and reported without a stack trace.
  const e = error as { name?: string; code?: string; stack?: string }
  console.error(`[dpo] internal error: ${e?.name ?? 'Error'}${e?.code ? ` (${e.code})` : ''}\n${e?.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`)
  return { code: 'INTERNAL', message: translate(locale, 'error.INTERNAL') }
}

/** An unknown key is named as the path, so every rejection says which field is wrong. */
function issueOf(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys') return { path: [...path, issue.keys.join(',')].join('.'), message: issue.message }
  return { path: path.join('.'), message: issue.message }
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

/**
 * The single entry point of every shell: validates the input against the contract, runs the
 * handler, validates the output and maps every failure to a typed, translated error.
 */
export function createDispatcher(handlers: Handlers, ctx: () => Context, locale: () => Locale): Dispatch {
  return async (method, input) => {
    const lang = locale()
    useZodLocale(lang)
    if (!isMethodName(method)) return { ok: false, error: toAppError(new DomainError('UNKNOWN_METHOD', { method: String(method).slice(0, 100) }), lang) }
    const spec = contract[method]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      const issues = parsed.error.issues.map(issueOf)
      return { ok: false, error: toAppError(new DomainError('VALIDATION', {}, issues), lang) }
    }
    try {
      const context = ctx()
      if (method !== 'workspace.status') context.session.touch()
      const handler = handlers[method] as (input: unknown, ctx: Context) => unknown
      const value = await handler(parsed.data, context)
      return { ok: true, value: spec.output.parse(value) }
    } catch (error) {
      return { ok: false, error: toAppError(error, lang) }
    }
  }
}
