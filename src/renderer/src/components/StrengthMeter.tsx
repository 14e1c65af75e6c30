import type { ReactNode } from 'react'
import type { OutputOf } from '../../../shared/api'
import { call } from '../api/client'
import { useDebounced } from '../hooks/useDebounced'
import { useLoad } from '../hooks/useLoad'
import { useT } from '../i18n/I18nContext'

export type Strength = OutputOf<'passphrase.strength'>

/** Asks the core how strong a passphrase is, after typing pauses; null while empty. */
export function useStrength(passphrase: string): { strength: Strength | undefined; checking: boolean } {
  const settled = useDebounced(passphrase, 300)
  const { data, loading } = useLoad(settled ? settled : null, () => call('passphrase.strength', { passphrase: settled }))
  return { strength: passphrase ? data : undefined, checking: passphrase !== '' && (loading || settled !== passphrase) }
}

const superscript = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** 10 to the estimated power, written as people read it: 10¹⁴. */
const powerOfTen = (log10: number): string =>
  `10${[...String(Math.max(0, Math.round(log10)))].map((d) => superscript[Number(d)]).join('')}`

/** A live strength meter: bar, verdict, estimate, and the estimator's warning. Weak is allowed, but said. */
export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }): ReactNode {
  const t = useT()
  const { strength, checking } = useStrength(passphrase)
  const score = strength?.score ?? 0
  return (
    <div id={id} className="strength" aria-live="polite">
      <div className="strength-bar" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={strength && i < Math.max(1, score) ? `on score-${score}` : ''} />
        ))}
      </div>
      {passphrase === '' ? null : !strength ? (
        <p className="field-hint">{t('strength.checking')}</p>
      ) : (
        <div className={checking ? 'strength-text stale' : 'strength-text'}>
          <p>
            <strong>
              {t('strength.label')}: {t(`strength.${score as 0 | 1 | 2 | 3 | 4}`)}
            </strong>{' '}
            {t('strength.estimate', { guesses: powerOfTen(strength.guessesLog10) })}
          </p>
          {strength.weak ? <p className="strength-weak">{t('strength.weak')}</p> : null}
          {strength.warning ? <p className="strength-warning">{strength.warning}</p> : null}
          {strength.suggestions.length > 0 ? (
            <ul className="strength-suggestions">
              {strength.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </div>
  )
}
