import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/I18nContext'
import { ConfirmDialog } from './ConfirmDialog'

export interface UnsavedGuard {
  /** The dialog to render; it appears when in-app navigation would drop unsaved changes. */
  readonly dialog: ReactNode
  /** Lets the next navigation through without asking (after a save, for the created entry). */
  readonly allowNext: () => void
}

/**
 * Keeps unsaved changes from being lost. In-app navigation is a hash change: the popstate that
 * precedes it puts the old address back before the router reads it, and the user is asked.
 * Closing or reloading the window gets the browser's own question (beforeunload).
 */
export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const t = useT()
  const [target, setTarget] = useState<string | null>(null)
  const bypass = useRef(false)
  const isDirty = useEffectEvent(() => dirty && !bypass.current)

  useEffect(() => {
    // The address of this page; in-app navigation elsewhere is reverted to it while there are edits.
    const here = window.location.href
    // A fragment navigation fires popstate synchronously, before the router's (queued) hashchange:
    // putting the old address back here means the router never sees the new one.
    const onPop = (): void => {
      const to = window.location.href
      if (to === here || !isDirty()) return
      window.history.replaceState(window.history.state, '', here)
      setTarget(to)
    }
    const onUnload = (e: BeforeUnloadEvent): void => {
      if (!isDirty()) return
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('popstate', onPop)
    window.addEventListener('beforeunload', onUnload)
    return () => {
      window.removeEventListener('popstate', onPop)
      window.removeEventListener('beforeunload', onUnload)
    }
  }, [])

  const dialog = (
    <ConfirmDialog
      open={target !== null}
      title={t('dialog.unsavedTitle')}
      confirmLabel={t('dialog.leave')}
      cancelLabel={t('dialog.stay')}
      danger
      onConfirm={() => {
        const to = target
        bypass.current = true
        setTarget(null)
        if (to) window.location.href = to
      }}
      onCancel={() => setTarget(null)}
    >
      <p>{t('dialog.unsavedText')}</p>
    </ConfirmDialog>
  )
  return {
    dialog,
    allowNext: () => {
      bypass.current = true
    }
  }
}

/**
 * Ctrl+S (Cmd+S) saves, Esc cancels; both stay quiet while a dialog is open. `onEscape` returns
 * true when it acted (e.g. opened a question): the key is then consumed, or the very same Esc
 * would close the dialog it just opened.
 */
export function useFormShortcuts(onSave: () => void, onEscape: () => boolean): void {
  const save = useEffectEvent(onSave)
  const escape = useEffectEvent(onEscape)
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (document.querySelector('dialog[open]')) return
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault()
        save()
        return
      }
      if (e.key === 'Escape' && !e.defaultPrevented && escape()) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
