import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { ActivityStatus, TomStatus, type RegistryKind } from '../../../../shared/model'
import { enumLabel } from '../../../../shared/registry-view'
import { asApiError, call, type ApiError } from '../../api/client'
import { Popover, usePopoverClose } from '../../components/table/Popover'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import type { NameEntry } from './useNames'
import type { Archived } from './useRegistryRows'

export interface Notice {
  readonly text: string
  readonly undo?: () => void
}

const statusOf: Partial<Record<RegistryKind, { group: string; values: readonly string[] }>> = {
  activities: { group: 'activityStatus', values: ActivityStatus.options },
  processorActivities: { group: 'activityStatus', values: ActivityStatus.options },
  toms: { group: 'tomStatus', values: TomStatus.options }
}
export const canLinkTom = (kind: RegistryKind): kind is 'activities' | 'processorActivities' | 'systems' =>
  kind === 'activities' || kind === 'processorActivities' || kind === 'systems'
const hasOwner = (kind: RegistryKind): boolean => kind !== 'dataSubjects'

/** bulkUpdate has the same shape for every registry; the kind picks the method. */
function bulkUpdate(kind: RegistryKind, ids: string[], changes: Record<string, unknown>): Promise<{ updated: number }> {
  return call(`${kind}.bulkUpdate` as 'activities.bulkUpdate', { ids, changes } as never)
}

interface Props {
  readonly kind: RegistryKind
  readonly ids: string[]
  readonly matching: number
  readonly onSelectAll: (() => void) | null
  readonly onClear: () => void
  readonly archived: Archived
  readonly owners: readonly string[]
  readonly toms: readonly NameEntry[]
  readonly onDone: (notice: Notice, keepSelection: boolean) => void
  readonly onError: (error: ApiError) => void
  readonly onRestored: (notice: Notice) => void
}

type Run = (work: () => Promise<Notice>, keepSelection: boolean) => Promise<void>

