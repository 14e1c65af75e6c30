import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { asApiError } from '../../api/client'
import { hrefOf } from '../../hooks/useRoute'
import { errorText } from '../../i18n/format'
import { useT } from '../../i18n/I18nContext'
import { useField } from './FormContext'
import { namedOf, useLookup, type Named } from './lookup'
import { createEntity, listEntities } from './registryApi'

const SUGGESTIONS = 12

interface Props {
  readonly path: string
  readonly target: RegistryKind
  /** One id (null when empty) instead of a list of ids. */
  readonly single?: boolean
  readonly label?: string
  readonly hint?: string
  /** Called after an entry was picked or created, e.g. to prefill the country of a transfer. */
  readonly onPicked?: (picked: Named) => void
}

type Suggestion = { readonly kind: 'entity'; readonly item: Named } | { readonly kind: 'create'; readonly name: string }

/**
 * Links to other entries, edited in place: the chosen entries as links with a remove button, and a
 * combobox (ARIA 1.2 pattern: input + listbox, arrow keys, Enter, Esc) that searches the target
 * registry as you type and can create a missing entry by name.
 */
export function EntityPicker({ path, target, single, label, hint, onPicked }: Props): ReactNode {
  const t = useT()
  const f = useField(path, { deep: true })
  const lookup = useLookup()
  const reactId = useId()
  const listId = `${reactId}-list`
  const hintId = hint ? `${f.id}-hint` : undefined
  const statusId = `${reactId}-status`

  const selected: string[] = single ? (typeof f.value === 'string' ? [f.value] : []) : Array.isArray(f.value) ? (f.value as string[]) : []
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [results, setResults] = useState<Named[]>([])
  const [searched, setSearched] = useState<string | null>(null)
  const [active, setActive] = useState(-1)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const { ensure } = lookup
  const selectedKey = selected.join(',')
  useEffect(() => {
    if (selectedKey) ensure(target, selectedKey.split(','))
  }, [ensure, target, selectedKey])

  // Type-ahead: ask the registry once typing pauses; late answers for older text are dropped.
  const trimmed = query.trim()
  useEffect(() => {
    if (!open) return undefined
    let stale = false
    const timer = window.setTimeout(() => {
      listEntities(target, { query: trimmed, limit: SUGGESTIONS + selected.length, sort: { field: 'name', dir: 'asc' } }).then(
        (page) => {
          if (stale) return
          setResults(page.rows.map(namedOf))
          setSearched(trimmed)
        },
        (e: unknown) => {
          if (!stale) setFailure(errorText(t, asApiError(e)))
        }
      )
    }, 180)
    return () => {
      stale = true
      window.clearTimeout(timer)
    }
    // selected.length only widens the page; a new search is not needed when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, trimmed, target, t])

  const fresh = searched === trimmed
  const entities = fresh ? results.filter((r) => !selected.includes(r.id)).slice(0, SUGGESTIONS) : []
  const exact = results.some((r) => r.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
  const suggestions: Suggestion[] = [
    ...entities.map((item): Suggestion => ({ kind: 'entity', item })),
    ...(trimmed && fresh && !exact ? [{ kind: 'create', name: trimmed } as const] : [])
  ]
  const expanded = open && suggestions.length > 0
  const activeIndex = active < suggestions.length ? active : -1
  const optionId = (i: number): string => `${reactId}-opt-${i}`

  const commit = (named: Named, created: boolean): void => {
    lookup.remember(target, named.entity)
    f.set(single ? named.id : [...selected.filter((id) => id !== named.id), named.id])
    setQuery('')
    setOpen(false)
    setActive(-1)
    setMessage(t(created ? 'picker.created' : 'picker.added', { name: named.name }))
    onPicked?.(named)
  }

  const choose = (s: Suggestion): void => {
    if (s.kind === 'entity') {
      commit(s.item, false)
      return
    }
    setBusy(true)
    setFailure(null)
    createEntity(target, { name: s.name }).then(
      (entity) => {
        setBusy(false)
        commit(namedOf(entity), true)
      },
      (e: unknown) => {
        setBusy(false)
        setFailure(errorText(t, asApiError(e)))
      }
    )
  }

  const remove = (id: string, name: string): void => {
    f.set(single ? null : selected.filter((s) => s !== id))
    setMessage(t('picker.remove', { name }))
    document.getElementById(f.id)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        if (!open) setOpen(true)
        setActive((i) => (suggestions.length === 0 ? -1 : (Math.min(i, suggestions.length - 1) + 1) % suggestions.length))
        break
      case 'ArrowUp':
        e.preventDefault()
        if (!open) setOpen(true)
        setActive((i) => (suggestions.length === 0 ? -1 : i <= 0 ? suggestions.length - 1 : Math.min(i, suggestions.length) - 1))
        break
      case 'Enter':
        if (expanded && activeIndex >= 0) {
          e.preventDefault()
          choose(suggestions[activeIndex])
        } else if (expanded && suggestions.length === 1) {
          e.preventDefault()
          choose(suggestions[0])
        } else if (trimmed) {
          // Enter must never submit the surrounding form from a half-typed search.
          e.preventDefault()
        }
        break
      case 'Escape':
        if (open || query) {
          // Handled here: the page's "Esc discards" must not hear it.
          e.preventDefault()
          e.stopPropagation()
          if (open) setOpen(false)
          else setQuery('')
          setActive(-1)
        }
        break
      case 'Tab':
        setOpen(false)
        break
    }
  }

  const nameOf = (id: string): { text: string; archived: boolean; known: boolean } => {
    const named = lookup.get(target, id)
    if (named === undefined) return { text: t('picker.loadingName'), archived: false, known: false }
    if (named === 'missing') return { text: t('picker.missing', { id: id.slice(0, 8) }), archived: false, known: false }
    return { text: `${named.ref} ${named.name}`, archived: named.archived, known: true }
  }

  const describedBy = [f.errorId, hintId].filter(Boolean).join(' ') || undefined
  const fieldLabel = label ?? f.label

  return (
    <div className={`field picker${single ? ' picker-single' : ''}`}>
      <label htmlFor={f.id}>{fieldLabel}</label>
      {selected.length > 0 ? (
        <ul className="chips" aria-label={t('picker.selected', { label: fieldLabel })}>
          {selected.map((id) => {
            const n = nameOf(id)
            const plain = lookup.get(target, id)
            const name = plain && plain !== 'missing' ? plain.name : n.text
            return (
              <li key={id} className={`chip${n.archived ? ' chip-archived' : ''}`}>
                {n.known ? <a href={hrefOf(target, id)}>{n.text}</a> : <span>{n.text}</span>}
                {n.archived ? <span className="chip-note"> ({t('picker.archived')})</span> : null}
                <button type="button" className="chip-remove" aria-label={t('picker.remove', { name })} onClick={() => remove(id, name)}>
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      ) : !single ? (
        <p className="muted empty-line">{t('picker.none')}</p>
      ) : null}
      <div className="combobox">
        <input
          id={f.id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={busy || undefined}
          placeholder={t('picker.placeholder')}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
            setActive(-1)
            setFailure(null)
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('picker.options', { label: fieldLabel })} className="listbox" hidden={!expanded}>
          {expanded
            ? suggestions.map((s, i) => (
                <li
                  key={s.kind === 'entity' ? s.item.id : 'create'}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={`option${i === activeIndex ? ' option-active' : ''}${s.kind === 'create' ? ' option-create' : ''}`}
                  // Keep focus in the input; the click below chooses.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(s)}
                >
                  {s.kind === 'entity' ? (
                    <>
                      <span className="option-ref">{s.item.ref}</span> {s.item.name}
                    </>
                  ) : (
                    t('picker.create', { name: s.name })
                  )}
                </li>
              ))
            : null}
        </ul>
      </div>
      {f.error ? (
        <p id={f.errorId} className="field-error">
          {f.error}
        </p>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <p id={statusId} role="status" className="visually-hidden">
        {open && fresh ? (suggestions.length === 0 ? t('picker.noResults') : t('picker.results', { count: suggestions.length })) : message}
      </p>
    </div>
  )
}
