import type { ReactNode } from 'react'
import { FormText, FormTextArea } from './fields'

/** Name, address, e-mail and phone of a contact object at `path` (GDPR Art. 30(1)(a) style). */
export function ContactFields({ path }: { path: string }): ReactNode {
  return (
    <div className="grid-2">
      <FormText path={`${path}.name`} autoComplete="off" />
      <FormText path={`${path}.email`} type="email" />
      <FormTextArea path={`${path}.address`} rows={2} />
      <FormText path={`${path}.phone`} type="tel" />
    </div>
  )
}
