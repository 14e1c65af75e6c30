import { useState, type ReactNode } from 'react'
import { call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { PageHeading } from '../../components/PageHeading'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf } from '../../hooks/useRoute'
import { errorText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { LegalBasesTab } from './LegalBasesTab'
import { Tabs, type TabDef } from './Tabs'
import { TemplatesTab } from './TemplatesTab'
import { TomCatalogTab } from './TomCatalogTab'
import { TransfersTab } from './TransfersTab'
import { UpdatesTab } from './UpdatesTab'
import './catalogs.css'

const tabKeys = ['templates', 'toms', 'legalBases', 'transfers', 'updates'] as const
type CatalogTab = (typeof tabKeys)[number]

/** The tab in the address (#/catalogs/transfers), so a tab can be linked to and survives a reload. */
function tabInHash(): CatalogTab {
  const [, name] = window.location.hash.replace(/^#\/?/, '').split('/')
  return (tabKeys as readonly string[]).includes(name ?? '') ? (name as CatalogTab) : 'templates'
}

/**
 * Built-in knowledge: activity templates, the TOM catalogue, legal bases, transfer rules with the
 * adequacy lists, and catalog updates, all for the workspace's regimes.
 */
export function CatalogsPage(): ReactNode {
  const { t } = useI18n()
  const { status } = useApp()
  const [tab, setTab] = useState<CatalogTab>(tabInHash)
  const options = useLoad(`catalog.options:${status.regimes.join(',')}`, () => call('catalog.options', {}))

  const select = (key: CatalogTab): void => {
    setTab(key)
    // replaceState: switching tabs is not a navigation (no history entry, no focus move).
    window.history.replaceState(window.history.state, '', `${hrefOf('catalogs')}/${key}`)
  }

  const tabs: TabDef<CatalogTab>[] = tabKeys.map((key) => ({ key, label: t(`catalogs.tab.${key}`) }))
  const regimes = status.regimes.map((r) => t(`regime.${r}`)).join(', ')

  const panel = (key: CatalogTab): ReactNode => {
    if (key === 'updates') return <UpdatesTab options={options.data} />
    if (!options.data) return options.loading ? <p className="muted">{t('app.loading')}</p> : null
    switch (key) {
      case 'templates':
        return <TemplatesTab options={options.data} />
      case 'toms':
        return <TomCatalogTab options={options.data} />
      case 'legalBases':
        return <LegalBasesTab options={options.data} />
      case 'transfers':
        return <TransfersTab options={options.data} regimes={status.regimes} />
    }
  }

  return (
    <div className="catalogs-page">
      <PageHeading title={t('catalogs.heading')} intro={t('catalogs.intro', { regimes })} />
      <Alert message={options.error ? errorText(t, options.error) : null} />
      <Tabs label={t('catalogs.tabs')} idPrefix="catalogs" tabs={tabs} active={tab} onChange={select}>
        {panel}
      </Tabs>
    </div>
  )
}
