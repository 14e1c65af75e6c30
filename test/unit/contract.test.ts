import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, methodNames } from '../../src/shared/api'
import { makeCore, tempDir } from './support/core'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = tempDir()))
afterEach(() => cleanup())

/** The top-level fields of an input: an object's, or every field of the options of a discriminated union (exports.start). */
function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape)
  if (schema instanceof z.ZodDiscriminatedUnion) return [...new Set((schema.options as z.ZodType[]).flatMap(fieldsOf))]
  return []
}

/** An input that is wrong in every top-level field (or carries an unknown field where none exist). */
function invalidInputFor(schema: z.ZodType): Record<string, unknown> {
  const shape = fieldsOf(schema)
  if (shape.length === 0) return { notAField: true }
  return Object.fromEntries(shape.map((key) => [key, { notAValue: true }]))
}

describe('the contract', () => {
  it('has a handler for every method, and each rejects invalid input naming the field', async () => {
    const core = makeCore(dir)
    expect(methodNames.length).toBeGreaterThan(60)
    for (const method of methodNames) {
      const schema = contract[method].input
      const result = await core.dispatch(method, invalidInputFor(schema))
      expect(result.ok, method).toBe(false)
      if (result.ok) continue
      expect(result.error.code, method).toBe('VALIDATION')
      expect(result.error.issues?.length, method).toBeGreaterThan(0)
      const fields = fieldsOf(schema).length ? fieldsOf(schema) : ['notAField']
      for (const issue of result.error.issues ?? []) {
        expect(fields.some((f) => issue.path === f || issue.path.startsWith(`${f}.`) || issue.path.split(',').includes(f)), `${method}: ${issue.path}`).toBe(true)
      }
      expect(result.error.message, method).toMatch(/Eingabe ungültig/)
    }
  })

  it('rejects unknown methods and non-object input', async () => {
    const core = makeCore(dir)
    expect(await core.dispatch('workspace.deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    expect(await core.dispatch('workspace.open', 'not an object')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('answers in the user language and refuses registry calls while no workspace is open', async () => {
    const core = makeCore(dir)
    const german = await core.dispatch('activities.list', {})
    expect(german).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE_OPEN' } })
    if (!german.ok) expect(german.error.message).toMatch(/Kein Arbeitsbereich/)
    await core.call('settings.update', { language: 'en' })
    const english = await core.dispatch('activities.list', {})
    if (!english.ok) expect(english.error.message).toMatch(/No workspace is open/)
    const invalid = await core.dispatch('workspace.open', { file: '', passphrase: 'x' })
    if (!invalid.ok) expect(invalid.error.issues?.[0]).toMatchObject({ path: 'file' })
  })

  it('bounds oversized input with a clear validation error', async () => {
    const core = makeCore(dir)
    const result = await core.dispatch('passphrase.strength', { passphrase: 'x'.repeat(5000) })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'passphrase' }] } })
  })
})
