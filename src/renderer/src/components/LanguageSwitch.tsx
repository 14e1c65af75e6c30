import type { ReactNode } from 'react'
import { Language } from '../../../shared/model'
import { useI18n } from '../i18n/I18nContext'

/** The UI language, switchable everywhere; the choice is stored in the settings. */
export function LanguageSwitch(): ReactNode {
  const { language, setLanguage, t } = useI18n()
  return (
    <div className="language-switch">
      <label htmlFor="ui-language">{t('header.language')}</label>
      <select id="ui-language" value={language} onChange={(e) => setLanguage(Language.parse(e.target.value))}>
        {Language.options.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
