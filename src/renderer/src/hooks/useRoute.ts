import { useSyncExternalStore } from 'react'
import { registryKinds, type RegistryKind } from '../../../shared/model'

export type Page = 'overview' | RegistryKind | 'organisation' | 'catalogs' | 'checklists' | 'exports' | 'dataflow' | 'import' | 'audit' | 'settings'

export const pages: readonly Page[] = ['overview', ...registryKinds, 'organisation', 'catalogs', 'checklists', 'exports', 'dataflow', 'import', 'audit', 'settings']

export const isRegistryPage = (page: Page): page is RegistryKind => (registryKinds as readonly string[]).includes(page)

/** A place in the app: a page, and for registries optionally one entity ("new" for a blank form). */
export interface Route {
  readonly page: Page
  readonly id: string | null
}

export const hrefOf = (page: Page, id?: string | null): string => (id ? `#/${page}/${encodeURIComponent(id)}` : `#/${page}`)

export function navigate(page: Page, id?: string | null): void {
  window.location.hash = hrefOf(page, id)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function parseRoute(hash: string): Route {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/')
  const page = (pages as readonly string[]).includes(name) ? (name as Page) : 'overview'
  return { page, id: id && (isRegistryPage(page) || page === 'checklists') ? decodeURIComponent(id) : null }
}

/** The route in the address hash (#/activities, #/activities/<id>); anything unknown is the overview. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
