import { useCallback, useEffect, useRef, type ReactNode } from 'react'
import { useApp } from '../../app/AppContext'
import { CommandPalette } from '../../components/palette/CommandPalette'
import { useIdle } from '../../hooks/useIdle'
import { isRegistryPage, useRoute, type Route } from '../../hooks/useRoute'
import { CatalogsPage } from '../../pages/catalogs/CatalogsPage'
import { ChecklistsPage } from '../../pages/checklists/ChecklistsPage'
import { DataFlowPage } from '../../pages/dataflow/DataFlowPage'
import { EntityDetailPage } from '../../pages/detail/EntityDetailPage'
import { OrganisationPage } from '../../pages/organisation/OrganisationPage'
import { ExportsPage } from '../../pages/exports/ExportsPage'
import { ImportPage } from '../../pages/import/ImportPage'
import { useT } from '../../i18n/I18nContext'
import { AuditPage } from '../../pages/AuditPage'
import { OverviewPage } from '../../pages/OverviewPage'
import { RegistryPage } from '../../pages/registry/RegistryPage'
import { SettingsPage } from '../../pages/settings/SettingsPage'
import { Header } from './Header'
import { NavBar } from './NavBar'

function pageContent({ page, id }: Route): ReactNode {
  if (isRegistryPage(page)) return id ? <EntityDetailPage key={`${page}/${id}`} kind={page} id={id} /> : <RegistryPage key={page} kind={page} />
  switch (page) {
    case 'organisation':
      return <OrganisationPage />
    case 'catalogs':
      return <CatalogsPage />
    case 'overview':
      return <OverviewPage />
    case 'checklists':
      return <ChecklistsPage id={id} />
    case 'exports':
      return <ExportsPage />
    case 'dataflow':
      return <DataFlowPage />
    case 'import':
      return <ImportPage />
    case 'audit':
      return <AuditPage />
    case 'settings':
      return <SettingsPage />
  }
}

/** The open workspace: header, navigation, and the current page in the main landmark. */
export function Shell(): ReactNode {
  const t = useT()
  const { lock } = useApp()
  const route = useRoute()
  const page = route.page
  const main = useRef<HTMLElement>(null)
  const first = useRef(true)

  // After navigating, put focus on the new page's heading so screen-reader users hear where they are.
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [page, route.id])

  const onClosed = useCallback(() => void lock(), [lock])
  useIdle(onClosed)

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.querySelector<HTMLElement>('h1')?.focus() }}>
        {t('app.skipToMain')}
      </a>
      <Header />
      <NavBar current={page} />
      <main id="main" className="shell-main" ref={main}>
        {pageContent(route)}
      </main>
      <CommandPalette />
    </div>
  )
}
