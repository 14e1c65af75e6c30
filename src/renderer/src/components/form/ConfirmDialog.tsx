import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

interface Props {
  readonly open: boolean
  readonly title: string
  readonly children: ReactNode
  readonly confirmLabel: string
  readonly cancelLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
  /** A destructive confirm (discard, archive) starts with focus on the safe button. */
  readonly danger?: boolean
  readonly busy?: boolean
}

/**
 * A modal question on the native <dialog>: focus is trapped while it is open, Esc cancels, and
 * focus returns where it was. Focus starts in the first field, else on the confirm button, and for
 * destructive questions on the safe answer.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, danger, busy }: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      const before = document.activeElement as HTMLElement | null
      dialog.showModal()
      const first = dialog.querySelector<HTMLElement>('input, select, textarea') ?? dialog.querySelector<HTMLElement>('[data-autofocus]')
      first?.focus()
      return () => {
        if (dialog.open) dialog.close()
        if (before && document.contains(before)) before.focus()
      }
    }
    return undefined
  }, [open])

  // A portal keeps the dialog's own form out of the page's form (forms must not nest); React
  // events still bubble through the component tree, so the submit stops here.
  return createPortal(
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            e.stopPropagation()
            onConfirm()
          }}
        >
          <h2 id={titleId}>{title}</h2>
          <div id={bodyId} className="dialog-body">
            {children}
          </div>
          <div className="actions dialog-actions">
            <button type="submit" className={danger ? 'button-danger' : 'button-primary'} disabled={busy} data-autofocus={danger ? undefined : true}>
              {confirmLabel}
            </button>
            <button type="button" onClick={onCancel} data-autofocus={danger ? true : undefined}>
              {cancelLabel}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>,
    document.body
  )
}
