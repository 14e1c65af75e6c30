import { createContext, useContext } from 'react'
import type { RegistryKind } from '../../../../shared/model'
import type { Draft } from '../../components/form/paths'
import type { AnyEntity } from '../../components/form/registryApi'

/** What parts of a form may ask of the editor around them (the status workflow saves at once). */
export interface EditorApi {
  readonly kind: RegistryKind
  /** The stored entity; null while creating. */
  readonly saved: AnyEntity | null
  readonly busy: boolean
  /** Validates and saves the draft with `overrides` applied; resolves true when saved. */
  readonly save: (overrides?: Draft, successText?: string) => Promise<boolean>
}

export const EditorContext = createContext<EditorApi | null>(null)

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext)
  if (!editor) throw new Error('useEditor outside EditorContext')
  return editor
}
