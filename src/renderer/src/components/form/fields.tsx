import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useField, useForm } from './FormContext'
import { useT } from '../../i18n/I18nContext'
import { fieldId } from './paths'

interface FrameProps {
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly error?: string
  readonly className?: string
  readonly children: (describedBy: string | undefined) => ReactNode
}

/** Label, control, error and hint; the error and hint describe the control. */
export function FieldFrame({ id, label, hint, error, className, children }: FrameProps): ReactNode {
  const errorId = error ? `${id}-error` : undefined
  const hintId = hint ? `${id}-hint` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
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
    </div>
  )
}

interface TextProps {
  readonly path: string
  readonly label?: string
  readonly hint?: string
  readonly required?: boolean
  readonly className?: string
  readonly autoComplete?: string
  readonly type?: 'text' | 'email' | 'tel'
}

export function FormText({ path, label, hint, required, className, autoComplete = 'off', type = 'text' }: TextProps): ReactNode {
  const f = useField(path)
  return (
    <FieldFrame id={f.id} label={label ?? f.label} hint={hint} error={f.error} className={className}>
      {(describedBy) => (
        <input
          id={f.id}
          type={type}
          value={typeof f.value === 'string' ? f.value : f.value == null ? '' : String(f.value)}
          onChange={(e) => f.set(e.target.value)}
          required={required}
          aria-required={required || undefined}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete={autoComplete}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
    </FieldFrame>
  )
}

export function FormTextArea({ path, label, hint, rows = 3, className }: { path: string; label?: string; hint?: string; rows?: number; className?: string }): ReactNode {
  const f = useField(path)
  return (
    <FieldFrame id={f.id} label={label ?? f.label} hint={hint} error={f.error} className={className}>
      {(describedBy) => (
        <textarea
          id={f.id}
          rows={rows}
          value={typeof f.value === 'string' ? f.value : ''}
          onChange={(e) => f.set(e.target.value)}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  )
}

/** "31.12.2026" or "1.2.2026" → "2026-12-31" / "2026-02-01"; anything else stays as typed. */
export function normaliseDate(text: string): string {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text)
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text.trim()
}

/**
 * A calendar date as text (YYYY-MM-DD, as the schema stores it): typing is fast, and whatever is
 * typed reaches the schema, so an impossible date is reported instead of silently dropped.
 */
export function FormDate({ path, label, hint, className }: { path: string; label?: string; hint?: string; className?: string }): ReactNode {
  const t = useT()
  const f = useField(path)
  return (
    <FieldFrame id={f.id} label={label ?? f.label} hint={hint ?? t('form.dateHint')} error={f.error} className={`field-date${className ? ` ${className}` : ''}`}>
      {(describedBy) => (
        <input
          id={f.id}
          type="text"
          inputMode="numeric"
          value={typeof f.value === 'string' ? f.value : ''}
          onChange={(e) => f.set(e.target.value === '' ? null : e.target.value)}
          onBlur={(e) => {
            const next = normaliseDate(e.target.value)
            f.set(next === '' ? null : next)
          }}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </FieldFrame>
  )
}

/** Text → number for the schema: empty is null, a whole number a number, anything else stays text (and fails validation). */
export function numberOrText(text: string): number | string | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}

export function FormNumber({ path, label, hint, className }: { path: string; label?: string; hint?: string; className?: string }): ReactNode {
  const f = useField(path)
  return (
    <FieldFrame id={f.id} label={label ?? f.label} hint={hint} error={f.error} className={`field-number${className ? ` ${className}` : ''}`}>
      {(describedBy) => (
        <input
          id={f.id}
          type="text"
          inputMode="numeric"
          value={f.value == null ? '' : String(f.value)}
          onChange={(e) => f.set(numberOrText(e.target.value))}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
        />
      )}
    </FieldFrame>
  )
}

export interface SelectOption {
  readonly value: string | number
  readonly label: string
  /** Options with the same group are shown together under that heading. */
  readonly group?: string
}

interface SelectProps {
  readonly path: string
  readonly options: readonly SelectOption[]
  readonly label?: string
  readonly hint?: string
  /** Text of the empty choice; without it there is none. */
  readonly empty?: string
  /** What the empty choice stores: null (default) or '' for required text fields. */
  readonly emptyValue?: null | ''
  readonly className?: string
  readonly onChanged?: (value: unknown) => void
}

export function FormSelect({ path, options, label, hint, empty, emptyValue = null, className, onChanged }: SelectProps): ReactNode {
  const f = useField(path)
  const current = f.value === null || f.value === undefined ? '' : String(f.value)
  const known = current === '' || options.some((o) => String(o.value) === current)
  const groups: Array<{ group: string | undefined; items: SelectOption[] }> = []
  for (const o of options) {
    const last = groups.at(-1)
    if (last && last.group === o.group) last.items.push(o)
    else groups.push({ group: o.group, items: [o] })
  }
  const render = (o: SelectOption): ReactNode => (
    <option key={String(o.value)} value={String(o.value)}>
      {o.label}
    </option>
  )
  return (
    <FieldFrame id={f.id} label={label ?? f.label} hint={hint} error={f.error} className={className}>
      {(describedBy) => (
        <select
          id={f.id}
          value={current}
          onChange={(e) => {
            const raw = e.target.value
            const picked = raw === '' ? emptyValue : (options.find((o) => String(o.value) === raw)?.value ?? raw)
            f.set(picked)
            onChanged?.(picked)
          }}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
        >
          {empty !== undefined || current === '' ? <option value="">{empty ?? ''}</option> : null}
          {known ? null : <option value={current}>{current}</option>}
          {groups.map((g, i) =>
            g.group ? (
              <optgroup key={`${g.group}-${i}`} label={g.group}>
                {g.items.map(render)}
              </optgroup>
            ) : (
              g.items.map(render)
            )
          )}
        </select>
      )}
    </FieldFrame>
  )
}

export function FormCheckbox({ path, label, hint }: { path: string; label?: string; hint?: string }): ReactNode {
  const f = useField(path)
  const hintId = hint ? `${f.id}-hint` : undefined
  const describedBy = [f.errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field field-check">
      <label className="check" htmlFor={f.id}>
        <input
          id={f.id}
          type="checkbox"
          checked={f.value === true}
          onChange={(e) => f.set(e.target.checked)}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
        />
        <span>{label ?? f.label}</span>
      </label>
      {f.error ? (
        <p id={f.errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

export interface CheckOption {
  readonly value: string | number
  readonly label: string
  /** Shown after the label in a quieter style, e.g. the article. */
  readonly ref?: string
}

interface CheckGroupProps {
  readonly path: string
  readonly options: readonly CheckOption[]
  readonly legend?: string
  readonly hint?: string
  readonly className?: string
  /** When false, the group's error is left to an enclosing element (grouped multi-selects). */
  readonly showError?: boolean
  /** When several groups edit one array, only the first carries the field's id. */
  readonly primary?: boolean
}

/** A set of checkboxes that edits one array field; the order follows the options. */
export function FormCheckGroup({ path, options, legend, hint, className, showError = true, primary = true }: CheckGroupProps): ReactNode {
  const f = useField(path, { deep: true })
  const form = useForm()
  const reactId = useId()
  const selected = Array.isArray(f.value) ? (f.value as Array<string | number>) : []
  const hintId = hint ? `${f.id}-hint` : undefined
  const errorId = showError && f.error ? `${f.id}-error` : undefined
  // Appending keeps the order stable when several groups edit the same array.
  const toggle = (value: string | number, on: boolean): void => {
    form.set(path, on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value))
  }
  return (
    <fieldset
      className={`field check-group${className ? ` ${className}` : ''}`}
      aria-describedby={[primary ? f.errorId : errorId, hintId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend ?? f.label}</legend>
      {errorId ? (
        <p id={errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {options.map((o, i) => {
        const id = i === 0 && primary ? f.id : `${reactId}-${i}`
        return (
          <label key={String(o.value)} className="check" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              aria-invalid={f.error ? true : undefined}
            />
            <span>
              {o.label}
              {o.ref ? <span className="option-ref"> {o.ref}</span> : null}
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}

/** Radio buttons for one value, as a fieldset with its legend. */
export function FormRadioGroup({
  path,
  options,
  legend,
  hint,
  onPick
}: {
  path: string
  options: readonly CheckOption[]
  legend?: string
  hint?: string
  /** Called instead of setting the value, e.g. to ask for confirmation first. */
  onPick?: (value: string | number) => void
}): ReactNode {
  const f = useField(path)
  const reactId = useId()
  const hintId = hint ? `${f.id}-hint` : undefined
  return (
    <fieldset className="field radio-group" aria-describedby={[f.errorId, hintId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend ?? f.label}</legend>
      {f.error ? (
        <p id={f.errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      {options.map((o, i) => {
        const id = i === 0 ? f.id : `${reactId}-${i}`
        return (
          <label key={String(o.value)} className="check" htmlFor={id}>
            <input
              id={id}
              type="radio"
              name={`${reactId}-radio`}
              checked={String(f.value) === String(o.value)}
              onChange={() => (onPick ? onPick(o.value) : f.set(o.value))}
            />
            <span>{o.label}</span>
          </label>
        )
      })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </fieldset>
  )
}

/** A list of short texts (purposes, processing categories): one input per item, add and remove. */
export function FormStringList({ path, listKey }: { path: string; listKey: 'purposes' | 'processingCategories' }): ReactNode {
  const t = useT()
  const form = useForm()
  const f = useField(path)
  const items = Array.isArray(f.value) ? (f.value as string[]) : []
  // Where focus goes after the next render: the new item's input, or the add button after a removal.
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    if (pendingFocus.current === null) return
    document.getElementById(pendingFocus.current)?.focus()
    pendingFocus.current = null
  })
  const add = (): void => {
    form.set(path, [...items, ''])
    pendingFocus.current = fieldId(form.idPrefix, `${path}.${items.length}`)
  }
  const remove = (index: number): void => {
    form.set(
      path,
      items.filter((_, i) => i !== index)
    )
    pendingFocus.current = f.id
  }
  return (
    <div className="string-list">
      {f.error ? (
        <p id={f.errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      {items.length === 0 ? <p className="muted empty-line">{t(`list.empty.${listKey}`)}</p> : null}
      <ol className="string-list-items">
        {items.map((item, i) => {
          const itemPath = `${path}.${i}`
          const id = fieldId(form.idPrefix, itemPath)
          const error = form.errors[itemPath]
          const label = t(`list.item.${listKey}`, { n: i + 1 })
          return (
            <li key={i} className="string-list-item">
              <div className="field">
                <label htmlFor={id}>{label}</label>
                <div className="inline-row">
                  <input
                    id={id}
                    type="text"
                    value={item}
                    onChange={(e) => form.set(itemPath, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                  <button type="button" className="button-quiet" onClick={() => remove(i)} aria-label={t('list.remove', { label })}>
                    ×
                  </button>
                </div>
                {error ? (
                  <p id={`${id}-error`} className="field-error">
                    {error}
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ol>
      <button type="button" id={f.id} onClick={add}>
        {t(`list.add.${listKey}`)}
      </button>
    </div>
  )
}
