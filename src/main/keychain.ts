import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { safeStorage } from 'electron'
import type { Keychain } from '../core/keychain'
import { DomainError } from '../shared/errors'

/**
 * "Remember on this device": the workspace passphrase encrypted by the OS keychain through
 * Electron's safeStorage (Signal's getSQLKey pattern), one entry per workspace file, in a small
 * JSON file in userData. Only ciphertext is ever written.
 *
 * Fails closed, unlike Signal: where safeStorage is unavailable, or on Linux where it would fall
 * back to the `basic_text` backend (a hard-coded key, i.e. obfuscation) or cannot tell ('unknown'),
 * nothing is stored and nothing is loaded.
 *
 * The synchronous safeStorage calls are deprecated in Electron 45 in favour of *Async variants,
 * but the core's Keychain interface is synchronous; they still work and are what Signal uses.
 */
export type SafeStorageLike = Pick<
  typeof safeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>

interface StoreFile {
  version: 1
  /** The backend that encrypted the entries; if it changes they can no longer be trusted to decrypt. */
  backend: string
  entries: Record<string, string>
}

const WEAK_BACKENDS = new Set(['basic_text', 'unknown'])

export function createSafeStorageKeychain(options: {
  storeFile: string
  safeStorage?: SafeStorageLike
  platform?: NodeJS.Platform
}): Keychain {
  const storage = options.safeStorage ?? safeStorage
  const platform = options.platform ?? process.platform
  const storeFile = options.storeFile

  /** The backend in use, or null when the OS does not really protect what we would store. */
  function backend(): string | null {
    try {
      if (!storage.isEncryptionAvailable()) return null
      if (platform !== 'linux') return 'os'
      const selected = storage.getSelectedStorageBackend()
      return WEAK_BACKENDS.has(selected) ? null : selected
    } catch {
      return null
    }
  }

  function read(): StoreFile | null {
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(storeFile, 'utf8'))
    } catch {
      return null
    }
    if (typeof parsed !== 'object' || parsed === null) return null
    const { version, backend: stored, entries } = parsed as Partial<StoreFile>
    if (version !== 1 || typeof stored !== 'string' || typeof entries !== 'object' || entries === null) return null
    const clean: Record<string, string> = {}
    for (const [file, value] of Object.entries(entries)) if (typeof value === 'string') clean[file] = value
    return { version: 1, backend: stored, entries: clean }
  }

  /** The entries usable under the current backend (none when the backend changed). */
  function entries(current: string): Record<string, string> {
    const store = read()
    return store && store.backend === current ? store.entries : {}
  }

  /** Write-then-rename, owner-only: a crash never leaves a half-written store behind. */
  function write(store: StoreFile): void {
    mkdirSync(dirname(storeFile), { recursive: true })
    const tmp = `${storeFile}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(store, null, 2), { mode: 0o600 })
    renameSync(tmp, storeFile)
  }

  const key = (file: string): string => resolve(file)

  return {
    available: () => backend() !== null,

    has(file) {
      const current = backend()
      return current !== null && Object.hasOwn(entries(current), key(file))
    },

    save(file, passphrase) {
      const current = backend()
      if (current === null) throw new DomainError('KEYCHAIN_UNAVAILABLE')
      const encrypted = storage.encryptString(passphrase).toString('base64')
      write({ version: 1, backend: current, entries: { ...entries(current), [key(file)]: encrypted } })
    },

    load(file) {
      const current = backend()
      if (current === null) return null
      const stored = entries(current)[key(file)]
      if (stored === undefined) return null
      try {
        const passphrase = storage.decryptString(Buffer.from(stored, 'base64'))
        return passphrase.length > 0 ? passphrase : null
      } catch {
        // The OS key changed (new login keyring, restored profile …): behave as if nothing was stored.
        return null
      }
    },

    // Works even without a keychain: removing ciphertext is always allowed.
    forget(file) {
      const store = read()
      if (!store || !Object.hasOwn(store.entries, key(file))) return
      const next = { ...store.entries }
      delete next[key(file)]
      write({ ...store, entries: next })
    }
  }
}
