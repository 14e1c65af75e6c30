import { DomainError } from '../shared/errors'
import { closeWorkspace, type Db, type OpenedWorkspace } from './workspace'

/**
 * The one workspace a shell has open. Locking drops the connection, and with it the key; the
 * idle timer does the same after the configured minutes without activity.
 */
export class Session {
  private current: OpenedWorkspace | null = null
  private timer: NodeJS.Timeout | null = null
  private readonly lockListeners = new Set<() => void>()

  constructor(
    private readonly idleMinutes: () => number,
    /** Called after a clean close (the connection closed without error). */
    private readonly closedCleanly: (workspace: OpenedWorkspace) => void = () => undefined
  ) {}

  get workspace(): OpenedWorkspace | null {
    return this.current
  }

  require(): OpenedWorkspace {
    if (!this.current) throw new DomainError('NO_WORKSPACE_OPEN')
    return this.current
  }

  attach(workspace: OpenedWorkspace): void {
    if (this.current) {
      closeWorkspace(workspace.db)
      throw new DomainError('WORKSPACE_ALREADY_OPEN_HERE')
    }
    this.current = workspace
    this.touch()
  }

  /** One write transaction; IMMEDIATE so it never fails half-way on a lock upgrade. */
  write<T>(fn: (db: Db) => T): T {
    const { db } = this.require()
    return db.transaction(() => fn(db)).immediate()
  }

  read<T>(fn: (db: Db) => T): T {
    return fn(this.require().db)
  }

  touch(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const minutes = this.idleMinutes()
    if (!this.current || minutes <= 0) return
    this.timer = setTimeout(() => this.lock(), minutes * 60_000)
    this.timer.unref()
  }

  lock(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const workspace = this.current
    this.current = null
    if (!workspace) return
    closeWorkspace(workspace.db)
    this.closedCleanly(workspace)
    for (const listener of this.lockListeners) listener()
  }

  onLocked(listener: () => void): () => void {
    this.lockListeners.add(listener)
    return () => this.lockListeners.delete(listener)
  }
}
