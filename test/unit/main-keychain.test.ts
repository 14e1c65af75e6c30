import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'

// A stand-in for Electron's safeStorage (require('electron') cannot run in plain Node, G3). Its
// "encryption" is a keyed XOR tagged with the key, so a changed OS key makes decryption fail.
const os = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret' as Backend, key: 0x5a }))
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => os.available,
    getSelectedStorageBackend: () => os.backend,
    encryptString: (plain: string) => Buffer.concat([Buffer.from([os.key]), Buffer.from(plain, 'utf8').map((b) => b ^ os.key)]),
    decryptString: (cipher: Buffer) => {
      if (cipher[0] !== os.key) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return Buffer.from(cipher.subarray(1).map((b) => b ^ os.key)).toString('utf8')
    }
  }
}))

import { createSafeStorageKeychain } from '../../src/main/keychain'
import { DomainError } from '../../src/shared/errors'

const PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer'
let dir: string
let storeFile: string
const workspace = '/home/anna/Clients/Müller AG.dpo'

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-keychain-'))
  storeFile = join(dir, 'userData', 'keychain.json')
  Object.assign(os, { available: true, backend: 'gnome_libsecret', key: 0x5a })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const linux = () => createSafeStorageKeychain({ storeFile, platform: 'linux' })

describe('safeStorage keychain', () => {
  it('remembers a passphrase per workspace file, storing only ciphertext', () => {
    const keychain = linux()
    expect(keychain.available()).toBe(true)
    expect(keychain.has(workspace)).toBe(false)
    expect(keychain.load(workspace)).toBeNull()

    keychain.save(workspace, PASSPHRASE)
    expect(keychain.has(workspace)).toBe(true)
    expect(keychain.has('/home/anna/Clients/Other.dpo')).toBe(false)
    expect(keychain.load(workspace)).toBe(PASSPHRASE)
    // The same file by another spelling of its path is the same entry.
    expect(keychain.load('/home/anna/Clients/../Clients/Müller AG.dpo')).toBe(PASSPHRASE)

    const raw = readFileSync(storeFile, 'utf8')
    expect(raw).not.toContain(PASSPHRASE)
    expect(raw).not.toContain('Pferd')
    const stored = JSON.parse(raw) as { backend: string; entries: Record<string, string> }
    expect(stored.backend).toBe('gnome_libsecret')
    expect(Buffer.from(stored.entries[workspace]!, 'base64')[0]).toBe(os.key)
    if (process.platform !== 'win32') expect(statSync(storeFile).mode & 0o777).toBe(0o600)
  })

  it('forgets an entry (also when no keychain is available any more)', () => {
    const keychain = linux()
    keychain.save(workspace, PASSPHRASE)
    keychain.save('/w/other.dpo', 'other secret')
    os.available = false
    keychain.forget(workspace)
    os.available = true
    expect(keychain.has(workspace)).toBe(false)
    expect(keychain.load('/w/other.dpo')).toBe('other secret')
    keychain.forget('/never/saved.dpo')
  })

  describe('fails closed', () => {
    for (const backend of ['basic_text', 'unknown'] as const) {
      it(`on Linux with the ${backend} backend: not available, refuses to store, loads nothing`, () => {
        const keychain = linux()
        keychain.save(workspace, PASSPHRASE)
        os.backend = backend
        expect(keychain.available()).toBe(false)
        expect(keychain.has(workspace)).toBe(false)
        expect(keychain.load(workspace)).toBeNull()
        const before = readFileSync(storeFile, 'utf8')
        expect(() => keychain.save('/w/new.dpo', PASSPHRASE)).toThrow(DomainError)
        try {
          keychain.save('/w/new.dpo', PASSPHRASE)
        } catch (error) {
          expect((error as DomainError).code).toBe('KEYCHAIN_UNAVAILABLE')
        }
        expect(readFileSync(storeFile, 'utf8')).toBe(before)
      })
    }

    it('when safeStorage says encryption is unavailable, on any platform', () => {
      os.available = false
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        const keychain = createSafeStorageKeychain({ storeFile, platform })
        expect(keychain.available()).toBe(false)
        expect(() => keychain.save(workspace, PASSPHRASE)).toThrow(/KEYCHAIN_UNAVAILABLE/)
      }
      expect(() => readFileSync(storeFile)).toThrow()
    })

    it('when safeStorage itself throws', () => {
      const keychain = createSafeStorageKeychain({
        storeFile,
        platform: 'linux',
        safeStorage: {
          isEncryptionAvailable: () => {
            throw new Error('not ready')
          },
          getSelectedStorageBackend: () => 'gnome_libsecret',
          encryptString: () => Buffer.alloc(0),
          decryptString: () => ''
        }
      })
      expect(keychain.available()).toBe(false)
    })

    it('when the Linux backend changed since the passphrase was stored', () => {
      linux().save(workspace, PASSPHRASE)
      os.backend = 'kwallet6'
      const keychain = linux()
      expect(keychain.available()).toBe(true)
      expect(keychain.has(workspace)).toBe(false)
      expect(keychain.load(workspace)).toBeNull()
    })

    it('when the OS key changed and the ciphertext no longer decrypts', () => {
      linux().save(workspace, PASSPHRASE)
      os.key = 0x33
      expect(linux().load(workspace)).toBeNull()
    })
  })

  it('does not consult the Linux backend on macOS and Windows', () => {
    os.backend = 'basic_text'
    for (const platform of ['darwin', 'win32'] as const) {
      const keychain = createSafeStorageKeychain({ storeFile, platform })
      expect(keychain.available()).toBe(true)
      keychain.save(workspace, PASSPHRASE)
      expect(keychain.load(workspace)).toBe(PASSPHRASE)
    }
  })

  it('treats a damaged store as empty and replaces it on the next save', () => {
    const keychain = linux()
    keychain.save(workspace, PASSPHRASE)
    writeFileSync(storeFile, '{ not json')
    expect(keychain.has(workspace)).toBe(false)
    expect(keychain.load(workspace)).toBeNull()
    keychain.save(workspace, PASSPHRASE)
    expect(keychain.load(workspace)).toBe(PASSPHRASE)
    writeFileSync(storeFile, JSON.stringify({ version: 1, backend: 'gnome_libsecret', entries: { [workspace]: 42 } }))
    expect(keychain.load(workspace)).toBeNull()
  })
})
