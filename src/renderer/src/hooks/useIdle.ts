import { useEffect, useEffectEvent } from 'react'
import { call } from '../api/client'

const TOUCH_EVERY_MS = 30_000
const POLL_EVERY_MS = 15_000
const activity = ['keydown', 'pointerdown', 'wheel', 'input'] as const

/**
 * Keeps the core's idle timer informed while the user works (at most one touch per 30 s), and
 * notices when the core has locked the workspace on its own (auto-lock) by polling its status.
 */
export function useIdle(onClosed: () => void): void {
  const closed = useEffectEvent(onClosed)

  useEffect(() => {
    let last = Date.now()
    const touch = (): void => {
      const now = Date.now()
      if (now - last < TOUCH_EVERY_MS) return
      last = now
      // A NO_WORKSPACE_OPEN answer reaches the app through the client's lock listeners.
      call('workspace.touch', {}).catch(() => undefined)
    }
    for (const type of activity) window.addEventListener(type, touch, { passive: true, capture: true })
    const poll = window.setInterval(() => {
      call('workspace.status', {}).then(
        (status) => {
          if (!status.open) closed()
        },
        () => undefined
      )
    }, POLL_EVERY_MS)
    return () => {
      for (const type of activity) window.removeEventListener(type, touch, { capture: true })
      window.clearInterval(poll)
    }
  }, [])
}
