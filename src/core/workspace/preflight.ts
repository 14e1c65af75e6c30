import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs'
import { DomainError } from '../../shared/errors'

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
/** SQLCipher 4 pages are 4096 bytes; an intact file is always a whole number of pages. */
export const PAGE_SIZE = 4096

export interface FileFacts {
  size: number
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/**
 * Everything that can be said about a file before a key is tried. Reads only; each problem
 * becomes its own typed error so the user learns what is wrong without anything being touched.
 */
export function preflight(file: string): FileFacts {
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.directory' })
    size = stat.size
  } catch (error) {
    if (error instanceof DomainError) throw error
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') throw new DomainError('FILE_NOT_FOUND', { file })
    if (errno(error) === 'EACCES' || errno(error) === 'EPERM') throw new DomainError('PERMISSION_DENIED', { file })
    throw error
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new DomainError('PERMISSION_DENIED', { file })
  }
  if (size === 0) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.empty' })
  const head = Buffer.alloc(16)
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    if (errno(error) === 'EACCES' || errno(error) === 'EPERM') throw new DomainError('PERMISSION_DENIED', { file })
    throw error
  }
  try {
    readSync(fd, head, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (head.equals(SQLITE_HEADER)) throw new DomainError('NOT_A_WORKSPACE', { reason: 'reason.plainSqlite' })
  return { size }
}

/**
 * The key did not decrypt page 1. With authenticated encryption a wrong passphrase and a file of
 * random bytes look the same, so the file's length decides which explanation is more likely.
 */
export function keyFailure(facts: FileFacts): DomainError {
  if (facts.size < PAGE_SIZE) return new DomainError('NOT_A_WORKSPACE', { reason: 'reason.tooSmall' })
  if (facts.size % PAGE_SIZE !== 0) return new DomainError('NOT_A_WORKSPACE', { reason: 'reason.notPageAligned' })
  return new DomainError('WRONG_PASSPHRASE')
}

export function isSqliteError(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && codes.some((c) => code === c || code.startsWith(`${c}_`))
}
