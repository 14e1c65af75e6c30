import { useEffect } from 'react'
import { useI18n } from '../i18n/I18nContext'

/** Keeps <html lang> and the window title in the UI language (screen readers, hyphenation). */
export function DocumentLanguage(): null {
  const { locale, t } = useI18n()
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = t('app.name')
  }, [locale, t])
  return null
}
