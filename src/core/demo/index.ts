import type { InputOf, MethodName, OutputOf } from '../../shared/api'
import type { RegistryKind } from '../../shared/model'
import { buildDemoData, type DemoData, type DemoRetention, type DemoTransfer } from './demo-data'

export { buildDemoData } from './demo-data'
export type { DemoData } from './demo-data'

/** Calls one contract method; the caller decides how errors surface (the seed expects a throw). */
export type CallContract = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>

/** How many entities of each registry the demo created. */
export type DemoSummary = { [K in RegistryKind]: number }

/**
 * Fills the open workspace with the demo company "Helvetia Shop AG". Everything goes through the
 * public contract, in dependency order, so the audit trail records each entity like a user's edit:
 * organisation, data subjects, data categories, recipients, TOMs, systems, activities, processor
 * activities. The symbolic keys of the demo data are resolved to the ids the core returns.
 */
export async function seedDemo(call: CallContract, data: DemoData = buildDemoData()): Promise<DemoSummary> {
  await call('organisation.update', { changes: data.organisation })

  const createAll = async <T>(entries: Record<string, T>, create: (entry: T) => Promise<{ id: string }>): Promise<Map<string, string>> => {
    const ids = new Map<string, string>()
    for (const [key, entry] of Object.entries(entries)) ids.set(key, (await create(entry)).id)
    return ids
  }
  const resolver =
    (kind: string, ids: Map<string, string>) =>
    (key: string): string => {
      const id = ids.get(key)
      if (id === undefined) throw new Error(`demo data: unknown ${kind} key "${key}"`)
      return id
    }

  const dataSubjectIds = await createAll(data.dataSubjects, (d) => call('dataSubjects.create', { data: d }))
  const dataCategoryIds = await createAll(data.dataCategories, (d) => call('dataCategories.create', { data: d }))
  const recipientIds = await createAll(data.recipients, (d) => call('recipients.create', { data: d }))
  const tomIds = await createAll(data.toms, (d) => call('toms.create', { data: d }))

  const dataSubject = resolver('data subject', dataSubjectIds)
  const dataCategory = resolver('data category', dataCategoryIds)
  const recipient = resolver('recipient', recipientIds)
  const tom = resolver('TOM', tomIds)

  const systemIds = await createAll(data.systems, ({ vendor, toms, ...rest }) =>
    call('systems.create', { data: { ...rest, vendorId: vendor === null ? null : recipient(vendor), tomIds: toms.map(tom) } })
  )
  const system = resolver('system', systemIds)

  const transfer = ({ recipient: key, ...rest }: DemoTransfer) => ({ ...rest, recipientId: key === null ? null : recipient(key) })
  const retention = ({ dataCategory: key, ...rest }: DemoRetention) => ({ ...rest, dataCategoryId: key === null ? null : dataCategory(key) })

  for (const { dataSubjects, dataCategories, recipients, systems, toms, transfers = [], retention: rules = [], ...rest } of data.activities) {
    await call('activities.create', {
      data: {
        ...rest,
        dataSubjectIds: dataSubjects.map(dataSubject),
        dataCategoryIds: dataCategories.map(dataCategory),
        recipientIds: recipients.map(recipient),
        systemIds: systems.map(system),
        tomIds: toms.map(tom),
        transfers: transfers.map(transfer),
        retention: rules.map(retention)
      }
    })
  }

  for (const { subProcessors, systems, toms, transfers = [], ...rest } of data.processorActivities) {
    await call('processorActivities.create', {
      data: {
        ...rest,
        subProcessorIds: subProcessors.map(recipient),
        systemIds: systems.map(system),
        tomIds: toms.map(tom),
        transfers: transfers.map(transfer)
      }
    })
  }

  return {
    activities: data.activities.length,
    processorActivities: data.processorActivities.length,
    dataCategories: dataCategoryIds.size,
    dataSubjects: dataSubjectIds.size,
    recipients: recipientIds.size,
    systems: systemIds.size,
    toms: tomIds.size
  }
}
