import type { ReactNode } from 'react'
import { registryKinds, type RegistryKind } from '../../../shared/model'
import { call } from '../api/client'
import { useApp } from '../app/AppContext'
import { Alert } from '../components/Alert'
import { PageHeading } from '../components/PageHeading'
import { useLoad } from '../hooks/useLoad'
import { hrefOf } from '../hooks/useRoute'
import { errorText, formatNumber } from '../i18n/format'
import { useI18n } from '../i18n/I18nContext'
import { Dashboard } from './dashboard/Dashboard'

async function countAll(): Promise<Record<RegistryKind, number>> {
  const totals = await Promise.all(registryKinds.map((kind) => call(`${kind}.list`, { limit: 1 }).then((page) => page.total)))
  return Object.fromEntries(registryKinds.map((kind, i) => [kind, totals[i]])) as Record<RegistryKind, number>
}

/**
 * The workspace at a glance: how many entries each registry holds, the consistency checks (the
 * dashboard: findings, completeness, what is due) and which file this is.
 */
export function OverviewPage(): ReactNode {
  const { t, locale } = useI18n()
  const { status } = useApp()
  const counts = useLoad('counts', countAll)

  return (
    <>
      <PageHeading title={t('overview.heading')} />
      <Alert message={counts.error ? errorText(t, counts.error) : null} />
      <section aria-labelledby="overview-registries">
        <h2 id="overview-registries">{t('overview.registries')}</h2>
        <ul className="count-grid" aria-busy={counts.loading}>
          {registryKinds.map((kind) => (
            <li key={kind}>
              <a href={hrefOf(kind)} className="count-card">
                <span className="count-value">{counts.data ? formatNumber(locale, counts.data[kind]) : '…'}</span>
                <span className="count-label">{t(`nav.${kind}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Dashboard />
      <section aria-labelledby="overview-workspace" className="dash-section">
        <h2 id="overview-workspace">{t('overview.workspace')}</h2>
        <dl className="facts">
          <dt>{t('overview.organisation')}</dt>
          <dd>{status.organisationName}</dd>
          <dt>{t('overview.regimes')}</dt>
          <dd>{status.regimes.map((r) => t(`regime.${r}`)).join(', ')}</dd>
          <dt>{t('overview.file')}</dt>
          <dd className="mono">{status.file}</dd>
          <dt>{t('overview.schema')}</dt>
          <dd>{status.schemaVersion}</dd>
        </dl>
      </section>
    </>
  )
}
