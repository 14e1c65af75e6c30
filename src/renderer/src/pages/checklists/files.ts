import { label } from '../../../../shared/catalog'
import type { Label } from '../../../../shared/catalog'
import type { Locale } from '../../../../shared/i18n'

/** A file's bytes as base64 (chunked, so large files do not overflow the argument list). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

/** Hands a blob to the browser as a download with the given name. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const text = (locale: Locale, value: Label | null | undefined): string => (value ? label(value, locale) : '')

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export const percent = (value: number | null): string | null => (value === null ? null : String(Math.round(value * 100)))

export const fileToText = (file: Blob): Promise<string> => file.text()
