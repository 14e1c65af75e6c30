import { useId, useState, type ReactNode } from 'react'
import type { Target, TargetType } from '../../../../shared/checklists'
import { call } from '../../api/client'
import { useDebounced } from '../../hooks/useDebounced'
import { useLoad } from '../../hooks/useLoad'
import { useT } from '../../i18n/I18nContext'

interface Props {
  readonly types: readonly TargetType[]
  readonly value: Target | null
  readonly onChange: (target: Target | null) => void
  readonly error?: string | null
}

/** The kind of target as radio buttons, and for an activity or a system a search with its matches as radio buttons. */
export function TargetPicker({ types, value, onChange, error }: Props): ReactNode {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const settled = useDebounced(query, 200)
  const type = value?.type ?? types[0] ?? 'organisation'
  const kind = type === 'activity' ? 'activities' : type === 'system' ? 'systems' : null
  const matches = useLoad(kind ? `${kind}:${settled}` : null, async () => {
    const page = await call(`${kind as 'activities' | 'systems'}.list`, { query: settled, limit: 8 })
    return page.rows.map((r) => ({ id: r.id, ref: r.ref, name: r.name }))
  })
  const chosen = value && value.type !== 'organisation' ? value.id : null

  const choose = (next: TargetType): void => {
    setQuery('')
    onChange(next === 'organisation' ? { type: 'organisation' } : { type: next, id: '' } as Target)
  }

  return (
    <div className="cl-target">
      <fieldset className="field">
        <legend>{t('cl.new.targetType')}</legend>
        <div className="cl-inline">
          {types.map((ty) => (
            <label key={ty} className="check">
              <input type="radio" name={`${id}-type`} checked={type === ty} onChange={() => choose(ty)} />
              {t(`cl.target.${ty}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {kind ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-search`}>{t('cl.new.search', { kind: t(`cl.target.${type}`) })}</label>
            <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
          </div>
          <fieldset className="field cl-matches" aria-describedby={error ? `${id}-error` : undefined}>
            <legend>{t('cl.new.matches')}</legend>
            {(matches.data ?? []).length === 0 && !matches.loading ? <p className="muted">{t('cl.new.noMatches')}</p> : null}
            {(matches.data ?? []).map((m) => (
              <label key={m.id} className="check">
                <input type="radio" name={`${id}-match`} checked={chosen === m.id} onChange={() => onChange({ type, id: m.id } as Target)} />
                <span className="mono">{m.ref}</span> {m.name}
              </label>
            ))}
            {error ? (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </fieldset>
        </>
      ) : null}
    </div>
  )
}

/** A complete target: organisation, or an activity or system with a chosen id. */
export const targetReady = (target: Target | null): target is Target => target !== null && (target.type === 'organisation' || target.id !== '')
