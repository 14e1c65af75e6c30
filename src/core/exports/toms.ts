import type { ExportResult } from '../../shared/exports'
import type { Language, Tom } from '../../shared/model'
import { catalogs } from '../catalogs'
import type { Context } from '../context'
import { collectDataInSlices, type Entity, type Snapshot } from './collect'
import { snapshotOf } from './snapshot'
import { fileNameOf } from './files'
import type { ExportDocument, Section } from './model'
import { exportIds, finishExport, generator, readerOf, renderOffloaded, type ExportControl } from './run'
import { citeRef, words, type Words } from './words'

export interface TomsRequest {
  readonly groupBy: 'controlArea' | 'sdmGoal'
  readonly onlyImplemented: boolean
  readonly format: 'pdf' | 'docx'
  readonly lang: Language
}

type TomEntity = Tom & Entity

/**
 * The TOM annex to an Art. 28 contract: the organisation's measures grouped by the classic control
 * areas or by the SDM protection goals. Archived measures and those marked "not applicable" are
 * left out; on request only implemented ones are listed.
 */
export function tomsDocument(snapshot: Snapshot, request: TomsRequest, w: Words, ids: { documentId: string; generatedAt: string; author: string }): ExportDocument {
  const org = snapshot.organisation
  const toms = (snapshot.ofKind('toms') as TomEntity[]).filter((t) => t.archivedAt === null && t.status !== 'not_applicable' && (!request.onlyImplemented || t.status === 'implemented'))
  const groups =
    request.groupBy === 'controlArea'
      ? catalogs.taxonomies.controlAreas.map((g) => ({ code: g.code as string, label: w.label(g), description: w.label(g.description), ref: g.ref, of: (t: TomEntity) => t.controlAreas }))
      : [...catalogs.taxonomies.sdmGoals]
          .sort((a, b) => a.number - b.number)
          .map((g) => ({ code: g.code as string, label: `${g.number}. ${w.label(g)}`, description: w.label(g.description), ref: g.ref, of: (t: TomEntity) => t.sdmGoals }))
  const known = new Set(groups.map((g) => g.code))
  const withStatus = !request.onlyImplemented
  const columns = [
    { header: w.t('col.ref'), width: 1.1 },
    { header: w.t('col.measure'), width: 3 },
    { header: w.t('col.description'), width: 5 },
    ...(withStatus ? [{ header: w.t('col.status'), width: 1.5 }] : [])
  ]
  const row = (t: TomEntity): string[] => [t.ref, t.name, t.description, ...(withStatus ? [w.t(`tomStatus.${t.status}`)] : [])]
  const sections: Section[] = [
    {
      id: 'intro',
      level: 1,
      title: w.t(`toms.scope.${request.groupBy}`),
      newPage: false,
      blocks: [
        { type: 'paragraph', text: w.t('toms.intro', { org: org.name }) },
        { type: 'paragraph', text: w.t(request.onlyImplemented ? 'toms.introImplemented' : 'toms.introStatus') },
        { type: 'paragraph', text: w.t('toms.introMultiple') }
      ]
    }
  ]
  const groupSections = groups.map((g) => ({ code: g.code, title: g.label, description: g.description, ref: g.ref, items: toms.filter((t) => g.of(t).includes(g.code)) }))
  const others = toms.filter((t) => !(request.groupBy === 'controlArea' ? t.controlAreas : t.sdmGoals).some((c) => known.has(c)))
  if (others.length) groupSections.push({ code: 'other', title: w.t('toms.other'), description: '', ref: '', items: others })
  groupSections.forEach((g) => {
    sections.push({
      id: `group-${g.code}`,
      level: 1,
      title: g.title,
      newPage: false,
      blocks: [
        ...(g.description ? [{ type: 'paragraph' as const, text: w.t('toms.objective', { text: g.description }) }] : []),
        ...(g.ref ? [{ type: 'paragraph' as const, text: citeRef(g.ref, w.locale), style: 'note' as const }] : []),
        g.items.length ? { type: 'table' as const, columns, rows: g.items.map(row) } : { type: 'paragraph' as const, text: w.t('toms.none') }
      ]
    })
  })
  const regimes = org.regimes.length === 2 ? 'both' : org.regimes[0]
  const edition = [w.t(`toms.scope.${request.groupBy}`), ...(request.onlyImplemented ? [w.t('toms.scope.onlyImplemented')] : [])].join(', ')
  return {
    meta: {
      lang: w.lang,
      locale: w.locale,
      title: w.t('title.toms'),
      subtitle: w.t(`subtitle.toms.${regimes}`),
      edition,
      confidential: null,
      organisation: org.name,
      documentId: ids.documentId,
      cover: [
        [w.t('cover.organisation'), org.name],
        [w.t('cover.documentId'), ids.documentId],
        [w.t('cover.revision'), w.t('cover.revisionValue', { seq: snapshot.head.seq })],
        [w.t('cover.date'), w.dateTime(ids.generatedAt)],
        [w.t('cover.entries'), w.number(toms.length)],
        [w.t('cover.scope'), edition],
        [w.t('cover.createdBy'), ids.author],
        [w.t('cover.auditHead'), snapshot.head.head],
        [w.t('cover.generator'), `${generator.name} ${generator.version} · ${w.t('cover.catalog')} ${catalogs.catalogVersion}`]
      ],
      coverNote: w.t('cover.integrity'),
      labels: { contents: w.t('toc'), page: w.t('footer.page'), continued: w.t('continued') },
      properties: { author: org.name, subject: `${w.t('title.toms')} – ${w.t(`subtitle.toms.${regimes}`)}`, keywords: `${ids.documentId} ${snapshot.head.head}` }
    },
    sections
  }
}

/** exports.toms */
export async function exportToms(ctx: Context, request: TomsRequest, control: ExportControl = {}): Promise<ExportResult> {
  const { onProgress } = control
  const owner = ctx.session.require()
  onProgress?.({ phase: 'collect', done: 0, total: 1 })
  const snapshot = snapshotOf(await collectDataInSlices(readerOf(ctx, owner)))
  const { exportId, at, documentId } = exportIds('toms')
  const w = words(request.lang, { regime: null, swissOrg: snapshot.swiss })
  const document = tomsDocument(snapshot, request, w, { documentId, generatedAt: at.toISOString(), author: ctx.actor().author })
  const bytes = await renderOffloaded(ctx, owner, document, request.format, control)
  return finishExport(
    ctx,
    bytes,
    {
      id: exportId,
      at: at.toISOString(),
      what: 'toms',
      format: request.format,
      lang: request.lang,
      regime: null,
      depth: null,
      scope: { groupBy: request.groupBy, onlyImplemented: request.onlyImplemented },
      auditHead: snapshot.head.head
    },
    fileNameOf('toms', request.lang, snapshot.organisation.name, at, request.format),
    onProgress
  )
}
