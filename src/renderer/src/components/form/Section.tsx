import { useId, type ReactNode } from 'react'
import type { Regime } from '../../../../shared/model'
import type { MessageKey } from '../../../../shared/i18n'
import { useT } from '../../i18n/I18nContext'
import { useForm } from './FormContext'

const regimeOfRef = (key: string): Regime => (key.startsWith('ref.gdpr') ? 'gdpr' : 'revdsg')

/**
 * A part of a form under a heading that names its legal basis, e.g. "Purposes — GDPR Art.
 * 30(1)(b) / FADP Art. 12(2)(b)": only the references of the workspace's regimes are shown.
 */
export function Section({ title, refs = [], intro, children }: { title: string; refs?: readonly MessageKey[]; intro?: ReactNode; children: ReactNode }): ReactNode {
  const t = useT()
  const { regimes } = useForm()
  const id = useId()
  const shown = refs.filter((key) => regimes.includes(regimeOfRef(key))).map((key) => t(key))
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {shown.length > 0 ? <span className="legal-ref"> — {shown.join(' / ')}</span> : null}
      </h2>
      {intro ? <div className="section-intro">{intro}</div> : null}
      {children}
    </section>
  )
}
