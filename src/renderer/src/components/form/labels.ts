import { keyText } from '../../i18n/format'
import type { Translate } from '../../i18n/I18nContext'

/** Scopes that have field labels: the registries and the organisation. */
export type LabelScope = string

const contactFields = new Set(['contact', 'representative', 'dpo'])

/**
 * The label of a field, by path: "field.<scope>.<field>" for top-level fields, the shared
 * nested labels for rows (transfers, retention, controllers), DPIA and contacts.
 */
export function fieldLabel(t: Translate, scope: LabelScope, path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p))
  const [head, ...rest] = parts
  const last = rest.at(-1)
  if (last === undefined) {
    const index = path.split('.')[1]
    if ((head === 'purposes' || head === 'processingCategories') && index !== undefined) return t(`list.item.${head}`, { n: Number(index) + 1 })
    return keyText(t, `field.${scope}.${head}`, head)
  }
  if (head === 'transfers') return keyText(t, `field.transfer.${last}`, last)
  if (head === 'retention') return keyText(t, `field.retention.${last}`, last)
  if (head === 'dpia') return keyText(t, `field.dpia.${last}`, last)
  if (head === 'controllers') return keyText(t, last === 'representative' || last === 'dpo' ? `field.controller.${last}` : `field.contact.${last}`, last)
  if (contactFields.has(head)) return keyText(t, `field.contact.${last}`, last)
  return keyText(t, `field.${scope}.${head}`, head)
}

/** A label that also says where a field sits ("Transfer 2 – Country"), for error summaries. */
export function pathLabel(t: Translate, scope: LabelScope, path: string): string {
  const segments = path.split('.')
  const [head, index] = segments
  const own = fieldLabel(t, scope, path)
  const n = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : null
  if (segments.length > 2 && n !== null) {
    if (head === 'transfers') return `${t('transfer.row', { n })} – ${own}`
    if (head === 'retention') return `${t('retention.row', { n })} – ${own}`
    if (head === 'controllers') return `${t('controller.row', { n })} – ${own}`
  }
  if (segments.length === 2 && n !== null && head !== 'purposes' && head !== 'processingCategories') {
    return `${keyText(t, `field.${scope}.${head}`, head)} ${n}`
  }
  if (contactFields.has(head) && segments.length > 1) return `${keyText(t, `field.${scope}.${head}`, head)} – ${own}`
  if (head === 'dpia' && segments.length > 1) return `${keyText(t, `field.${scope}.dpia`, head)} – ${own}`
  return own
}
