/**
 * Where a shell can keep a workspace passphrase encrypted by the operating system's keychain.
 * Only the Electron shell has one (safeStorage); it must fail closed where no real keychain exists.
 */
export interface Keychain {
  /** True only when the OS keychain really protects the secret (never a plaintext fallback). */
  available(): boolean
  has(file: string): boolean
  save(file: string, passphrase: string): void
  /** The remembered passphrase, or null when none is stored or it cannot be decrypted. */
  load(file: string): string | null
  forget(file: string): void
}
