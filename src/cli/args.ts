import { parseArgs } from 'node:util'
import type { Language } from '../shared/model'
import { usageError } from './errors'

/** One option of a command; `values` restricts a string option to a fixed set. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  values?: readonly string[]
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

export const languages = ['de', 'en'] as const satisfies readonly Language[]

/** Accepted by every command. */
export const globalOptions = {
  json: { type: 'boolean' },
  lang: { type: 'string', values: languages },
  'passphrase-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
} as const satisfies OptionSpecs

export type Values = Readonly<Record<string, string | boolean | undefined>>

export interface ParsedLine {
  command: string | undefined
  /** Positionals after the command. */
  args: string[]
  values: Values
  /** Option names as typed (--org, -h), for "does not apply to this command". */
  given: Array<{ name: string; rawName: string }>
}

/**
 * Reads the whole command line against every option any command knows, so option values are
 * never mistaken for the command. Unknown options, missing values and values outside a fixed set
 * are usage errors with our own (translated) wording rather than node's English ones.
 */
export function parseLine(argv: readonly string[], known: OptionSpecs): ParsedLine {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}
  for (const [name, spec] of Object.entries(known)) options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })
  const given: ParsedLine['given'] = []
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = Object.hasOwn(known, token.name) ? known[token.name] : undefined
    if (!spec) throw usageError('cli.usage.unknownOption', { option: token.rawName })
    given.push({ name: token.name, rawName: token.rawName })
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw usageError('cli.usage.noValue', { option: token.rawName })
      continue
    }
    // "--lang --json" would otherwise read "--json" as the language; "-" alone means stdin.
    const value = token.value
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw usageError('cli.usage.missingValue', { option: token.rawName })
    }
    if (spec.values && !spec.values.includes(value)) {
      throw usageError('cli.usage.invalidValue', { option: token.rawName, value, allowed: spec.values.join(', ') })
    }
  }
  const plain: Record<string, string | boolean | undefined> = {}
  for (const [name, value] of Object.entries(values)) plain[name] = Array.isArray(value) ? value.at(-1) : value
  return { command: positionals[0], args: positionals.slice(1), values: plain, given }
}

/** The language before the command line is known to be valid: --lang if given and valid, else LANG. */
export function guessLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined
    if (value === 'de' || value === 'en') return value
  }
  return languageFromEnv(env)
}

/** LANG=de_CH.UTF-8, de_DE … → German; anything else (or nothing) → English. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  return (env.LANG ?? '').toLowerCase().startsWith('de') ? 'de' : 'en'
}

export const str = (values: Values, name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
export const flag = (values: Values, name: string): boolean => values[name] === true
