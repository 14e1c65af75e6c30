import { createContext, useContext } from 'react'
import type { Regime } from '../../../../shared/model'
import { useT } from '../../i18n/I18nContext'
import { fieldLabel } from './labels'
import { errorAtOrBelow, fieldId, getIn, type Draft, type FieldErrors } from './paths'

/** What every field of one form reads and writes: the draft, its errors and how to label and id fields. */
export interface FormApi {
  /** Label scope: a registry kind or "organisation". */
  readonly scope: string
  readonly idPrefix: string
  readonly draft: Draft
  readonly errors: FieldErrors
  /** The workspace's regimes: they decide which legal references and options are shown. */
  readonly regimes: readonly Regime[]
  readonly set: (path: string, value: unknown) => void
  readonly update: (change: (draft: Draft) => Draft) => void
}

export const FormContext = createContext<FormApi | null>(null)

export function useForm(): FormApi {
  const form = useContext(FormContext)
  if (!form) throw new Error('useForm outside FormContext')
  return form
}

export interface FieldBinding {
  readonly id: string
  readonly label: string
  readonly value: unknown
  readonly error: string | undefined
  readonly errorId: string | undefined
  readonly set: (value: unknown) => void
}

/** One field's value, error, id and label, bound to its path in the draft. */
export function useField(path: string, options: { deep?: boolean } = {}): FieldBinding {
  const form = useForm()
  const t = useT()
  const id = fieldId(form.idPrefix, path)
  const error = options.deep ? errorAtOrBelow(form.errors, path) : form.errors[path]
  return {
    id,
    label: fieldLabel(t, form.scope, path),
    value: getIn(form.draft, path),
    error,
    errorId: error ? `${id}-error` : undefined,
    set: (value) => form.set(path, value)
  }
}
