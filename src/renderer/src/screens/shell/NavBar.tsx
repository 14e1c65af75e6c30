import type { ReactNode } from 'react'
import { registryKinds } from '../../../../shared/model'
import type { MessageKey } from '../../../../shared/i18n'
import { hrefOf, type Page } from '../../hooks/useRoute'
import { useT } from '../../i18n/I18nContext'

const sections: ReadonlyArray<{ heading: MessageKey | null; pages: readonly Page[] }> = [
  { heading: null, pages: ['overview'] },
  { heading: 'nav.sectionRegistries', pages: registryKinds },
  { heading: 'nav.sectionWork', pages: ['checklists', 'exports', 'dataflow', 'audit'] },
  { heading: 'nav.sectionWorkspace', pages: ['organisation', 'catalogs', 'import', 'settings'] }
]

/** The left navigation: real links (#/page), the current one marked with aria-current. */
export function NavBar({ current }: { current: Page }): ReactNode {
  const t = useT()
  return (
    <nav className="sidenav" aria-label={t('nav.label')}>
      {sections.map((section, i) => (
        <div key={i} className="nav-section">
          {section.heading ? (
            <p className="nav-heading" id={`nav-section-${i}`}>
              {t(section.heading)}
            </p>
          ) : null}
          <ul aria-labelledby={section.heading ? `nav-section-${i}` : undefined}>
            {section.pages.map((page) => (
              <li key={page}>
                <a href={hrefOf(page)} aria-current={page === current ? 'page' : undefined}>
                  {t(`nav.${page}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
