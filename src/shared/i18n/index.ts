import { catalogsUi } from './messages/catalogs-ui'
import { checks } from './messages/checks'
import { checklists } from './messages/checklists'
import { checklistsUi } from './messages/checklists-ui'
import { cli } from './messages/cli'
import { dashboard } from './messages/dashboard'
import { errors } from './messages/errors'
import { exportsUi } from './messages/exports-ui'
import { forms } from './messages/forms'
import { imports } from './messages/imports'
import { importUi } from './messages/import-ui'
import { mergeUi } from './messages/merge-ui'
import { registryUi } from './messages/registry-ui'
import { ui } from './messages/ui'
import type { Locale, Message } from './types'

export type { Locale, Message, Messages } from './types'

/**
 * The one message catalogue of the app. Each area keeps its own file under messages/; every
 * entry carries all languages, so a missing translation is a type error, not a blank label.
 */
export const messages = {
  ...errors,
  ...checks,
  ...checklists,
  ...cli,
  ...ui,
  ...catalogsUi,
  ...registryUi,
  ...exportsUi,
  ...forms,
  ...imports,
  ...importUi,
  ...mergeUi,
  ...checklistsUi,
  ...dashboard
} as const

export type MessageKey = keyof typeof messages

/** Fills {name} placeholders; unknown placeholders are left visible so a gap is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const message: Message = messages[key]
  const text = (locale === 'de-CH' ? (message['de-CH'] ?? message.de) : message[locale]) ?? message.en
  return format(text, params)
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messages, key)
}
