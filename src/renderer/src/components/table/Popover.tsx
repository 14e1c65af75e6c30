import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface Props {
  /** What the button shows; its accessible name unless `label` is given. */
  readonly button: ReactNode
  /** Accessible name of the panel (and of the button when its content is not text). */
  readonly label: string
  readonly buttonLabel?: string
  readonly buttonClassName?: string
  readonly align?: 'start' | 'end'
  readonly children: ReactNode
  readonly panelClassName?: string
}

const CloseContext = createContext<() => void>(() => undefined)

/** Closes the surrounding popover and returns focus to its button (for a command inside it). */
export function usePopoverClose(): () => void {
  return useContext(CloseContext)
}

/**
 * A disclosure: a button (aria-expanded) that shows a panel of controls below it. Focus moves
 * into the panel; Esc closes it and returns focus to the button; so does a click or focus outside.
 */
export function Popover({ button, label, buttonLabel, buttonClassName, align = 'start', children, panelClassName }: Props): ReactNode {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return undefined
    const first = panel.current?.querySelector<HTMLElement>('input, select, button, textarea, a[href]')
    first?.focus()
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const close = (): void => {
    setOpen(false)
    trigger.current?.focus()
  }

  return (
    <div
      ref={root}
      className="popover"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
      onBlur={(e) => {
        if (open && e.relatedTarget && !root.current?.contains(e.relatedTarget as Node)) setOpen(false)
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={buttonLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {button}
        <span className="popover-caret" aria-hidden="true" />
      </button>
      {open ? (
        <div ref={panel} id={id} role="group" aria-label={label} className={`popover-panel popover-${align} ${panelClassName ?? ''}`}>
          <CloseContext.Provider value={close}>{children}</CloseContext.Provider>
        </div>
      ) : null}
    </div>
  )
}
