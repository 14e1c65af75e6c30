import type { ReactNode, Ref } from 'react'

interface Props {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly type?: 'text' | 'password' | 'number' | 'search'
  readonly hint?: string
  readonly error?: string | null
  readonly autoComplete?: string
  readonly required?: boolean
  readonly min?: number
  readonly max?: number
  readonly inputRef?: Ref<HTMLInputElement>
  readonly autoFocus?: boolean
  /** Extra content under the input (e.g. a strength meter), described by the input too. */
  readonly extra?: ReactNode
  readonly extraId?: string
}

/** A labelled input with its hint and error wired up for assistive technology. */
export function TextField(props: Props): ReactNode {
  const { id, label, value, onChange, type = 'text', hint, error, autoComplete, required, min, max, inputRef, autoFocus, extra, extraId } = props
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId, extraId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        autoFocus={autoFocus}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
        min={min}
        max={max}
        spellCheck={type === 'text' ? false : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {extra}
    </div>
  )
}