/** What can be done with the selected rows: status, owner, link a TOM, archive or restore. */
export function BulkBar(props: Props): ReactNode {
  const { kind, ids, onDone, onError } = props
  const { t, locale } = useI18n()
  const [busy, setBusy] = useState(false)
  const count = ids.length
  const status = statusOf[kind]

  const run: Run = async (work, keepSelection) => {
    setBusy(true)
    try {
      onDone(await work(), keepSelection)
    } catch (e) {
      onError(asApiError(e))
    } finally {
      setBusy(false)
    }
  }
  const updated = (n: number): Notice => ({ text: t('rv.notice.updated', { count: formatNumber(locale, n), selected: formatNumber(locale, count) }) })
  const archive = (): Promise<void> =>
    run(async () => {
      const target = [...ids]
      const { updated: n } = await call(`${kind}.archive`, { ids: target })
      return {
        text: t('rv.notice.archived', { count: formatNumber(locale, n) }),
        undo: () => {
          call(`${kind}.restore`, { ids: target }).then(
            (r) => props.onRestored({ text: t('rv.notice.restored', { count: formatNumber(locale, r.updated) }) }),
            (e: unknown) => onError(asApiError(e))
          )
        }
      }
    }, false)
  const restore = (): Promise<void> =>
    run(async () => {
      const { updated: n } = await call(`${kind}.restore`, { ids: [...ids] })
      return { text: t('rv.notice.restored', { count: formatNumber(locale, n) }) }
    }, false)

  return (
    <div className="bulk-bar" role="region" aria-label={t('rv.bulk.label')} aria-busy={busy || undefined}>
      <div className="bulk-selection">
        <strong>{t('rv.bulk.count', { count: formatNumber(locale, count) })}</strong>
        {props.onSelectAll ? (
          <button type="button" className="link" onClick={props.onSelectAll}>
            {t('rv.bulk.selectAll', { count: formatNumber(locale, props.matching) })}
          </button>
        ) : null}
        <button type="button" className="link" onClick={props.onClear}>
          {t('rv.bulk.clear')}
        </button>
      </div>
      <div className="bulk-actions">
        {status ? (
          <BulkAction title={t('rv.bulk.status')} busy={busy} run={run} apply={async (value) => updated((await bulkUpdate(kind, ids, { status: value })).updated)}>
            {(value, setValue, id) => (
              <>
                <label htmlFor={id}>{t('rv.bulk.statusValue')}</label>
                <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">{t('rv.bulk.choose')}</option>
                  {status.values.map((v) => (
                    <option key={v} value={v}>
                      {enumLabel(locale, status.group, v)}
                    </option>
                  ))}
                </select>
              </>
            )}
          </BulkAction>
        ) : null}
        {hasOwner(kind) ? (
          <BulkAction title={t('rv.bulk.owner')} busy={busy} run={run} apply={async (value) => updated((await bulkUpdate(kind, ids, { owner: value.trim() })).updated)}>
            {(value, setValue, id) => (
              <>
                <label htmlFor={id}>{t('rv.bulk.ownerValue')}</label>
                <input id={id} type="text" list={`${id}-owners`} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
                <datalist id={`${id}-owners`}>
                  {props.owners.filter(Boolean).map((o) => (
                    <option key={o} value={o} />
                  ))}
                </datalist>
              </>
            )}
          </BulkAction>
        ) : null}
        {canLinkTom(kind) ? (
          <BulkAction
            title={t('rv.bulk.tom')}
            busy={busy}
            run={run}
            apply={async (tomId) => {
              const { updated: n } = await call('registry.linkTom', { kind, ids, tomId })
              const tom = props.toms.find((x) => x.id === tomId)
              return { text: t('rv.notice.linked', { name: tom ? `${tom.ref} ${tom.name}` : tomId, count: formatNumber(locale, n) }) }
            }}
          >
            {(value, setValue, id) => (
              <>
                <label htmlFor={id}>{t('rv.bulk.tomValue')}</label>
                <select id={id} className="bulk-tom" value={value} onChange={(e) => setValue(e.target.value)}>
                  <option value="">{t('rv.bulk.tomChoose')}</option>
                  {props.toms
                    .filter((x) => !x.archived)
                    .map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.ref} {x.name}
                      </option>
                    ))}
                </select>
              </>
            )}
          </BulkAction>
        ) : null}
        {props.archived !== 'only' ? (
          <button type="button" disabled={busy} onClick={() => void archive()}>
            {t('rv.bulk.archive')}
          </button>
        ) : null}
        {props.archived !== 'exclude' ? (
          <button type="button" disabled={busy} onClick={() => void restore()}>
            {t('rv.bulk.restore')}
          </button>
        ) : null}
      </div>
    </div>
  )
}

interface ActionProps {
  readonly title: string
  readonly busy: boolean
  readonly run: Run
  readonly apply: (value: string) => Promise<Notice>
  readonly children: (value: string, setValue: (v: string) => void, id: string) => ReactNode
}

/** One bulk action: a button that opens a small form (value + Apply). */
function BulkAction({ title, busy, run, apply, children }: ActionProps): ReactNode {
  return (
    <Popover button={title} label={title} buttonClassName="bulk-button" panelClassName="bulk-panel">
      <BulkForm busy={busy} run={run} apply={apply}>
        {children}
      </BulkForm>
    </Popover>
  )
}

function BulkForm({ busy, run, apply, children }: Omit<ActionProps, 'title'>): ReactNode {
  const { t } = useI18n()
  const close = usePopoverClose()
  const id = useId()
  const [value, setValue] = useState('')
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (!value.trim()) return
    close()
    void run(() => apply(value), true)
  }
  return (
    <form className="bulk-form" onSubmit={submit}>
      {children(value, setValue, id)}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy || !value.trim()}>
          {t('rv.bulk.apply')}
        </button>
      </div>
    </form>
  )
}
