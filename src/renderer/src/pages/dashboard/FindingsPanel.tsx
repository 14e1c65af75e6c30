import { useEffect, useId, type ReactNode } from 'react'
import type { CheckEntityKind } from '../../../../shared/checks'
import { call } from '../../api/client'
import { useLoad } from '../../hooks/useLoad'
import { useI18n } from '../../i18n/I18nContext'
import { FindingsList } from './FindingsList'
import { FOCUS_FIELD_KEY, focusFieldPath } from './findings'
import './dashboard.css'

/**
 * After a fix-it link (dashboard → detail page): focus the field the finding names, once. The
 * link put its path into sessionStorage; it is removed at once so a reload does not jump again.
 */
export function useFocusFieldFromLink(): void {
  useEffect(() => {
    let field: string | null = null
    try {
      field = sessionStorage.getItem(FOCUS_FIELD_KEY)
      sessionStorage.removeItem(FOCUS_FIELD_KEY)
    } catch {
      return undefined
    }
    if (!field) return undefined
    const path = field
    // After the page has put focus on its heading.
    const timer = window.setTimeout(() => focusFieldPath(path), 0)
    return () => window.clearTimeout(timer)
  }, [])
}

/** The findings about one entity, above its form; reloads when `round` changes (after a save). */
export function FindingsPanel({ kind, id, round }: { kind: CheckEntityKind; id: string; round: number }): ReactNode {
  const { t } = useI18n()
  const headingId = useId()
  useFocusFieldFromLink()
  const findings = useLoad(`checks.entity:${kind}:${id}:${round}`, () => call('checks.entity', { kind, id }))
  const list = findings.data ?? []
  if (list.length === 0) return null
  const open = list.filter((f) => !f.acknowledged).length
  const worst = list.some((f) => !f.acknowledged && f.severity === 'error') ? 'error' : open > 0 ? 'warning' : 'info'
  return (
    <section className={`findings-panel findings-panel-${worst}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('findings.panel', { count: open })}</h2>
      <FindingsList
        findings={list}
        onChanged={findings.reload}
        showEntity={false}
        label={t('findings.panel', { count: open })}
        emptyText={t('findings.panelNone')}
        onFix={(f) => {
          focusFieldPath(f.field)
          return true
        }}
      />
    </section>
  )
}
