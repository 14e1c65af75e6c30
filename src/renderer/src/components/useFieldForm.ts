import { useState } from 'react'
import type { ErrorCode } from '../../../shared/errors'
import { asApiError, type ApiError } from '../api/client'
import { useT } from '../i18n/I18nContext'
import { focusFirstError, noErrors, placeError, type FormErrors } from './formErrors'

/** Where a core error goes: by error code to a field (placeError), or placed by the form itself. */
export type Placement<F extends string> = Partial<Record<ErrorCode, F>> | ((error: ApiError) => FormErrors<F>)

export interface FieldForm<F extends string> {
  readonly errors: FormErrors<F>
  readonly busy: boolean
  /**
   * Shows what is missing next to its field (focus on the first), or runs the action while the
   * form is busy; a core error goes next to its field or into the form's alert.
   */
  submit(missing: Partial<Record<F, string | false | null | undefined>>, action: () => Promise<void>, placement?: Placement<F>): Promise<void>
  /** The default placement, for a form that adjusts one message and keeps the rest. */
  place(error: ApiError, codeField?: Partial<Record<ErrorCode, F>>): FormErrors<F>
}

/** The submit cycle the app's small forms share: required values, busy state, errors at their field. */
export function useFieldForm<F extends string>(fieldNames: readonly F[], idOf: (field: F) => string): FieldForm<F> {
  const t = useT()
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors)
  const [busy, setBusy] = useState(false)

  const show = (next: FormErrors<F>): void => {
    setErrors(next)
    focusFirstError(next.fields, fieldNames, idOf)
  }
  const place = (error: ApiError, codeField: Partial<Record<ErrorCode, F>> = {}): FormErrors<F> => placeError(t, error, fieldNames, codeField)

  const submit: FieldForm<F>['submit'] = async (missing, action, placement = {}) => {
    const fields = Object.fromEntries(Object.entries(missing).filter(([, message]) => typeof message === 'string')) as Partial<Record<F, string>>
    if (Object.keys(fields).length > 0) return show({ fields, general: null })
    setErrors(noErrors)
    setBusy(true)
    try {
      await action()
    } catch (e) {
      const error = asApiError(e)
      show(typeof placement === 'function' ? placement(error) : place(error, placement))
    } finally {
      setBusy(false)
    }
  }

  return { errors, busy, submit, place }
}
