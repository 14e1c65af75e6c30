import type { ReactNode } from 'react'

/** What a new user sees instead of an empty table: what belongs here and what to do. */
export function EmptyState({ title, text, children }: { title: string; text?: string; children?: ReactNode }): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {text ? <p>{text}</p> : null}
      {children}
    </div>
  )
}
