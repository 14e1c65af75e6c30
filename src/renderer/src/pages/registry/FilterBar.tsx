import { useState, type ReactNode } from 'react'
import type { CatalogOptions } from '../../../../shared/api'
import type { RegistryKind } from '../../../../shared/model'
import { Popover } from '../../components/table/Popover'
import { useI18n } from '../../i18n/I18nContext'
import { facetOptions, facetsByKind, type Facet, type Filters, type FilterValue } from './facets'

interface Props {
  readonly kind: RegistryKind
  readonly filters: Filters
  readonly onChange: (filters: Filters) => void
  readonly options: CatalogOptions | null
  readonly seen: Readonly<Record<string, readonly FilterValue[]>>
}

/** One button per column filter; each opens a list of values to tick (any ticked value matches). */
export function FilterBar({ kind, filters, onChange, options, seen }: Props): ReactNode {
  const { t } = useI18n()
  const active = Object.values(filters).some((v) => v.length > 0)
  const set = (field: string, values: readonly FilterValue[]): void => {
    const next: Record<string, readonly FilterValue[]> = { ...filters }
    if (values.length) next[field] = values
    else delete next[field]
    onChange(next)
  }
  return (
    <div className="facet-bar" role="group" aria-label={t('rv.filters')}>
      {facetsByKind[kind].map((facet) => (
        <FacetFilter key={facet.field} facet={facet} selected={filters[facet.field] ?? []} onChange={(v) => set(facet.field, v)} options={options} seen={seen[facet.field] ?? []} />
      ))}
      {active ? (
        <button type="button" className="link facet-reset" onClick={() => onChange({})}>
          {t('rv.filters.reset')}
        </button>
      ) : null}
    </div>
  )
}

function FacetFilter(props: {
  facet: Facet
  selected: readonly FilterValue[]
  onChange: (values: readonly FilterValue[]) => void
  options: CatalogOptions | null
  seen: readonly FilterValue[]
}): ReactNode {
  const { facet, selected, onChange } = props
  const { t, locale } = useI18n()
  const [search, setSearch] = useState('')
  const name = t(facet.label)
  const all = facetOptions(facet, { t, locale, options: props.options, seen: props.seen, selected })
  const labelOf = (v: FilterValue): string => all.find((o) => o.value === v)?.label ?? String(v)
  const summary =
    selected.length === 0 ? name : t('rv.facet.selected', { name, value: selected.length === 1 ? labelOf(selected[0]) : t('rv.facet.many', { count: selected.length }) })
  const needle = search.trim().toLocaleLowerCase(locale)
  const shown = needle ? all.filter((o) => o.label.toLocaleLowerCase(locale).includes(needle)) : all
  const toggle = (value: FilterValue, on: boolean): void => onChange(on ? [...selected, value] : selected.filter((v) => v !== value))

  return (
    <Popover
      button={<span className="facet-text">{summary}</span>}
      label={t('rv.facet.options', { name })}
      buttonClassName={selected.length ? 'facet-button facet-active' : 'facet-button'}
      panelClassName="facet-panel"
    >
        <fieldset className="facet-fieldset">
          <legend className="visually-hidden">{name}</legend>
          {all.length > 10 ? (
            <input type="search" className="facet-search" value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t('rv.facet.search')} placeholder={t('rv.facet.search')} autoComplete="off" />
          ) : null}
          {shown.length === 0 ? <p className="muted facet-empty">{t('rv.facet.noValues')}</p> : null}
          <ul className="facet-options">
            {shown.map((o) => (
              <li key={String(o.value)}>
                <label className="check">
                  <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
                  <span>{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
          {selected.length ? (
            <button type="button" className="link" onClick={() => onChange([])}>
              {t('rv.facet.clear')}
            </button>
          ) : null}
        </fieldset>
    </Popover>
  )
}
