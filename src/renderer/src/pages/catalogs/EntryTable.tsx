import type { ReactNode } from 'react'
import type { CatalogOption } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nContext'
import { pick } from './catalogText'

/**
 * Catalog entries as a table: label (the row header, with a "check current state" marker where
 * the source flags the entry), optionally the code, the legal reference and the description.
 */
export function EntryTable({ caption, entries, showCode = false }: { caption: string; entries: readonly CatalogOption[]; showCode?: boolean }): ReactNode {
  const { t, locale } = useI18n()
  return (
    <div className="table-wrap">
      <table className="data-table catalog-table fixed">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="w-name" />
          {showCode ? <col className="w-code" /> : null}
          <col className="w-ref" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('catalogs.col.name')}</th>
            {showCode ? <th scope="col">{t('catalogs.col.code')}</th> : null}
            <th scope="col">{t('catalogs.col.ref')}</th>
            <th scope="col">{t('catalogs.col.description')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((o) => (
            <tr key={String(o.value)}>
              <th scope="row" className="catalog-name">
                <span className="entry-label">{pick(o.label, locale)}</span>
                {o.verify ? <span className="badge badge-warn">{t('catalogs.verify')}</span> : null}
              </th>
              {showCode ? <td className="ref">{String(o.value)}</td> : null}
              <td className="ref">{o.ref}</td>
              <td className="entry-text">{o.description ? pick(o.description, locale) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
