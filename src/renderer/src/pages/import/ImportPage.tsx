import { useState, type ReactNode } from 'react'
import { PageHeading } from '../../components/PageHeading'
import { hrefOf } from '../../hooks/useRoute'
import { useT } from '../../i18n/I18nContext'
import { Tabs } from '../detail/Tabs'
import { FileImport } from './FileImport'
import { MergePanel } from './merge/MergePanel'
import './import.css'

const tabKeys = ['file', 'merge'] as const
type ImportTab = (typeof tabKeys)[number]

/** The tab in the address (#/import/merge), so it can be linked to and survives a reload. */
function tabInHash(): ImportTab {
  const [, name] = window.location.hash.replace(/^#\/?/, '').split('/')
  return name === 'merge' ? 'merge' : 'file'
}

/** #/import: a spreadsheet or JSON file (the wizard), or entries merged from another workspace. */
export function ImportPage(): ReactNode {
  const t = useT()
  const [tab, setTab] = useState<ImportTab>(tabInHash)

  const select = (key: ImportTab): void => {
    setTab(key)
    // replaceState: switching tabs is not a navigation (no history entry, no focus move).
    window.history.replaceState(window.history.state, '', key === 'file' ? hrefOf('import') : `${hrefOf('import')}/${key}`)
  }

  return (
    <>
      <PageHeading title={t('imp.heading')} intro={t('imp.intro')} />
      <Tabs
        idPrefix="import"
        label={t('imp.tabs')}
        tabs={tabKeys.map((key) => ({ key, label: t(`imp.tab.${key}`) }))}
        current={tab}
        onSelect={select}
        panel={(key, selected) => (selected ? key === 'file' ? <FileImport /> : <MergePanel /> : null)}
      />
    </>
  )
}
