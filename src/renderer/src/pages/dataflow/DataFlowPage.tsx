import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { MessageKey } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { Alert } from '../../components/Alert'
import { countryName } from '../../components/form/countries'
import { PageHeading } from '../../components/PageHeading'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf } from '../../hooks/useRoute'
import { errorText } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { buildGraph, flowPaths, UNKNOWN_COUNTRY, type Column, type FlowInput, type FlowNode, type Zone } from './layout'
import '../dashboard/dashboard.css'
import './dataflow.css'

const TOP_N = 10
const NODE_W = 190
const NODE_H = 30
const GAP = 10
const HEAD = 34
const COL_X = [0, 290, 580, 870] as const
const COUNTRY_W = 170
const WIDTH = COL_X[3] + COUNTRY_W
/** About as many characters as fit into a node at 12px. */
const MAX_CHARS = [25, 25, 25, 23] as const

const columnKeys: readonly MessageKey[] = ['dataflow.col.activities', 'dataflow.col.systems', 'dataflow.col.recipients', 'dataflow.col.countries']
const entityPage = ['activities', 'systems', 'recipients'] as const

async function loadFlows(): Promise<FlowInput> {
  const [activities, systems, recipients, organisation] = await Promise.all([
    call('activities.list', { limit: 20_000 }),
    call('systems.list', { limit: 20_000 }),
    call('recipients.list', { limit: 20_000 }),
    call('organisation.get', {})
  ])
  return { activities: activities.rows, systems: systems.rows, recipients: recipients.rows, orgCountry: organisation.country, orgRegimes: organisation.regimes }
}

/** Shortened at a word boundary where possible, so the visible words are whole words of the name. */
function ellipsis(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.search(/\s\S*$/)
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`
}

/** A cubic curve from the right edge of one node to the left edge of the next. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`
}

/**
 * Activities → systems → recipients → countries, as a layered diagram drawn with plain SVG.
 * Transfers outside the EEA (GDPR) or abroad (revDSG) are drawn red / orange; hovering or focusing
 * a node highlights every path through it; Enter or Space keeps the highlight.
 */
