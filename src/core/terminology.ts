import type { Locale } from '../shared/i18n/types'
import type { Organisation } from '../shared/model'

/**
 * Swiss German (Bearbeitung, Personendaten, Massnahmen, no ß) for a Swiss organisation or a
 * workspace kept under the revDSG alone; German German otherwise.
 */
export function usesSwissTerminology(org: Pick<Organisation, 'country' | 'regimes'>): boolean {
  return org.country === 'CH' || (org.regimes.length === 1 && org.regimes[0] === 'revdsg')
}

/** The language catalog content is written in: the organisation's, with Swiss spelling where it applies. */
export function contentLocale(org: Pick<Organisation, 'country' | 'regimes' | 'language'>): Locale {
  if (org.language === 'en') return 'en'
  return usesSwissTerminology(org) ? 'de-CH' : 'de'
}
