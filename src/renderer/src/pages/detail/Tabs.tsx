import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabSpec<K extends string> {
  readonly key: K
  readonly label: string
}

/**
 * The ARIA tabs pattern: a tablist whose tabs move with the arrow keys, Home and End (automatic
 * activation), one tab stop for the whole list, and panels labelled by their tab.
 */
export function Tabs<K extends string>({
  idPrefix,
  label,
  tabs,
  current,
  onSelect,
  panel
}: {
  idPrefix: string
  label: string
  tabs: readonly TabSpec<K>[]
  current: K
  onSelect: (key: K) => void
  /** Renders a panel; return null for panels that only exist while selected. */
  panel: (key: K, selected: boolean) => ReactNode
}): ReactNode {
  const list = useRef<HTMLDivElement>(null)
  const tabId = (key: K): string => `${idPrefix}-tab-${key}`
  const panelId = (key: K): string => `${idPrefix}-panel-${key}`

  const move = (e: KeyboardEvent, index: number): void => {
    let next: number | null = null
    if (e.key === 'ArrowRight') next = (index + 1) % tabs.length
    else if (e.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = tabs.length - 1
    if (next === null) return
    e.preventDefault()
    onSelect(tabs[next].key)
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }

  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} ref={list}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === current}
            aria-controls={panelId(tab.key)}
            tabIndex={tab.key === current ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => move(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => {
        const selected = tab.key === current
        const content = panel(tab.key, selected)
        if (content === null && !selected) return null
        return (
          <div key={tab.key} role="tabpanel" id={panelId(tab.key)} aria-labelledby={tabId(tab.key)} hidden={!selected} className="tab-panel">
            {content}
          </div>
        )
      })}
    </>
  )
}
