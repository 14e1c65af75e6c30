import { describe, expect, it } from 'vitest'
import { errorAtOrBelow, errorsOf, fieldPathOf, getIn, setIn } from '../../src/renderer/src/components/form/paths'
import { ActivityInput } from '../../src/shared/model'
import { blankDraft, changesOf } from '../../src/renderer/src/pages/detail/model'

describe('form paths', () => {
  it('reads and writes nested values without touching the original', () => {
    const draft = { name: 'A', transfers: [{ country: 'US', mechanism: null }], dpia: { wp248: [1] } }
    const next = setIn(draft, 'transfers.0.mechanism', 'EU-SCC')
    expect(getIn(next, 'transfers.0.mechanism')).toBe('EU-SCC')
    expect(getIn(draft, 'transfers.0.mechanism')).toBeNull()
    expect(Array.isArray(next.transfers)).toBe(true)
    expect(getIn(setIn(draft, 'dpia.wp248', [1, 4]), 'dpia.wp248')).toEqual([1, 4])
  })

  it('puts server issues on the field, whatever the input wrapper was called', () => {
    expect(fieldPathOf('changes.reviewDate')).toBe('reviewDate')
    expect(fieldPathOf('data.name')).toBe('name')
    expect(fieldPathOf(['changes', 'transfers', 0, 'country'])).toBe('transfers.0.country')
    expect(fieldPathOf('reviewDate')).toBe('reviewDate')
    const errors = errorsOf(
      [
        { path: 'changes.reviewDate', message: 'a' },
        { path: 'reviewDate', message: 'b' },
        { path: 'legalBases.2', message: 'c' }
      ],
      (m) => m.toUpperCase()
    )
    expect(errors).toEqual({ reviewDate: 'A', 'legalBases.2': 'C' })
    expect(errorAtOrBelow(errors, 'legalBases')).toBe('C')
  })

  it('starts a blank activity at the schema defaults and patches only what changed', () => {
    const blank = blankDraft(ActivityInput) as Record<string, unknown>
    expect(blank.name).toBe('')
    expect(blank.status).toBe('draft')
    expect(blank.dpia).toEqual({ wp248: [], art35_3: [], dsg22: [], result: null, justification: '', screenedAt: null })
    const saved = { ...ActivityInput.parse({ name: 'A' }), id: 'x', ref: 'VT-0001', version: 1, createdAt: '', updatedAt: '', archivedAt: null }
    const parsed = ActivityInput.parse({ ...saved, name: ' A ', reviewDate: '2026-03-31' }) as Record<string, unknown>
    expect(changesOf('activities', parsed, saved)).toEqual({ reviewDate: '2026-03-31' })
  })
})
