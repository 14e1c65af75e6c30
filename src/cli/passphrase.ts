import { readFileSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { isatty } from 'node:tty'
import type { MessageKey } from '../shared/i18n'
import { CliError, usageError } from './errors'

/** What the passphrase reader needs from the process; tests hand in their own streams. */
export interface Terminal {
  env: NodeJS.ProcessEnv
  /** True when standard input is a terminal a person can type into. */
  interactive: () => boolean
  input: () => NodeJS.ReadableStream
  /** Prompts and warnings go to stderr, so stdout stays clean for results and --json. */
  output: NodeJS.WritableStream
  /** Reads standard input to the end ("--passphrase-file -"). */
  readStdin: () => string
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}

export function processTerminal(t: Terminal['t']): Terminal {
  return {
    env: process.env,
    interactive: () => isatty(0),
    input: () => process.stdin,
    output: process.stderr,
    readStdin: () => readFileSync(0, 'utf8'),
    t
  }
}

/** Where one passphrase may come from, in this order: the file flag, the environment, a prompt. */
export interface PassphraseSource {
  /** The value of --passphrase-file / --new-passphrase-file / --from-passphrase-file, if given. */
  file: string | undefined
  flag: '--passphrase-file' | '--new-passphrase-file' | '--from-passphrase-file'
  env: 'DPO_PASSPHRASE' | 'DPO_NEW_PASSPHRASE' | 'DPO_FROM_PASSPHRASE'
  prompt: string
  /** Ask twice and compare (a new passphrase typed on a terminal). */
  confirm: boolean
}

const ATTEMPTS = 3

/** The first line of the file, without its line ending. Spaces are kept: they may be part of it. */
export function readPassphraseFile(file: string, terminal: Terminal): string {
  let text: string
  try {
    text = file === '-' ? terminal.readStdin() : readFileSync(file, 'utf8')
  } catch (error) {
    throw usageError('cli.passphrase.fileUnreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) })
  }
  const passphrase = text.split('\n', 1)[0].replace(/\r$/, '')
  if (passphrase === '') throw usageError('cli.passphrase.fileEmpty', { file })
  if (file !== '-' && process.platform !== 'win32') {
    try {
      if ((statSync(file).mode & 0o077) !== 0) terminal.output.write(`${terminal.t('cli.passphrase.fileReadableByOthers', { file })}\n`)
    } catch {
      // It was just read; a failing stat only means no warning.
    }
  }
  return passphrase
}

export async function readPassphrase(source: PassphraseSource, terminal: Terminal): Promise<string> {
  if (source.file !== undefined) return readPassphraseFile(source.file, terminal)
  const fromEnv = terminal.env[source.env]
  if (fromEnv) return fromEnv
  if (!terminal.interactive()) throw usageError('cli.passphrase.noSource', { flag: source.flag, env: source.env })
  if (!source.confirm) return promptHidden(source.prompt, terminal)
  for (let attempt = 1; ; attempt++) {
    const first = await promptHidden(source.prompt, terminal)
    const second = await promptHidden(terminal.t('cli.prompt.repeat'), terminal)
    if (first === second) return first
    if (attempt === ATTEMPTS) throw usageError('cli.prompt.mismatchFinal')
    terminal.output.write(`${terminal.t('cli.prompt.mismatch')}\n`)
  }
}

/**
 * Asks on the terminal with echo off: readline writes into a muted stream, so neither the typed
 * characters nor readline's line refreshes reach the screen; the prompt itself is written directly.
 */
export function promptHidden(prompt: string, terminal: Pick<Terminal, 'input' | 'output' | 't'>): Promise<string> {
  return new Promise((resolve, reject) => {
    const muted = new Writable({ write: (_chunk, _encoding, callback) => callback() })
    const rl = createInterface({ input: terminal.input(), output: muted, terminal: true, historySize: 0 })
    let settled = false
    const settle = (fn: () => void): void => {
      if (settled) return
      settled = true
      terminal.output.write('\n')
      rl.close()
      fn()
    }
    rl.on('SIGINT', () => settle(() => reject(new CliError('INTERRUPTED', 'cli.interrupted'))))
    rl.on('close', () => settle(() => reject(usageError('cli.prompt.noInput'))))
    terminal.output.write(prompt)
    rl.question('', (answer) => settle(() => (answer === '' ? reject(usageError('cli.prompt.noInput')) : resolve(answer))))
  })
}
