import { useSyncExternalStore } from 'react'
import { registryKinds, type RegistryKind } from '../../../shared/model'

export type Page = 'overview' | RegistryKind | 'checklists' | 'exports' | 'audit' | 'settings'

export const pages: readonly Page[] = ['overview', ...registryKinds, 'checklists', 'exports', 'audit', 'settings']

export const isRegistryPage = (page: Page): page is RegistryKind => (registryKinds as readonly string[]).includes(page)

export const hrefOf = (page: Page): string => `#/${page}`

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The page in the address hash (#/activities); anything unknown is the overview. */
export function useRoute(): Page {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const name = hash.replace(/^#\/?/, '')
  return (pages as readonly string[]).includes(name) ? (name as Page) : 'overview'
}
