import type { Activity, Recipient, Regime, System } from '../../../../shared/model'

/** GDPR: the EU member states and the EEA (Iceland, Liechtenstein, Norway). */
export const EEA = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' '))

/** inside: no transfer abroad; abroad: outside Switzerland (revDSG); third: outside the EEA (GDPR). */
export type Zone = 'inside' | 'abroad' | 'third'
const zoneRank: Record<Zone, number> = { inside: 0, abroad: 1, third: 2 }
export const worse = (a: Zone, b: Zone): Zone => (zoneRank[a] >= zoneRank[b] ? a : b)

export type Column = 0 | 1 | 2 | 3
export const UNKNOWN_COUNTRY = '??'

export interface FlowNode {
  readonly id: string
  readonly col: Column
  /** The entity (activities, systems, recipients) or the country code. */
  readonly key: string
  readonly name: string
  zone: Zone
  degree: number
  order: number
}

export interface FlowLink {
  readonly id: string
  readonly from: string
  readonly to: string
  zone: Zone
  count: number
}

/** One way data takes: activity → (system) → (recipient) → country; always starts with the activity. */
export interface FlowPath {
  readonly activityId: string
  readonly nodes: readonly string[]
  readonly zone: Zone
}

export interface FlowInput {
  readonly activities: readonly Activity[]
  readonly systems: readonly System[]
  readonly recipients: readonly Recipient[]
  readonly orgCountry: string | null
  readonly orgRegimes: readonly Regime[]
}

export const nodeId = (col: Column, key: string): string => `${col}:${key}`

/** Whether data going to `country` leaves the area the activity's law draws. */
export function zoneOf(country: string, regimes: readonly Regime[], orgCountry: string | null): Zone {
  if (country === UNKNOWN_COUNTRY || country === orgCountry) return 'inside'
  if (regimes.includes('gdpr') && !EEA.has(country)) return 'third'
  if (regimes.includes('revdsg') && country !== 'CH') return 'abroad'
  return 'inside'
}

/** Every path of every activity, from the links the records hold. */
export function flowPaths(input: FlowInput): FlowPath[] {
  const systems = new Map(input.systems.map((s) => [s.id, s]))
  const recipients = new Map(input.recipients.map((r) => [r.id, r]))
  const paths: FlowPath[] = []
  for (const a of input.activities) {
    const regimes = a.regimes.length > 0 ? a.regimes : input.orgRegimes
    const transferCountries = new Map<string, Set<string>>()
    for (const tr of a.transfers) {
      if (!tr.recipientId) continue
      const set = transferCountries.get(tr.recipientId) ?? new Set<string>()
      set.add(tr.country)
      transferCountries.set(tr.recipientId, set)
    }
    const countriesOf = (r: Recipient): string[] => {
      const set = new Set(transferCountries.get(r.id) ?? [])
      if (r.country) set.add(r.country)
      if (set.size === 0) set.add(input.orgCountry ?? UNKNOWN_COUNTRY)
      return [...set]
    }
    const add = (nodes: string[], country: string): void => {
      paths.push({ activityId: a.id, nodes, zone: zoneOf(country, regimes, input.orgCountry) })
    }
    const covered = new Set<string>()
    const start = nodeId(0, a.id)
    let any = false
    for (const sid of a.systemIds) {
      const s = systems.get(sid)
      if (!s) continue
      any = true
      const vendor = s.vendorId ? recipients.get(s.vendorId) : undefined
      if (vendor) {
        covered.add(vendor.id)
        for (const c of countriesOf(vendor)) add([start, nodeId(1, s.id), nodeId(2, vendor.id), nodeId(3, c)], c)
      } else {
        const c = s.hostingCountry ?? input.orgCountry ?? UNKNOWN_COUNTRY
        add([start, nodeId(1, s.id), nodeId(3, c)], c)
      }
    }
    const direct = new Set([...a.recipientIds, ...a.transfers.flatMap((tr) => (tr.recipientId ? [tr.recipientId] : []))])
    for (const rid of direct) {
      const r = recipients.get(rid)
      if (!r || covered.has(rid)) continue
      any = true
      for (const c of countriesOf(r)) add([start, nodeId(2, r.id), nodeId(3, c)], c)
    }
    for (const tr of a.transfers) {
      if (tr.recipientId) continue
      any = true
      add([start, nodeId(3, tr.country)], tr.country)
    }
    if (!any) paths.push({ activityId: a.id, nodes: [start], zone: 'inside' })
  }
  return paths
}

export interface Graph {
  readonly nodes: Map<string, FlowNode>
  readonly links: Map<string, FlowLink>
  readonly columns: readonly [FlowNode[], FlowNode[], FlowNode[], FlowNode[]]
}

/**
 * Nodes and links of the given paths, each column ordered to reduce crossings: the barycentre
 * heuristic (a node's place is the average place of its neighbours), swept down and up twice.
 */
export function buildGraph(paths: readonly FlowPath[], nameOf: (col: Column, key: string) => string): Graph {
  const nodes = new Map<string, FlowNode>()
  const links = new Map<string, FlowLink>()
  for (const p of paths) {
    for (const id of p.nodes) {
      let n = nodes.get(id)
      if (!n) {
        const col = Number(id.slice(0, 1)) as Column
        const key = id.slice(2)
        n = { id, col, key, name: nameOf(col, key), zone: 'inside', degree: 0, order: nodes.size }
        nodes.set(id, n)
      }
      n.zone = worse(n.zone, p.zone)
      n.degree++
    }
    for (let i = 1; i < p.nodes.length; i++) {
      const from = p.nodes[i - 1] as string
      const to = p.nodes[i] as string
      const id = `${from}>${to}`
      const l = links.get(id) ?? { id, from, to, zone: 'inside', count: 0 }
      l.zone = worse(l.zone, p.zone)
      l.count++
      links.set(id, l)
    }
  }
  const columns: [FlowNode[], FlowNode[], FlowNode[], FlowNode[]] = [[], [], [], []]
  for (const n of nodes.values()) columns[n.col].push(n)
  columns[0].sort((a, b) => a.name.localeCompare(b.name))
  columns.forEach((col) => col.forEach((n, i) => (n.order = i)))

  const neighbours = new Map<string, string[]>()
  for (const l of links.values()) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l.to])
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l.from])
  }
  const reorder = (col: Column, towards: (c: Column) => boolean): void => {
    const list = columns[col]
    const centre = new Map<string, number>()
    for (const n of list) {
      const ns = (neighbours.get(n.id) ?? []).map((id) => nodes.get(id)).filter((m): m is FlowNode => m !== undefined && towards(m.col))
      // Relative place within the neighbour's column, so columns of different length compare.
      centre.set(n.id, ns.length ? ns.reduce((s, m) => s + (m.order + 0.5) / Math.max(1, columns[m.col].length), 0) / ns.length : (n.order + 0.5) / list.length)
    }
    list.sort((a, b) => (centre.get(a.id) ?? 0) - (centre.get(b.id) ?? 0) || a.order - b.order)
    list.forEach((n, i) => (n.order = i))
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const col of [1, 2, 3] as const) reorder(col, (c) => c < col)
    for (const col of [2, 1, 0] as const) reorder(col, (c) => c > col)
  }
  return { nodes, links, columns }
}
