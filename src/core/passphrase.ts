import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import type { Language } from '../shared/model'

const estimators = new Map<Language, ZxcvbnFactory>()

/** The dictionaries are several megabytes: loaded on first use, not at every start of the CLI. */
async function estimator(language: Language): Promise<ZxcvbnFactory> {
  let factory = estimators.get(language)
  if (!factory) {
    const [{ ZxcvbnFactory }, common, de, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-de'),
      import('@zxcvbn-ts/language-en')
    ])
    factory = new ZxcvbnFactory({
      translations: (language === 'de' ? de : en).translations,
      graphs: common.adjacencyGraphs,
      // German and English words both: DPOs in Switzerland and Germany mix them in passphrases.
      dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary }
    })
    estimators.set(language, factory)
  }
  return factory
}

/**
 * A realistic strength estimate (dictionaries, keyboard patterns, dates) instead of
 * character-class rules. Below 10^10 guesses an offline attack on a stolen file is cheap.
 */
export async function passphraseStrength(passphrase: string, language: Language) {
  const result = (await estimator(language)).check(passphrase.slice(0, 256))
  return {
    score: result.score,
    guessesLog10: Math.round(result.guessesLog10 * 10) / 10,
    weak: result.guessesLog10 < 10,
    warning: result.feedback.warning ?? '',
    suggestions: result.feedback.suggestions
  }
}
