import { z } from 'zod'
import { registries, type RegistryKind } from '../../../../shared/model'
import type { Draft } from '../../components/form/paths'
import { sameJson } from '../../components/form/paths'

/** A stored entity as the registry methods return it (kept DOM-free so unit tests can use this file). */
type Stored = Readonly<Record<string, unknown>>

export const inputSchema = (kind: RegistryKind): z.ZodObject => registries[kind].input

const inputKeys = (kind: RegistryKind): string[] => Object.keys(inputSchema(kind).shape)

/** The editable part of a stored entity: the kind's input fields, without the core's metadata. */
export function inputOf(kind: RegistryKind, entity: Stored): Draft {
  const out: Record<string, unknown> = {}
  for (const key of inputKeys(kind)) if (key in entity) out[key] = entity[key]
  return out
}

/** A blank form: every field at its schema default; fields without one (the name) start empty. */
export function blankDraft(schema: z.ZodObject): Draft {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    out[key] = field instanceof z.ZodDefault ? (field as z.ZodType).parse(undefined) : ''
  }
  return out
}

/** Only the fields whose validated value differs from what is stored: the patch for <kind>.update. */
export function changesOf(kind: RegistryKind, parsed: Record<string, unknown>, saved: Stored): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of inputKeys(kind)) if (key in parsed && !sameJson(parsed[key], saved[key])) out[key] = parsed[key]
  return out
}

let flash: string | null = null

/** A success message that survives the navigation to a new page (after create or duplicate). */
export function setFlash(message: string): void {
  flash = message
}

/** Reads the message without consuming it (initialisers may run twice); clear it once shown. */
export const peekFlash = (): string | null => flash

export function clearFlash(): void {
  flash = null
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
