import type { ReactNode } from 'react'
import type { CatalogOptions, OutputOf } from '../../../../shared/api'
import type { Regime } from '../../../../shared/model'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { errorText, formatDate, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { byText, countryNamer, pick } from './catalogText'
import { EntryTable } from './EntryTable'

type AdequacyEntry = OutputOf<'catalog.adequacy'>[number]
const groups = ['adequacy', 'safeguards', 'derogation'] as const

/** One regime's adequacy list: valid-as-of date first, then the domestic area, countries and organisations. */
function AdequacySection({ entry }: { entry: AdequacyEntry }): ReactNode {
  const { t, locale } = useI18n()
  const { regime, list } = entry
  const country = countryNamer(locale)
  const headingId = `adequacy-${regime}`
  const countries = byText(list.countries, (c) => country(c.country), locale)
  const domestic = byText(list.domestic.countries, country, locale).map(country)
  const domesticLabel = pick(list.domestic.label, locale)
  // One reference for every country (the usual case) is said once above the table, not in each row.
  const refs = new Set(countries.map((c) => c.ref))
  const sharedRef = refs.size === 1 ? [...refs][0] : null

  return (
    <section className="catalog-section adequacy" aria-labelledby={headingId}>
      <div className="adequacy-head">
        <h2 id={headingId}>{t(`catalogs.adequacy.heading.${regime}`)}</h2>
        <p className="valid-as-of">{t('catalogs.adequacy.validAsOf', { date: formatDate(locale, list.validAsOf) })}</p>
      </div>
      <p className="muted">
        {pick(list.label, locale)} · <span className="mono">{list.ref}</span>
      </p>
      <div className="alert alert-warning adequacy-note">
        <p>{t('catalogs.adequacy.changes')}</p>
        {list.notes ? <p>{pick(list.notes, locale)}</p> : null}
        {list.verify ? <span className="badge badge-warn">{t('catalogs.verify')}</span> : null}
      </div>

      <h3>{t('catalogs.adequacy.domestic')}</h3>
      <p>
        {domesticLabel} <span className="mono muted">({list.domestic.ref})</span>
      </p>
      {/* "Schweiz (Inland)" needs no list of one; the EEA does. */}
      {domestic.every((name) => domesticLabel.includes(name)) ? null : <p className="country-list">{domestic.join(', ')}</p>}

      <h3>
        {t('catalogs.adequacy.countries')}{' '}
        <span className="badge">{t('catalogs.adequacy.count', { count: formatNumber(locale, countries.length) })}</span>
      </h3>
      {sharedRef ? (
        <p className="section-note">
          {t('catalogs.col.ref')}: <span className="mono">{sharedRef}</span>
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table catalog-table fixed adequacy-table">
          <caption className="visually-hidden">
            {t(`catalogs.adequacy.heading.${regime}`)}: {t('catalogs.adequacy.countries')}
          </caption>
          <colgroup>
            <col className="w-country" />
            <col className="w-scope" />
            <col />
            {sharedRef ? null : <col className="w-ref" />}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('catalogs.adequacy.col.country')}</th>
              <th scope="col">{t('catalogs.adequacy.col.scope')}</th>
              <th scope="col">{t('catalogs.adequacy.col.note')}</th>
              {sharedRef ? null : <th scope="col">{t('catalogs.col.ref')}</th>}
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.country}>
                <th scope="row" className="catalog-name">
                  {country(c.country)}
                </th>
                <td>
                  {c.condition === 'none' ? (
                    <span className="muted">{t('catalogs.adequacy.condition.none')}</span>
                  ) : (
                    <span className="status status-in_review">{t(`catalogs.adequacy.condition.${c.condition}`)}</span>
                  )}
                </td>
                <td className="entry-text">
                  {c.note ? pick(c.note, locale) : null}
                  {c.verify ? <span className="badge badge-warn">{t('catalogs.verify')}</span> : null}
                </td>
                {sharedRef ? null : <td className="ref">{c.ref}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {list.organisations.length > 0 ? (
        <>
          <h3>{t('catalogs.adequacy.organisations')}</h3>
          <div className="table-wrap">
            <table className="data-table catalog-table fixed">
              <caption className="visually-hidden">
                {t(`catalogs.adequacy.heading.${regime}`)}: {t('catalogs.adequacy.organisations')}
              </caption>
              <colgroup>
                <col className="w-organisation" />
                <col />
                <col className="w-ref" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('catalogs.adequacy.col.organisation')}</th>
                  <th scope="col">{t('catalogs.adequacy.col.note')}</th>
                  <th scope="col">{t('catalogs.col.ref')}</th>
                </tr>
              </thead>
              <tbody>
                {list.organisations.map((o) => (
                  <tr key={o.code}>
                    <th scope="row" className="catalog-name">
                      {pick(o.label, locale)}
                    </th>
                    <td className="entry-text">
                      {o.note ? pick(o.note, locale) : null}
                      {o.verify ? <span className="badge badge-warn">{t('catalogs.verify')}</span> : null}
                    </td>
                    <td className="ref">{o.ref}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  )
}

/** One regime's transfer mechanisms, grouped: adequacy, appropriate safeguards, derogations. */
function MechanismSection({ regime, options }: { regime: Regime; options: CatalogOptions }): ReactNode {
  const { t } = useI18n()
  const mine = options.transferMechanisms.filter((m) => m.regimes.includes(regime))
  if (mine.length === 0) return null
  const headingId = `mechanisms-${regime}`
  const title = t(`catalogs.mechanisms.heading.${regime}`)
  return (
    <section className="catalog-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {groups.map((group) => {
        const entries = mine.filter((m) => m.group === group)
        if (entries.length === 0) return null
        const groupTitle = t(`catalogs.mechanisms.group.${group}`)
        return (
          <div key={group} className="mechanism-group">
            <h3>{groupTitle}</h3>
            {group === 'derogation' ? <p className="section-note">{t('catalogs.mechanisms.derogationHint')}</p> : null}
            <EntryTable caption={`${title}: ${groupTitle}`} entries={entries} showCode />
          </div>
        )
      })}
    </section>
  )
}

/**
 * Transfers abroad for the workspace's regimes: the adequacy list of each (EU Commission
 * decisions, Swiss DSV Annex 1) and the mechanisms (EU-* for the GDPR, CH-* for the DSG).
 */
export function TransfersTab({ options, regimes }: { options: CatalogOptions; regimes: readonly Regime[] }): ReactNode {
  const { t } = useI18n()
  const adequacy = useLoad(`catalog.adequacy:${regimes.join(',')}`, () => call('catalog.adequacy', {}))
  const order = (r: Regime): number => (regimes.includes(r) ? regimes.indexOf(r) : regimes.length)
  const lists = [...(adequacy.data ?? [])].sort((a, b) => order(a.regime) - order(b.regime))
  return (
    <>
      <p className="cat-tab-intro">{t('catalogs.transfers.intro')}</p>
      <Alert message={adequacy.error ? errorText(t, adequacy.error) : null} />
      {adequacy.loading && !adequacy.data ? <p className="muted">{t('app.loading')}</p> : null}
      {lists.map((entry) => (
        <AdequacySection key={entry.regime} entry={entry} />
      ))}
      {regimes.map((regime) => (
        <MechanismSection key={regime} regime={regime} options={options} />
      ))}
    </>
  )
}
