import { describe, expect, it } from 'vitest'
import { forms } from '../../src/shared/i18n/messages/forms'
import { messages, type Message } from '../../src/shared/i18n'

const entries = Object.entries(forms) as Array<[string, Message]>
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('form message catalogue', () => {
  it('uses the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      const de = placeholders(m.de)
      expect(placeholders(m.en), key).toEqual(de)
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(de)
    }
  })

  it('has Swiss German wherever German uses ß or "Verarbeitung"', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß/)
  })

  it('is part of the one catalogue and overrides no other area', () => {
    for (const [key, m] of entries) expect(messages[key as keyof typeof messages], key).toBe(m)
  })
})
