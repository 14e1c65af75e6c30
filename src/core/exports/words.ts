import { label as catalogLabel, type Label } from '../../shared/catalog'
import type { Locale, Message } from '../../shared/i18n/types'
import type { Language, Regime } from '../../shared/model'
import { vocabulary, type WordKey } from './vocabulary'

/**
 * The words of one document. Documents choose their language independently of the UI: German
 * GDPR documents use the GDPR's terms (Verarbeitung, Auftragsverarbeiter), the revDSG record the
 * Swiss ones (Bearbeitung, Auftragsbearbeiter, Personendaten). `swissSpelling` writes ss for ß in
 * our own words and catalog labels (a Swiss organisation's GDPR record); user text is left alone.
 */
export interface Words {
  readonly lang: Language
  readonly locale: Locale
  readonly swissSpelling: boolean
  t(key: WordKey, params?: Record<string, string | number>): string
  /** A catalog label in the document's language. */
  label(entry: Label | { readonly label: Label }): string
  /** A calendar date (YYYY-MM-DD) as people write it: 15.01.2026 / 15 Jan 2026. */
  date(iso: string | null | undefined): string
  /** A timestamp in the machine's time zone: 15.01.2026, 14:05. */
  dateTime(iso: string): string
  number(n: number): string
}

const fill = (text: string, params: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))

/**
 * The words of a record: English; the Swiss terms for the revDSG record in German; the GDPR's
 * German terms otherwise, spelt with ss for a Swiss organisation.
 */
export function words(lang: Language, options: { regime: Regime | null; swissOrg: boolean }): Words {
  if (lang === 'en') return wordsFor('en', false)
  if (options.regime === 'revdsg' || (options.regime === null && options.swissOrg)) return wordsFor('de-CH', true)
  return wordsFor('de', options.swissOrg)
}

/** The words of a locale; `swissSpelling` also turns ß into ss in 'de' (a Swiss GDPR record). */
export function wordsFor(locale: Locale, swissSpelling = locale === 'de-CH'): Words {
  const spell = (s: string): string => (swissSpelling ? s.replaceAll('ß', 'ss') : s)
  const tag = locale === 'en' ? 'en-GB' : locale === 'de-CH' ? 'de-CH' : 'de-DE'
  const dateFormat = new Intl.DateTimeFormat(tag, locale === 'en' ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
  const numberFormat = new Intl.NumberFormat(tag)
  return {
    lang: locale === 'en' ? 'en' : 'de',
    locale,
    swissSpelling,
    t(key, params) {
      const w: Message = vocabulary[key]
      const text = locale === 'en' ? w.en : locale === 'de-CH' ? (w['de-CH'] ?? w.de) : w.de
      return spell(fill(text, params))
    },
    label(entry) {
      return spell(catalogLabel(entry, locale))
    },
    date(iso) {
      if (!iso) return ''
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d)
    },
    dateTime(iso) {
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d)
    },
    number(n) {
      return numberFormat.format(n)
    }
  }
}

/**
 * A catalog reference as the document's language cites it. The catalogs write "GDPR Art. 6(1)(b)"
 * and "DSG Art. 31 Abs. 2 lit. a"; German documents cite "Art. 6 Abs. 1 lit. b DSGVO", English
 * ones "Art. 6(1)(b) GDPR" and "Art. 31 para. 2 let. a FADP". Other statutes are kept as written.
 */
export function citeRef(ref: string, locale: Locale): string {
  const cited = ref
    .split('; ')
    .map((part) => citePart(part, locale))
    .join('; ')
  return locale === 'en' ? cited : cited.replace(/ criterion /g, ' Kriterium ').replace(/\(practice\)/g, '(Praxis)').replace(/\(check scope\)/g, '(Anwendungsbereich prüfen)')
}

function citePart(part: string, locale: Locale): string {
  const m = /^(GDPR|DSG|DSV) (Art\. .*)$/.exec(part)
  if (!m) return part
  const [, law, body] = m
  if (locale === 'en') {
    const en = law === 'GDPR' ? body : body.replace(/\bAbs\. /g, 'para. ').replace(/\blit\. /g, 'let. ').replace(/\bZiff\. /g, 'no. ').replace(/\bAnhang /g, 'Annex ')
    return `${en} ${law === 'GDPR' ? 'GDPR' : law === 'DSG' ? 'FADP' : 'DPO'}`
  }
  if (law !== 'GDPR') return `${body} ${law}`
  const de = body
    .replace(/(\d+)\((\d+)\)\(([a-z])\)/g, '$1 Abs. $2 lit. $3')
    .replace(/(\d+)\((\d+)\)/g, '$1 Abs. $2')
    .replace(/\(([a-z])\)/g, '$1')
    .replace(/\((\d+)\)/g, '$1')
    .replace(/ 2nd subpara\./g, ' UAbs. 2')
  return `${de} DSGVO`
}
