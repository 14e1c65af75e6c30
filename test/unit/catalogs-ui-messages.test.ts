import { describe, expect, it } from 'vitest'
import { catalogsUi } from '../../src/shared/i18n/messages/catalogs-ui'
import { messages, type Message } from '../../src/shared/i18n'

const entries = Object.entries(catalogsUi) as Array<[string, Message]>
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('catalogs page messages', () => {
  it('are part of the one catalogue', () => {
    for (const [key] of entries) expect(Object.hasOwn(messages, key), key).toBe(true)
  })

  it('use the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      const de = placeholders(m.de)
      expect(placeholders(m.en), key).toEqual(de)
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(de)
    }
  })

  it('have Swiss German wherever German uses ß or "Verarbeitung", and no ß in it', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß/)
  })
})
