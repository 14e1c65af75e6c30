import { useState, type ReactNode } from 'react'
import { Id, type RegistryKind } from '../../../../shared/model'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { CatalogContext } from '../../components/form/catalog'
import { LookupContext, useLookupState } from '../../components/form/lookup'
import { getEntity } from '../../components/form/registryApi'
import { hrefOf } from '../../hooks/useRoute'
import { useLoad } from '../../hooks/useLoad'
import { errorText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { EntityEditor } from './EntityEditor'
import '../../components/form/forms.css'

/**
 * #/<kind>/<id>: one entry with the tabs Details, Used by and History; #/<kind>/new: a blank
 * form that creates the entry and then moves to its own address.
 */
export function EntityDetailPage({ kind, id }: { kind: RegistryKind; id: string }): ReactNode {
  const { t } = useI18n()
  const isNew = id === 'new'
  // An address that cannot name an entry (not an id) is "not found" without asking the core.
  const malformed = !isNew && !Id.safeParse(id).success
  const [round, setRound] = useState(0)
  // The shell puts focus on the loading heading after navigation; the loaded page takes it over.
  const [headingFocused, setHeadingFocused] = useState(false)
  const entity = useLoad(isNew || malformed ? null : `${kind}:${id}:${round}`, () => getEntity(kind, id))
  const options = useLoad('catalog.options', () => call('catalog.options', {}))
  const lookup = useLookupState()
  const listName = t(`nav.${kind}`)
  const back = (
    <p className="back-link">
      <a href={hrefOf(kind)}>{t('detail.backToList', { name: listName })}</a>
    </p>
  )

  if (malformed || entity.error?.code === 'NOT_FOUND') {
    return (
      <>
        {back}
        <PageHeading title={t('detail.notFoundTitle')} />
        <EmptyState title={t('detail.notFoundTitle')} text={t('detail.notFoundText')} />
      </>
    )
  }
  const failure = (!entity.data && entity.error) || (!options.data && options.error)
  if (failure) {
    return (
      <>
        {back}
        <PageHeading title={t(`entity.${kind}`)} />
        <Alert message={errorText(t, failure)} />
      </>
    )
  }
  if ((!isNew && !entity.data) || !options.data) {
    return (
      <>
        {back}
        <div onFocus={() => setHeadingFocused(true)}>
          <PageHeading title={t(`entity.${kind}`)} />
        </div>
        <p className="muted" role="status" aria-busy="true">
          {t('detail.loading')}
        </p>
      </>
    )
  }
  const data = isNew ? null : (entity.data ?? null)
  return (
    <LookupContext.Provider value={lookup}>
      <CatalogContext.Provider value={options.data}>
        {back}
        <EntityEditor key={data ? `${data.id}:${data.version}` : 'new'} kind={kind} entity={data} options={options.data} focusHeading={headingFocused} onReload={() => setRound((r) => r + 1)} />
      </CatalogContext.Provider>
    </LookupContext.Provider>
  )
}
