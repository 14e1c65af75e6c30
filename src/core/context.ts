import type { z } from 'zod'
import type { Contract, InputOf, MethodName, OutputOf } from '../shared/api'
import type { Catalogs } from './catalogs'
import type { Keychain } from './keychain'
import type { Session } from './session'
import type { SettingsStore } from './settings'
import type { Offload } from './worker/host'
import type { Actor, Migration } from './workspace'

export type Shell = 'electron' | 'web' | 'cli' | 'direct'

/** Calls another contract method through the dispatcher (validation and audit included). */
export type Caller = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>

export interface Context {
  readonly shell: Shell
  readonly session: Session
  readonly settings: SettingsStore
  readonly keychain: Keychain | undefined
  readonly migrations: readonly Migration[] | undefined
  /** The built-in catalogs; tests hand in a newer release to exercise catalog updates. */
  readonly catalogs: Catalogs
  /** Long, database-free work (export rendering, full checks) off the core's event loop. */
  readonly offload: Offload
  actor(): Actor
  call: Caller
}

export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
  ctx: Context
) => z.input<Contract[M]['output']> | Promise<z.input<Contract[M]['output']>>

export type Handlers = { [M in MethodName]: Handler<M> }
