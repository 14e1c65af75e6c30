import { describe, expect, it } from 'vitest'
import { registryUi } from '../../src/shared/i18n/messages/registry-ui'
import type { Message } from '../../src/shared/i18n'

const entries = Object.entries(registryUi) as Array<[string, Message]>
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** The registry lists' catalogue follows the same rules as the main UI catalogue. */
describe('registry UI message catalogue', () => {
  it('uses the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
    }
  })

  it('has Swiss German wherever German uses ß or "Verarbeitung", and no ß in it', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit|personenbezogene/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß|[Vv]erarbeit/)
  })
})
