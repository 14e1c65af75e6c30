import { CallError } from '../core'
import type { PassphraseStrength } from '../shared/api'
import { translate, type Locale, type MessageKey } from '../shared/i18n'
import type { Language, Regime } from '../shared/model'
import type { z } from 'zod'
import { CliError, exitCodeFor } from './errors'

export interface Streams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/**
 * Everything `dpo` prints goes through here. Text mode: results on stdout, errors and warnings on
 * stderr. JSON mode (--json): exactly one JSON document on stdout, `{ ok: true, value }` or
 * `{ ok: false, error: { code, message } }`; warnings still go to stderr.
 */
export class Output {
  private locale: Locale

  constructor(
    readonly json: boolean,
    readonly language: Language,
    private readonly streams: Streams = { stdout: process.stdout, stderr: process.stderr }
  ) {
    this.locale = language
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.locale, key, params)
  }

  /** Swiss terms (Bearbeitung, Massnahmen, no ß) once a workspace under the revDSG alone is open. */
  useRegimes(regimes: readonly Regime[]): void {
    if (this.language === 'de') this.locale = regimes.length === 1 && regimes[0] === 'revdsg' ? 'de-CH' : 'de'
  }

  /** A number in the user's language (1’234 in Swiss German, 1.234 in German, 1,234 in English). */
  number(value: number, fractionDigits = 0): string {
    const tag = this.locale === 'en' ? 'en-GB' : this.locale === 'de-CH' ? 'de-CH' : 'de-DE'
    return value.toLocaleString(tag, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })
  }

  /** Text mode only: lines on stdout. */
  print(...lines: string[]): void {
    if (!this.json) this.streams.stdout.write(lines.map((l) => `${l}\n`).join(''))
  }

  /** Both modes: text meant for reading (help) on stdout. */
  text(...lines: string[]): void {
    this.streams.stdout.write(lines.map((l) => `${l}\n`).join(''))
  }

  /** Both modes: a warning or a hint on stderr. */
  warn(...lines: string[]): void {
    this.streams.stderr.write(lines.map((l) => `${l}\n`).join(''))
  }

  /** The command's result: in JSON mode the one document on stdout, in text mode the given lines. */
  result(value: unknown, text: () => string[]): void {
    if (this.json) this.streams.stdout.write(`${JSON.stringify({ ok: true, value }, null, 2)}\n`)
    else this.print(...text())
  }

  weakPassphrase(warning: z.infer<typeof PassphraseStrength> | null): void {
    if (!warning?.weak) return
    const hints = [warning.warning, ...warning.suggestions].filter((s) => s.trim() !== '')
    this.warn(this.t('cli.weak.title', { score: warning.score, guesses: this.number(warning.guessesLog10, 1) }), ...hints.map((text) => this.t('cli.weak.hint', { text })))
  }

  /** Reports any failure and returns the exit code that belongs to it. */
  fail(error: unknown): number {
    const { code, message, detail, help } = this.describe(error)
    if (this.json) {
      this.streams.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } }, null, 2)}\n`)
    } else {
      this.warn(`dpo: ${message}`)
      if (detail) this.warn(this.t('cli.internalDetail', { detail }))
      if (help !== undefined) this.warn(this.t('cli.usage.seeHelp', { help: help ? `dpo ${help} --help` : 'dpo --help' }))
    }
    return exitCodeFor(code)
  }

  private describe(error: unknown): { code: string; message: string; detail?: string; help?: string } {
    if (error instanceof CliError) return { code: error.code, message: this.t(error.key, error.params), help: error.helpFor }
    // The core has already translated its message into the settings language (set to ours at start).
    if (error instanceof CallError) return { code: error.code, message: error.message }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { code: 'INTERNAL', message: this.t('error.INTERNAL'), detail }
  }
}

