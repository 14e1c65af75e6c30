import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { userInfo } from 'node:os'
import { z } from 'zod'
import { Settings } from '../shared/api'

/** Non-secret, per-device preferences. Holds paths and names of recent workspaces, never content. */
const StoredSettings = Settings.extend({
  recent: z
    .array(z.object({ file: z.string(), name: z.string(), openedAt: z.iso.datetime() }))
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
    const defaults: StoredSettings = { language: 'de', authorName: defaultAuthor(), autoLockMinutes: 15, workspacesDir: defaultWorkspacesDir, recent: [] }
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
    const { recent: _recent, ...settings } = this.value
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

  /** The recent list is a convenience: failing to save it must never stop a workspace from opening. */
  remember(file: string, name: string): void {
    const others = this.value.recent.filter((r) => r.file !== file)
    this.value = { ...this.value, recent: [{ file, name, openedAt: new Date().toISOString() }, ...others].slice(0, 20) }
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
