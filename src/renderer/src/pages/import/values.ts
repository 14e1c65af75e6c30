import { ImportField } from '../../../../shared/imports'
import type { MessageKey } from '../../../../shared/i18n'
import type { Translate } from '../../i18n/I18nContext'

/** Every field a column can feed, in the contract's order ("ignore" first). */
export const importFields: readonly ImportField[] = ImportField.options

export const fieldText = (t: Translate, field: string): string => t(`imp.field.${field}` as MessageKey)

/** A parsed value or a diff side as short text: lists joined, objects as compact JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join('; ')
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj.name === 'string') return obj.name
    return JSON.stringify(value)
  }
  return String(value)
}

/** A file from an <input type=file> as base64 (without the data: prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result ?? '')
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}
