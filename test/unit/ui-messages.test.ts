import { describe, expect, it } from 'vitest'
import { ui } from '../../src/shared/i18n/messages/ui'
import type { Message } from '../../src/shared/i18n'

const entries = Object.entries(ui) as Array<[string, Message]>
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI message catalogue', () => {
  it('uses the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      const de = placeholders(m.de)
      expect(placeholders(m.en), key).toEqual(de)
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(de)
    }
  })

  it('has Swiss German wherever German uses ß or "Verarbeitung"', () => {
    const needsSwiss = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de)).map(([key]) => key)
    const missing = needsSwiss.filter((key) => !ui[key as keyof typeof ui]['de-CH' as never])
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß/)
  })
})
