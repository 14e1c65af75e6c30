import { hasMessage, type Locale } from '../../../shared/i18n'
import type { Issue } from '../../../shared/errors'
import type { ApiError } from '../api/client'
import type { Translate } from './I18nContext'

const unfilled = /\{\w+\}/

/**
 * The UI's own wording of an error, so the UI language wins over the core's. When the catalogue
 * text needs details the error does not carry, the core's already translated message is better.
 */
export function errorText(t: Translate, error: ApiError): string {
  const key = `error.${error.code}`
  if (hasMessage(key)) {
    const text = t(key, error.params)
    if (!unfilled.test(text)) return text
  }
  return error.message || t('error.INTERNAL')
}

export function issueText(t: Translate, issue: Issue): string {
  return hasMessage(issue.message) ? t(issue.message) : issue.message
}

/** A label for an enum value, e.g. enum.activityStatus.draft; unknown values show as they are. */
export function enumText(t: Translate, group: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = `enum.${group}.${value}`
  return hasMessage(key) ? t(key) : value
}

/** Any catalogue key built at run time, with a fallback when it is not there. */
export function keyText(t: Translate, key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback
}

const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : locale)

export function formatDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(date)
}

export function formatDateTime(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n)
}
