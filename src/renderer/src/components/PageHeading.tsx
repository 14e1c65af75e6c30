import type { ReactNode } from 'react'

/** A page's h1; focusable from script so navigation can move focus to it. */
export function PageHeading({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }): ReactNode {
  return (
    <div className="page-heading">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  )
}
