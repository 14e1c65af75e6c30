import type { ErrorCode } from '../../../shared/errors'
import type { ApiError } from '../api/client'
import { errorText, issueText } from '../i18n/format'
import type { Translate } from '../i18n/I18nContext'

export interface FormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>
  /** What belongs to no single field; shown in the form's alert region. */
  readonly general: string | null
}

export const noErrors = { fields: {}, general: null } as const

/**
 * Puts a core error where the user looks: field issues next to their field (by the first segment
 * of the issue path), errors about one field (FILE_EXISTS → file) next to it, the rest on top.
 */
export function placeError<F extends string>(
  t: Translate,
  error: ApiError,
  fieldNames: readonly F[],
  codeField: Partial<Record<ErrorCode, F>> = {}
): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {}
  const rest: string[] = []
  for (const issue of error.issues) {
    const head = issue.path.split(/[.[]/)[0] as F
    if (fieldNames.includes(head) && !fields[head]) fields[head] = issueText(t, issue)
    else rest.push(issueText(t, issue))
  }
  const target = codeField[error.code]
  if (target) fields[target] = errorText(t, error)
  else if (error.issues.length === 0 || rest.length > 0) {
    rest.unshift(error.code === 'VALIDATION' && rest.length > 0 ? '' : errorText(t, error))
  }
  const general = rest.filter(Boolean).join(' ')
  return { fields, general: general || null }
}

/** Moves focus to the first field that has an error, so keyboard users land on it. */
export function focusFirstError<F extends string>(fields: Partial<Record<F, string>>, order: readonly F[], idOf: (f: F) => string): void {
  const first = order.find((f) => fields[f])
  if (first) document.getElementById(idOf(first))?.focus()
}
