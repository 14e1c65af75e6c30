import { describe, expect, it } from 'vitest'
import type { Message } from '../../src/shared/i18n'
import { exportsUi } from '../../src/shared/i18n/messages/exports-ui'

const entries = Object.entries(exportsUi) as Array<[string, Message]>
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe('exports page messages', () => {
  it('use the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
    }
  })

  it('have Swiss German wherever German uses ß or "Verarbeitung", and never ß in it', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß/)
  })
})
