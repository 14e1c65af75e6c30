import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { translate, type Locale, type MessageKey } from '../../../shared/i18n'
import type { Language } from '../../../shared/model'

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

export interface I18n {
  readonly locale: Locale
  readonly language: Language
  readonly t: Translate
  /** Switches the UI language and keeps the choice (settings.update). */
  readonly setLanguage: (language: Language) => void
}

/**
 * The UI speaks the user's language; a Swiss workspace (the core decides: a Swiss organisation
 * or revDSG only) gets Swiss German terminology ("Bearbeitung", "Massnahmen", no ß).
 */
export function localeFor(language: Language, swiss: boolean): Locale {
  return language === 'de' && swiss ? 'de-CH' : language
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider(props: {
  language: Language
  swiss: boolean
  setLanguage: (language: Language) => void
  children: ReactNode
}): ReactNode {
  const { language, swiss, setLanguage, children } = props
  const locale = localeFor(language, swiss)
  const value = useMemo<I18n>(
    () => ({ locale, language, setLanguage, t: (key, params) => translate(locale, key, params) }),
    [locale, language, setLanguage]
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}

export function useT(): Translate {
  return useI18n().t
}
