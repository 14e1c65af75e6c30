import { z } from 'zod'
import type { Locale } from '../../../../shared/i18n'
import type { Translate } from '../../i18n/I18nContext'
import { issueText } from '../../i18n/format'
import { errorsOf, type FieldErrors } from './paths'

let applied: { locale: Locale; t: Translate } | null = null

/**
 * zod speaks the UI language (z.locales.de / en); the few issues people meet most often
 * (empty required field, impossible date, too long, not a number) get the app's own wording.
 * Everything else keeps zod's translated message.
 */
export function applyZodLocale(locale: Locale, t: Translate): void {
  if (applied && applied.locale === locale && applied.t === t) return
  z.config(locale === 'en' ? z.locales.en() : z.locales.de())
  z.config({
    customError: (issue) => {
      if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return t('validation.required')
      if (issue.code === 'too_big' && issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) })
      if (issue.code === 'invalid_format' && issue.format === 'date') return t('validation.date')
      if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return t('validation.integer')
      return undefined
    }
  })
  applied = { locale, t }
}

export type Validated<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FieldErrors }

/** Runs the same schema the core runs, in the user's language; issues keyed by field path. */
export function validateWith<S extends z.ZodType>(schema: S, draft: unknown, locale: Locale, t: Translate): Validated<z.output<S>> {
  applyZodLocale(locale, t)
  const result = schema.safeParse(draft)
  if (result.success) return { ok: true, data: result.data }
  return { ok: false, errors: errorsOf(result.error.issues, (message) => issueText(t, { path: '', message })) }
}