export function DataFlowPage(): ReactNode {
  const { t, locale } = useI18n()
  const data = useLoad('dataflow', loadFlows)
  const [activityFilter, setActivityFilter] = useState('')
  const [recipientFilter, setRecipientFilter] = useState('')
  const [showAll, setShowAll] = useState(false)
  const [hover, setHover] = useState<string | null>(null)
  const [pinned, setPinned] = useState<string | null>(null)
  const descId = useId()
  const titleId = useId()

  const allPaths = useMemo(() => (data.data ? flowPaths(data.data) : []), [data.data])

  // Activities ranked by how many flows they have; the top N unless "show all" or a filter.
  const ranked = useMemo(() => {
    const count = new Map<string, number>()
    for (const p of allPaths) count.set(p.activityId, (count.get(p.activityId) ?? 0) + p.nodes.length - 1 + (p.zone === 'inside' ? 0 : 100))
    return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
  }, [allPaths])

  const paths = useMemo(() => {
    let list = allPaths
    if (activityFilter) list = list.filter((p) => p.activityId === activityFilter)
    if (recipientFilter) list = list.filter((p) => p.nodes.includes(`2:${recipientFilter}`))
    if (!activityFilter && !recipientFilter && !showAll) {
      const top = new Set(ranked.slice(0, TOP_N))
      list = list.filter((p) => top.has(p.activityId))
    }
    return list
  }, [allPaths, activityFilter, recipientFilter, showAll, ranked])

  const names = useMemo(() => {
    const out = new Map<string, string>()
    for (const a of data.data?.activities ?? []) out.set(`0:${a.id}`, a.name)
    for (const s of data.data?.systems ?? []) out.set(`1:${s.id}`, s.name)
    for (const r of data.data?.recipients ?? []) out.set(`2:${r.id}`, r.name)
    return out
  }, [data.data])

  const graph = useMemo(
    () =>
      buildGraph(paths, (col: Column, key: string) =>
        col === 3 ? (key === UNKNOWN_COUNTRY ? t('dataflow.noCountry') : `${countryName(locale, key)} (${key})`) : (names.get(`${col}:${key}`) ?? key)
      ),
    [paths, names, locale, t]
  )

  const active = hover ?? pinned
  const lit = useMemo(() => {
    if (!active) return null
    const nodes = new Set<string>()
    const links = new Set<string>()
    for (const p of paths) {
      if (!p.nodes.includes(active)) continue
      p.nodes.forEach((n, i) => {
        nodes.add(n)
        if (i > 0) links.add(`${p.nodes[i - 1]}>${n}`)
      })
    }
    return { nodes, links }
  }, [active, paths])

  const y = (n: FlowNode): number => HEAD + n.order * (NODE_H + GAP)
  const rows = Math.max(1, ...graph.columns.map((c) => c.length))
  const height = HEAD + rows * (NODE_H + GAP)
  const totalActivities = data.data?.activities.length ?? 0
  const shownActivities = graph.columns[0].length

  const connected = (id: string): string[] => {
    const out: string[] = []
    for (const l of graph.links.values()) {
      if (l.from === id) out.push(graph.nodes.get(l.to)?.name ?? l.to)
      if (l.to === id) out.push(graph.nodes.get(l.from)?.name ?? l.from)
    }
    return out
  }

  const nodeLabel = (n: FlowNode): string => {
    const params = { column: t(columnKeys[n.col] as MessageKey), name: n.name, count: connected(n.id).length }
    if (n.col === 3 && n.zone === 'third') return t('dataflow.nodeThird', params)
    if (n.col === 3 && n.zone === 'abroad') return t('dataflow.nodeAbroad', params)
    return t('dataflow.node', params)
  }

  const onKey = (e: KeyboardEvent, id: string): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      setPinned((p) => (p === id ? null : id))
    } else if (e.key === 'Escape') {
      setPinned(null)
    }
  }

  // Transfers abroad as a table too: the same facts without the picture.
  const abroad = useMemo(() => {
    const rows = new Map<string, { activity: string; recipient: string; country: string; zone: Zone }>()
    for (const p of paths) {
      if (p.zone === 'inside') continue
      const last = p.nodes.at(-1) ?? ''
      const recipient = p.nodes.find((n) => n.startsWith('2:'))
      const row = { activity: names.get(p.nodes[0] ?? '') ?? '', recipient: recipient ? (names.get(recipient) ?? '') : '', country: graph.nodes.get(last)?.name ?? last, zone: p.zone }
      rows.set(`${p.nodes[0]}|${recipient}|${last}`, row)
    }
    return [...rows.values()].sort((a, b) => (a.zone === b.zone ? a.activity.localeCompare(b.activity) : a.zone === 'third' ? -1 : 1))
  }, [paths, names, graph])

  const activeNode = active ? graph.nodes.get(active) : undefined

  return (
    <>
      <PageHeading title={t('nav.dataflow')} intro={t('dataflow.intro')} />
      <Alert message={data.error ? errorText(t, data.error) : null} />
      <div className="toolbar dataflow-toolbar">
        <label className="inline-field">
          <span>{t('dataflow.filterActivity')}</span>
          <select value={activityFilter} onChange={(e) => setActivityFilter(e.target.value)}>
            <option value="">{t('dataflow.all')}</option>
            {[...(data.data?.activities ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.ref} {a.name}
                </option>
              ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('dataflow.filterRecipient')}</span>
          <select value={recipientFilter} onChange={(e) => setRecipientFilter(e.target.value)}>
            <option value="">{t('dataflow.all')}</option>
            {[...(data.data?.recipients ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
          </select>
        </label>
        {!activityFilter && !recipientFilter && ranked.length > TOP_N ? (
          <button type="button" onClick={() => setShowAll((v) => !v)}>
            {showAll ? t('dataflow.showTop', { count: TOP_N }) : t('dataflow.showAll', { count: ranked.length })}
          </button>
        ) : null}
        <span className="muted">{t('dataflow.shown', { shown: shownActivities, total: totalActivities })}</span>
      </div>

      <ul className="dataflow-legend" aria-label={t('dataflow.legend')}>
        <li>
          <span className="swatch swatch-inside" aria-hidden="true" /> {t('dataflow.legendInside')}
        </li>
        <li>
          <span className="swatch swatch-third" aria-hidden="true" /> {t('dataflow.legendThird')}
        </li>
        <li>
          <span className="swatch swatch-abroad" aria-hidden="true" /> {t('dataflow.legendAbroad')}
        </li>
      </ul>

      {data.data && graph.nodes.size === 0 ? <p className="muted">{t('dataflow.empty')}</p> : null}
      {graph.nodes.size > 0 ? (
        <div className="dataflow-frame">
          <svg
            className={`dataflow${lit ? ' dataflow-lit' : ''}`}
            viewBox={`0 0 ${WIDTH} ${height}`}
            width={WIDTH}
            height={height}
            role="group"
            aria-labelledby={titleId}
            aria-describedby={descId}
            onMouseLeave={() => setHover(null)}
          >
            <title id={titleId}>{t('dataflow.mapLabel')}</title>
            <desc id={descId}>{t('dataflow.mapDescription')}</desc>
            {columnKeys.map((key, col) => (
              <text key={col} x={COL_X[col]} y={18} className="dataflow-colhead" aria-hidden="true">
                {t(key)}
              </text>
            ))}
            <g aria-hidden="true">
              {[...graph.links.values()].map((l) => {
                const a = graph.nodes.get(l.from)
                const b = graph.nodes.get(l.to)
                if (!a || !b) return null
                const on = lit?.links.has(l.id)
                return (
                  <path
                    key={l.id}
                    d={curve(COL_X[a.col] + (a.col === 3 ? COUNTRY_W : NODE_W), y(a) + NODE_H / 2, COL_X[b.col], y(b) + NODE_H / 2)}
                    className={`flow flow-${l.zone}${lit ? (on ? ' flow-on' : ' flow-dim') : ''}`}
                    strokeWidth={Math.min(2 + (l.count - 1) * 1.2, 10)}
                  />
                )
              })}
            </g>
            {graph.columns.flat().map((n) => {
              const w = n.col === 3 ? COUNTRY_W : NODE_W
              const on = lit?.nodes.has(n.id)
              return (
                <g
                  key={n.id}
                  className={`flow-node node-${n.zone}${lit ? (on ? ' node-on' : ' node-dim') : ''}${pinned === n.id ? ' node-pinned' : ''}`}
                  transform={`translate(${COL_X[n.col]},${y(n)})`}
                  tabIndex={0}
                  role="button"
                  aria-pressed={pinned === n.id}
                  aria-label={nodeLabel(n)}
                  data-col={n.col}
                  data-key={n.key}
                  data-zone={n.zone}
                  onMouseEnter={() => setHover(n.id)}
                  onMouseLeave={() => setHover(null)}
                  onFocus={() => setHover(n.id)}
                  onBlur={() => setHover(null)}
                  onClick={() => setPinned((p) => (p === n.id ? null : n.id))}
                  onKeyDown={(e) => onKey(e, n.id)}
                >
                  <title>{n.name}</title>
                  <rect width={w} height={NODE_H} rx={6} ry={6} />
                </g>
              )
            })}
            {/* The labels sit on their own layer: the node's name comes from its aria-label, and the
                shortened text would not match it word for word. */}
            <g aria-hidden="true" className="dataflow-labels">
              {graph.columns.flat().map((n) => (
                <text key={n.id} x={COL_X[n.col] + 10} y={y(n) + NODE_H / 2 + 4} className={lit && !lit.nodes.has(n.id) ? 'label-dim' : undefined}>
                  {ellipsis(n.name, MAX_CHARS[n.col])}
                </text>
              ))}
            </g>
          </svg>
        </div>
      ) : null}

      <div className="dataflow-details" aria-live="polite">
        {activeNode ? (
          <p>
            <strong>{t('dataflow.highlighted', { name: activeNode.name })}</strong>{' '}
            {activeNode.col < 3 ? <a href={hrefOf(entityPage[activeNode.col as 0 | 1 | 2], activeNode.key)}>{activeNode.name}</a> : null}
            <span className="muted"> {t('dataflow.connected', { names: connected(activeNode.id).join(', ') })}</span>
          </p>
        ) : null}
      </div>

      <section className="dash-section" aria-labelledby="dataflow-abroad">
        <h2 id="dataflow-abroad">{t('dataflow.table')}</h2>
        {abroad.length === 0 ? (
          <p className="muted">{t('dataflow.tableNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-labelledby="dataflow-abroad">
              <thead>
                <tr>
                  <th scope="col">{t('dataflow.col.activity')}</th>
                  <th scope="col">{t('dataflow.col.recipient')}</th>
                  <th scope="col">{t('dataflow.col.country')}</th>
                  <th scope="col">{t('dataflow.col.kind')}</th>
                </tr>
              </thead>
              <tbody>
                {abroad.map((r) => (
                  <tr key={`${r.activity}|${r.recipient}|${r.country}`} className={`abroad-${r.zone}`}>
                    <td>{r.activity}</td>
                    <td>{r.recipient}</td>
                    <td>{r.country}</td>
                    <td>
                      <span className={`zone-badge zone-${r.zone}`}>{r.zone === 'third' ? t('dataflow.legendThird') : t('dataflow.legendAbroad')}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  )
}
