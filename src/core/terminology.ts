import type { Organisation } from '../shared/model'

/**
 * Swiss German (Bearbeitung, Personendaten, Massnahmen, no ß) for a Swiss organisation or a
 * workspace kept under the revDSG alone; German German otherwise.
 */
export function usesSwissTerminology(org: Pick<Organisation, 'country' | 'regimes'>): boolean {
  return org.country === 'CH' || (org.regimes.length === 1 && org.regimes[0] === 'revdsg')
}
