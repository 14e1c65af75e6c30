import type { CatalogOptions } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import { translate } from '../../shared/i18n'
import { viewColumn, type ViewColumn } from '../../shared/registry-view'
import { optionsFor } from '../catalogs'
import type { Handlers } from '../context'
import { buildViewTable, exportFileName, toCsv, toXlsx } from '../exports/view'
import { entityNames, getEntity, getOrganisation, listEntities, updateEntity, type EntityDoc } from '../workspace'

const PAGE = 20_000
const MIME = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const

export const viewExportHandlers: Pick<Handlers, 'registry.exportView' | 'registry.linkTom'> = {
  'registry.exportView': async (input, ctx) => {
    const columns: ViewColumn[] = input.columns.map((id, i) => {
      const column = viewColumn(input.kind, id)
      if (!column) throw new DomainError('VALIDATION', { details: `columns.${i}` }, [{ path: `columns.${i}`, message: `unknown column: ${id}` }])
      return column
    })
    const { entities, names, options } = ctx.session.read((db) => {
      const entities: EntityDoc[] = []
      for (let offset = 0; ; offset += PAGE) {
        const page = listEntities(db, input.kind, { ...input.query, offset, limit: PAGE })
        entities.push(...page.rows)
        if (page.rows.length < PAGE) break
      }
      const linked = new Set<string>()
      for (const column of columns) {
        if (column.type !== 'link' && column.type !== 'links') continue
        for (const entity of entities) {
          const value = entity[column.path]
          if (typeof value === 'string') linked.add(value)
          else if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') linked.add(id)
        }
      }
      return { entities, names: entityNames(db, linked), options: optionsFor(getOrganisation(db).regimes) as unknown as CatalogOptions }
    })
    const table = buildViewTable(columns, entities, { locale: input.locale, options, nameOf: (id) => names.get(id)?.name })
    const title = translate(input.locale, `nav.${input.kind}`)
    const bytes =
      input.format === 'csv'
        ? Buffer.from(toCsv(table, input.csv ?? { bom: true, delimiter: input.locale === 'en' ? ',' : ';' }), 'utf8')
        : await toXlsx(table, { sheet: title, locale: input.locale })
    return { fileName: exportFileName(title, input.format), mimeType: MIME[input.format], base64: bytes.toString('base64') }
  },

  'registry.linkTom': (input, ctx) =>
    ctx.session.write((db) => {
      getEntity(db, 'toms', input.tomId)
      const now = new Date().toISOString()
      let updated = 0
      for (const id of new Set(input.ids)) {
        const entity = getEntity(db, input.kind, id)
        const tomIds = Array.isArray(entity.tomIds) ? (entity.tomIds as string[]) : []
        if (tomIds.includes(input.tomId)) continue
        // One update per entity, so each gets its own audit entry; the version guards the read above.
        updateEntity(db, ctx.actor(), input.kind, id, { tomIds: [...tomIds, input.tomId] }, entity.version, now)
        updated++
      }
      return { updated }
    })
}
