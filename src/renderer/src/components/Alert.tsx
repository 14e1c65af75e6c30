import type { ReactNode } from 'react'

/** An error the user must notice; role="alert" makes screen readers announce it at once. */
export function Alert({ message }: { message: string | null }): ReactNode {
  if (!message) return null
  return (
    <div role="alert" className="alert alert-error">
      {message}
    </div>
  )
}

/** Quiet confirmation (saved, verified …), announced politely. */
export function Notice({ message, tone = 'success' }: { message: string | null; tone?: 'success' | 'warning' }): ReactNode {
  return (
    <div role="status" className={message ? `alert alert-${tone}` : 'status-empty'}>
      {message}
    </div>
  )
}
