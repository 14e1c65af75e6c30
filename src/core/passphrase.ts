import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as de from '@zxcvbn-ts/language-de'
import * as en from '@zxcvbn-ts/language-en'
import type { Language } from '../shared/model'

const estimators = new Map<Language, ZxcvbnFactory>()

function estimator(language: Language): ZxcvbnFactory {
  let factory = estimators.get(language)
  if (!factory) {
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
export function passphraseStrength(passphrase: string, language: Language) {
  const result = estimator(language).check(passphrase.slice(0, 256))
  return {
    score: result.score,
    guessesLog10: Math.round(result.guessesLog10 * 10) / 10,
    weak: result.guessesLog10 < 10,
    warning: result.feedback.warning ?? '',
    suggestions: result.feedback.suggestions
  }
}
