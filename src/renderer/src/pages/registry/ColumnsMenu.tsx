import type { ReactNode } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import { viewColumn } from '../../../../shared/registry-view'
import { Popover } from '../../components/table/Popover'
import { useT } from '../../i18n/I18nContext'
import { defaultPrefs, type ColumnPrefs } from './useColumnPrefs'

/** Which columns the list shows and in which order; kept per workspace. */
export function ColumnsMenu({ kind, prefs, onChange }: { kind: RegistryKind; prefs: ColumnPrefs; onChange: (next: ColumnPrefs) => void }): ReactNode {
  const t = useT()
  const move = (id: string, by: -1 | 1): void => {
    const order = [...prefs.order]
    const from = order.indexOf(id)
    const to = from + by
    if (to < 0 || to >= order.length) return
    order.splice(from, 1)
    order.splice(to, 0, id)
    onChange({ ...prefs, order })
    // Reordering moves the focused button in the DOM; keep focus on it (or on its twin at an end).
    requestAnimationFrame(() => {
      const same = document.getElementById(`colmove-${id}-${by}`) as HTMLButtonElement | null
      const other = document.getElementById(`colmove-${id}-${-by}`)
      ;(same && !same.disabled ? same : other)?.focus()
    })
  }
  const show = (id: string, on: boolean): void => onChange({ ...prefs, hidden: on ? prefs.hidden.filter((h) => h !== id) : [...prefs.hidden, id] })

  return (
    <Popover button={t('rv.columns')} label={t('rv.columns.legend')} align="end" panelClassName="columns-panel">
        <fieldset className="facet-fieldset">
          <legend className="columns-legend">{t('rv.columns.legend')}</legend>
          <ul className="columns-list">
            {prefs.order.map((id, i) => {
              const column = viewColumn(kind, id)
              if (!column) return null
              const name = t(column.header)
              return (
                <li key={id}>
                  <label className="check">
                    <input type="checkbox" checked={!prefs.hidden.includes(id)} disabled={column.fixed} onChange={(e) => show(id, e.target.checked)} />
                    <span>{name}</span>
                  </label>
                  <span className="columns-move">
                    <button type="button" id={`colmove-${id}--1`} className="icon-button" disabled={i === 0} onClick={() => move(id, -1)} aria-label={t('rv.columns.up', { name })}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      id={`colmove-${id}-1`}
                      className="icon-button"
                      disabled={i === prefs.order.length - 1}
                      onClick={() => move(id, 1)}
                      aria-label={t('rv.columns.down', { name })}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                  </span>
                </li>
              )
            })}
          </ul>
          <button type="button" className="link" onClick={() => onChange(defaultPrefs(kind))}>
            {t('rv.columns.reset')}
          </button>
        </fieldset>
    </Popover>
  )
}
