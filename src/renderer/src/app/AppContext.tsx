import { createContext, useContext } from 'react'
import type { OutputOf } from '../../../shared/api'

export type AppInfo = OutputOf<'app.info'>
export type Settings = OutputOf<'settings.get'>
export type WorkspaceStatus = OutputOf<'workspace.status'>

/** What every screen inside the app may read and change about the session. */
export interface AppSession {
  readonly info: AppInfo
  readonly settings: Settings
  readonly status: WorkspaceStatus
  readonly setSettings: (settings: Settings) => void
  readonly setStatus: (status: WorkspaceStatus) => void
  /** Locks the workspace (drops the key in the core) and shows the unlock screen. */
  readonly lock: () => Promise<void>
  /** Locks this workspace and shows the unlock screen for another file (a restored backup). */
  readonly unlockOther: (target: { file: string; name: string }) => Promise<void>
}

export const AppContext = createContext<AppSession | null>(null)

export function useApp(): AppSession {
  const value = useContext(AppContext)
  if (!value) throw new Error('useApp outside AppContext')
  return value
}
