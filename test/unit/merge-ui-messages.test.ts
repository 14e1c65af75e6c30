import { describe, expect, it } from 'vitest'
import type { Message } from '../../src/shared/i18n'
import { imports } from '../../src/shared/i18n/messages/imports'
import { mergeUi } from '../../src/shared/i18n/messages/merge-ui'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** The merge tab's catalogue and the imports catalogue (with `dpo merge`) follow the main UI catalogue's rules. */
describe.each([
  ['merge UI', mergeUi],
  ['imports and dpo import/merge/backup/restore', imports]
] as const)('%s message catalogue', (_name, catalogue) => {
  const entries = Object.entries(catalogue) as Array<[string, Message]>

  it('uses the same placeholders in every language', () => {
    for (const [key, m] of entries) {
      expect(placeholders(m.en), key).toEqual(placeholders(m.de))
      if (m['de-CH']) expect(placeholders(m['de-CH']), key).toEqual(placeholders(m.de))
    }
  })

  it('has Swiss German wherever German uses ß or "Verarbeitung", and no ß in it', () => {
    const missing = entries.filter(([, m]) => /ß|[Vv]erarbeit/.test(m.de) && !m['de-CH']).map(([key]) => key)
    expect(missing).toEqual([])
    for (const [key, m] of entries) if (m['de-CH']) expect(m['de-CH'], key).not.toMatch(/ß|[Vv]erarbeit/)
  })
})
