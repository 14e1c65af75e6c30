import type { ListQuery } from '../../../../shared/api'
import type { RegistryKind } from '../../../../shared/model'
import { call } from '../../api/client'

/**
 * The registry methods with the kind chosen at run time. The typed client needs a literal method
 * name; these wrappers give one shape for every kind (the contract still validates both ways).
 */
export interface AnyEntity {
  readonly id: string
  readonly ref: string
  readonly version: number
  readonly name: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly archivedAt: string | null
  readonly [field: string]: unknown
}

export interface UsageRow {
  readonly kind: RegistryKind
  readonly id: string
  readonly ref: string
  readonly name: string
  readonly path: string
}

const send = call as unknown as (method: string, input: unknown) => Promise<unknown>

export const getEntity = (kind: RegistryKind, id: string): Promise<AnyEntity> => send(`${kind}.get`, { id }) as Promise<AnyEntity>

export const listEntities = (kind: RegistryKind, query: ListQuery): Promise<{ rows: AnyEntity[]; total: number }> =>
  send(`${kind}.list`, query) as Promise<{ rows: AnyEntity[]; total: number }>

export const createEntity = (kind: RegistryKind, data: Record<string, unknown>): Promise<AnyEntity> =>
  send(`${kind}.create`, { data }) as Promise<AnyEntity>

export const updateEntity = (kind: RegistryKind, id: string, expectedVersion: number, changes: Record<string, unknown>): Promise<AnyEntity> =>
  send(`${kind}.update`, { id, expectedVersion, changes }) as Promise<AnyEntity>

export const archiveEntity = (kind: RegistryKind, id: string): Promise<unknown> => send(`${kind}.archive`, { ids: [id] })

export const restoreEntity = (kind: RegistryKind, id: string): Promise<unknown> => send(`${kind}.restore`, { ids: [id] })

export const usageOf = (kind: RegistryKind, id: string): Promise<UsageRow[]> => send(`${kind}.usage`, { id }) as Promise<UsageRow[]>
