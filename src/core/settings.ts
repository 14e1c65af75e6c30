import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { userInfo } from 'node:os'
import { z } from 'zod'
import { Settings } from '../shared/api'
import type { TrustedState } from './workspace'

/** Non-secret, per-device preferences. Holds paths and names of recent workspaces, never content. */
const StoredSettings = Settings.extend({
  recent: z
    .array(z.object({ file: z.string(), name: z.string(), openedAt: z.iso.datetime() }))
    .max(50)
    .default([]),
  /** Files this device closed cleanly: their seal and when all their pages were last checked. */
  sealed: z
    .array(z.object({ file: z.string(), seal: z.object({ size: z.int(), mtimeMs: z.number(), digest: z.string() }), checkedAt: z.iso.datetime() }))
    .max(50)
    .default([])
})
type StoredSettings = z.infer<typeof StoredSettings>

function defaultAuthor(): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

export class SettingsStore {
  private value: StoredSettings

  constructor(
    private readonly file: string,
    defaultWorkspacesDir: string
  ) {
    const defaults: StoredSettings = { language: 'de', authorName: defaultAuthor(), autoLockMinutes: 15, workspacesDir: defaultWorkspacesDir, recent: [], sealed: [] }
    this.value = defaults
    if (existsSync(file)) {
      try {
        // A damaged settings file must not keep anyone from their workspaces: fall back to defaults.
        const parsed = StoredSettings.safeParse({ ...defaults, ...JSON.parse(readFileSync(file, 'utf8')) })
        if (parsed.success) this.value = parsed.data
      } catch {
        this.value = defaults
      }
    }
  }

  get(): Settings {
    const { recent: _recent, sealed: _sealed, ...settings } = this.value
    return settings
  }

  author(): string {
    return this.value.authorName || defaultAuthor() || 'unknown'
  }

  /** Saved first, then taken: a settings folder that cannot be written leaves the old values. */
  update(changes: Partial<Settings>): Settings {
    const next = StoredSettings.parse({ ...this.value, ...changes })
    this.save(next)
    this.value = next
    return this.get()
  }

  recent(): StoredSettings['recent'] {
    return this.value.recent
  }

  /**
   * The recent list is a convenience: failing to save it must never stop a workspace from opening.
   * An open file is no longer sealed: only the next clean close vouches for it again.
   */
  remember(file: string, name: string): void {
    const others = this.value.recent.filter((r) => r.file !== file)
    this.value = {
      ...this.value,
      recent: [{ file, name, openedAt: new Date().toISOString() }, ...others].slice(0, 20),
      sealed: this.value.sealed.filter((s) => s.file !== file)
    }
    this.saveQuietly()
  }

  trusted(file: string): TrustedState | null {
    const entry = this.value.sealed.find((s) => s.file === file)
    return entry ? { seal: entry.seal, checkedAt: entry.checkedAt } : null
  }

  /** Recorded after a clean close; losing it only costs the next open a full page check. */
  seal(file: string, state: TrustedState): void {
    this.value = { ...this.value, sealed: [{ file, ...state }, ...this.value.sealed.filter((s) => s.file !== file)].slice(0, 50) }
    this.saveQuietly()
  }

  forget(file: string): void {
    this.value = { ...this.value, recent: this.value.recent.filter((r) => r.file !== file) }
    this.saveQuietly()
  }

  private saveQuietly(): void {
    try {
      this.save(this.value)
    } catch {
      // Kept in memory for this session; the next successful save writes it.
    }
  }

  /** Write to a temp file and rename, so a crash never leaves half a settings file. */
  private save(value: StoredSettings): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const temp = `${this.file}.tmp`
    writeFileSync(temp, JSON.stringify(value, null, 2), { mode: 0o600 })
    renameSync(temp, this.file)
  }
}
