import { powerMonitor } from 'electron'

/**
 * Idle auto-lock lives in the core; this adds the OS signals only the desktop shell sees: when
 * the screen locks or the machine goes to sleep, the workspace locks too (the key leaves memory
 * before anyone can walk up to an unattended, resumed laptop). Call after `ready`.
 */
export function lockOnSystemEvents(lock: () => void): () => void {
  const onEvent = (): void => lock()
  powerMonitor.on('lock-screen', onEvent)
  powerMonitor.on('suspend', onEvent)
  return () => {
    powerMonitor.off('lock-screen', onEvent)
    powerMonitor.off('suspend', onEvent)
  }
}
