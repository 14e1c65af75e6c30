import type { ReactNode } from 'react'
import type { MergeCandidate } from '../../../../../shared/imports'
import { keyText } from '../../../i18n/format'
import { useT } from '../../../i18n/I18nContext'
import { diffText } from './diffText'

/** A conflict's fields side by side: as they are here, and as the other workspace has them. */
export function DiffTable({ candidate }: { candidate: MergeCandidate }): ReactNode {
  const t = useT()
  return (
    <div className="merge-diff">
      <table>
        <caption className="visually-hidden">{t('merge.diff.caption', { name: candidate.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('merge.diff.field')}</th>
            <th scope="col">{t('merge.diff.here')}</th>
            <th scope="col">{t('merge.diff.other')}</th>
          </tr>
        </thead>
        <tbody>
          {candidate.diff.map((d) => (
            <tr key={d.field}>
              <th scope="row">{keyText(t, `field.${candidate.kind}.${d.field}`, d.field)}</th>
              <td className="merge-before">{diffText(t, d.before) || t('imp.empty')}</td>
              <td className="merge-after">{diffText(t, d.after) || t('imp.empty')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
