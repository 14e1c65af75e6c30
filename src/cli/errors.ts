import type { ErrorCode } from '../shared/errors'
import type { MessageKey } from '../shared/i18n'

/** The exit codes of `dpo`; documented in --help and docs/CLI.md, so scripts can branch on them. */
export const ExitCode = {
  OK: 0,
  CHECK_FAILED: 1,
  USAGE: 2,
  WRONG_PASSPHRASE: 3,
  /** The file cannot be used: missing, exists already, not a workspace, damaged, newer, locked. */
  UNUSABLE_FILE: 4,
  OTHER: 5,
  /** Ctrl+C at a prompt: the shell convention 128 + SIGINT. */
  INTERRUPTED: 130
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** Every exit code the help lists, in order. */
export const documentedExitCodes = [0, 1, 2, 3, 4, 5, 130] as const

const byErrorCode: Partial<Record<ErrorCode, ExitCode>> = {
  VALIDATION: ExitCode.USAGE,
  WRONG_PASSPHRASE: ExitCode.WRONG_PASSPHRASE,
  PASSPHRASE_MISMATCH: ExitCode.WRONG_PASSPHRASE,
  NOT_A_WORKSPACE: ExitCode.UNUSABLE_FILE,
  DAMAGED: ExitCode.UNUSABLE_FILE,
  NEWER_VERSION: ExitCode.UNUSABLE_FILE,
  FILE_NOT_FOUND: ExitCode.UNUSABLE_FILE,
  FILE_EXISTS: ExitCode.UNUSABLE_FILE,
  PERMISSION_DENIED: ExitCode.UNUSABLE_FILE,
  ALREADY_OPEN: ExitCode.UNUSABLE_FILE
}

/** The exit code for an error code of the core (or of the CLI itself: USAGE, INTERRUPTED). */
export function exitCodeFor(code: string): ExitCode {
  if (code === 'USAGE') return ExitCode.USAGE
  if (code === 'INTERRUPTED') return ExitCode.INTERRUPTED
  return byErrorCode[code as ErrorCode] ?? ExitCode.OTHER
}

/** A failure found by the CLI before or around the core: a bad command line, a cancelled prompt. */
export class CliError extends Error {
  constructor(
    readonly code: 'USAGE' | 'INTERRUPTED',
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** For usage errors: the command whose help is pointed to ("" for the overall help). */
    public helpFor?: string
  ) {
    super(key)
    this.name = 'CliError'
  }
}

export const usageError = (key: MessageKey, params: Record<string, string | number> = {}, helpFor = ''): CliError => new CliError('USAGE', key, params, helpFor)
