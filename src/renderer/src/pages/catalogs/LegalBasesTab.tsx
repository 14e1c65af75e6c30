import type { ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nContext'
import { EntryTable } from './EntryTable'

const kinds = ['gdpr-6', 'gdpr-9', 'gdpr-10', 'dsg-31'] as const
type Kind = (typeof kinds)[number]
const notes: Partial<Record<Kind, 'catalogs.legal.note.gdpr-9' | 'catalogs.legal.note.dsg-31'>> = {
  'gdpr-9': 'catalogs.legal.note.gdpr-9',
  'dsg-31': 'catalogs.legal.note.dsg-31'
}

/** Legal bases grouped by kind; catalog.options already keeps only the workspace's regimes. */
export function LegalBasesTab({ options }: { options: CatalogOptions }): ReactNode {
  const { t } = useI18n()
  const groups = kinds.map((kind) => ({ kind, entries: options.legalBases.filter((o) => o.group === kind) })).filter((g) => g.entries.length > 0)
  return (
    <>
      <p className="cat-tab-intro">{t('catalogs.legal.intro')}</p>
      {groups.map(({ kind, entries }) => {
        const note = notes[kind]
        const title = t(`catalogs.legal.group.${kind}`)
        return (
          <section key={kind} className="catalog-section" aria-labelledby={`legal-${kind}`}>
            <h2 id={`legal-${kind}`}>{title}</h2>
            {note ? <p className="section-note">{t(note)}</p> : null}
            <EntryTable caption={title} entries={entries} />
          </section>
        )
      })}
    </>
  )
}
