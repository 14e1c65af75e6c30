import type { InputOf, MethodName, OutputOf } from '../shared/api'
import { DomainError, type Result } from '../shared/errors'
import type { Locale } from '../shared/i18n'
import type { Caller, Context, Handlers, Shell } from './context'
import { createDispatcher, type Dispatch } from './dispatcher'
import { catalogs as builtInCatalogs, type Catalogs } from './catalogs'
import { catalogHandlers } from './handlers/catalog'
import { exportHandlers } from './handlers/exports'
import { exportJobHandlers } from './handlers/export-jobs'
import { checkHandlers } from './handlers/checks'
import { checklistHandlers } from './handlers/checklists'
import { miscHandlers } from './handlers/misc'
import { registryHandlers } from './handlers/registry'
import { viewExportHandlers } from './handlers/view-export'
import { workspaceHandlers } from './handlers/workspace'
import { importHandlers } from './handlers/imports'
import type { Keychain } from './keychain'
import { Session } from './session'
import { SettingsStore } from './settings'
import { usesSwissTerminology } from './terminology'
import { getOrganisation, sealOf, type Db, type Migration } from './workspace'
import { Offload } from './worker/host'

export { setNativeBinding } from './workspace'
export type { Keychain } from './keychain'
export type { Shell } from './context'

export interface CoreOptions {
  shell: Shell
  /** Device preferences (language, auto-lock, recent workspaces); never workspace content. */
  settingsFile: string
  defaultWorkspacesDir: string
  keychain?: Keychain
  /** Overrides the author recorded in the audit trail (CLI --author, tests). */
  author?: string
  /** Tests of the migration machinery only. */
  migrations?: readonly Migration[]
  /** Tests of catalog updates only: the app always uses the built-in catalogs. */
  catalogs?: Catalogs
  /**
   * The built worker entry (out/main/worker.js, out/node/worker.js): export rendering, full checks
   * and reading import files run there, off the event loop. Without it, or if it cannot start, they
   * run in-process.
   */
  workerFile?: string
}

export interface Core {
  dispatch: Dispatch
  /** Typed call for in-process shells (CLI, tests): returns the value or throws the DomainError. */
  call: Caller
  onLocked(listener: () => void): () => void
  /** Where long work runs (tests and benches: whether the worker is used, how many threads live). */
  readonly offload: Offload
  close(): void
}

export const handlers: Handlers = { ...workspaceHandlers, ...miscHandlers, ...catalogHandlers, ...registryHandlers, ...viewExportHandlers, ...checkHandlers, ...exportHandlers, ...exportJobHandlers, ...checklistHandlers, ...importHandlers }

export class CallError extends Error {
  constructor(readonly error: { code: string; message: string; issues?: Array<{ path: string; message: string }> }) {
    super(error.message)
    this.name = 'CallError'
  }
  get code(): string {
    return this.error.code
  }
}

export function createCore(options: CoreOptions): Core {
  const settings = new SettingsStore(options.settingsFile, options.defaultWorkspacesDir)
  const session = new Session(
    () => settings.get().autoLockMinutes,
    (ws) => {
      try {
        settings.seal(ws.file, { seal: sealOf(ws.file), checkedAt: ws.checkedAt })
      } catch {
        // Without a seal the next open simply checks every page.
      }
    }
  )
  const locale = (): Locale => {
    const language = settings.get().language
    if (language === 'en') return 'en'
    const ws = session.workspace
    return ws && isSwiss(ws.db) ? 'de-CH' : 'de'
  }
  const offload = new Offload(options.workerFile)
  // A locked workspace leaves no snapshot behind in a worker, and no task finishes after it.
  session.onLocked(() => offload.reset())
  const call: Caller = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = (await dispatch(method, input)) as Result<OutputOf<M>>
    if (!result.ok) throw new CallError(result.error)
    return result.value
  }
  const context: Context = {
    shell: options.shell,
    session,
    settings,
    keychain: options.keychain,
    migrations: options.migrations,
    catalogs: options.catalogs ?? builtInCatalogs,
    offload,
    actor: () => ({ author: options.author ?? settings.author() }),
    call
  }
  const dispatch = createDispatcher(handlers, () => context, locale)
  return {
    dispatch,
    call,
    onLocked: (listener) => session.onLocked(listener),
    offload,
    close: () => {
      session.lock()
      offload.close()
    }
  }
}

function isSwiss(db: Db): boolean {
  try {
    return usesSwissTerminology(getOrganisation(db))
  } catch {
    return false
  }
}

export { DomainError }
