import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabDef<K extends string> {
  readonly key: K
  readonly label: string
}

interface Props<K extends string> {
  /** Accessible name of the tab list. */
  readonly label: string
  readonly idPrefix: string
  readonly tabs: readonly TabDef<K>[]
  readonly active: K
  readonly onChange: (key: K) => void
  /** The content of the active panel; inactive panels stay in the DOM, hidden and empty. */
  readonly children: (key: K) => ReactNode
}

/**
 * The WAI-ARIA tabs pattern: one tab stop for the list (roving tabindex), arrow keys, Home and
 * End move and select (automatic activation), each panel labelled by its tab.
 */
export function Tabs<K extends string>({ label, idPrefix, tabs, active, onChange, children }: Props<K>): ReactNode {
  const refs = useRef(new Map<K, HTMLButtonElement>())
  const tabId = (key: K): string => `${idPrefix}-tab-${key}`
  const panelId = (key: K): string => `${idPrefix}-panel-${key}`

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = tabs.findIndex((tab) => tab.key === active)
    let next: number | null = null
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = tabs.length - 1
    if (next === null) return
    e.preventDefault()
    const key = tabs[next].key
    onChange(key)
    refs.current.get(key)?.focus()
  }

  return (
    <div className="cat-tabs">
      <div role="tablist" aria-label={label} className="cat-tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el)
              else refs.current.delete(tab.key)
            }}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === active}
            aria-controls={panelId(tab.key)}
            tabIndex={tab.key === active ? 0 : -1}
            className="cat-tab"
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.key} role="tabpanel" id={panelId(tab.key)} aria-labelledby={tabId(tab.key)} hidden={tab.key !== active} tabIndex={0} className="cat-tab-panel">
          {tab.key === active ? children(tab.key) : null}
        </div>
      ))}
    </div>
  )
}
