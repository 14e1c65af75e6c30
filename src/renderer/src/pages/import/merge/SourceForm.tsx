import { useState, type FormEvent, type ReactNode } from 'react'
import type { OutputOf } from '../../../../../shared/api'
import { registryKinds, type RegistryKind } from '../../../../../shared/model'
import { call } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { TextField } from '../../../components/TextField'
import { useFieldForm } from '../../../components/useFieldForm'
import { useT } from '../../../i18n/I18nContext'

const fieldNames = ['file', 'passphrase', 'kinds'] as const
type Field = (typeof fieldNames)[number]
const idOf = (f: Field): string => `merge-${f}`

/** The file and passphrase a preview was made with: the merge must read the same file again. */
export interface Source {
  readonly file: string
  readonly passphrase: string
}

interface Props {
  readonly onLoaded: (source: Source, preview: OutputOf<'imports.mergePreview'>) => void
  /** The fields changed after a preview: it no longer belongs to them. */
  readonly onEdited: () => void
}

/**
 * Step 1: the other workspace's file, its passphrase and the registries to compare. Refusals go
 * next to their field: a missing or foreign file (and the open workspace itself) to the file,
 * a wrong passphrase to the passphrase.
 */
export function SourceForm({ onLoaded, onEdited }: Props): ReactNode {
  const t = useT()
  const [file, setFile] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [kinds, setKinds] = useState<ReadonlySet<RegistryKind>>(new Set(registryKinds))
  const form = useFieldForm(fieldNames, idOf)
  const { errors, busy } = form

  const edit = <T,>(set: (v: T) => void) => (v: T): void => {
    set(v)
    onEdited()
  }

  const toggle = (kind: RegistryKind, on: boolean): void => {
    const next = new Set(kinds)
    if (on) next.add(kind)
    else next.delete(kind)
    edit(setKinds)(next)
  }

  const onSubmit = (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const required = t('validation.required')
    return form.submit(
      { file: !file.trim() && required, passphrase: !passphrase && required, kinds: kinds.size === 0 && t('merge.kindsNone') },
      async () => {
        const source = { file: file.trim(), passphrase }
        const all = kinds.size === registryKinds.length
        onLoaded(source, await call('imports.mergePreview', { ...source, ...(all ? {} : { kinds: registryKinds.filter((k) => kinds.has(k)) }) }))
      },
      (error) => {
        const placed = form.place(error, {
          FILE_NOT_FOUND: 'file',
          NOT_A_WORKSPACE: 'file',
          DAMAGED: 'file',
          NEWER_VERSION: 'file',
          ALREADY_OPEN: 'file',
          PERMISSION_DENIED: 'file',
          WRONG_PASSPHRASE: 'passphrase'
        })
        // The core's wording speaks of "this workspace"; here it is the other one.
        return error.code === 'WRONG_PASSPHRASE' ? { ...placed, fields: { ...placed.fields, passphrase: t('merge.wrongPassphrase') } } : placed
      }
    )
  }

  return (
    <section className="card imp-step" aria-labelledby="merge-source-heading">
      <h2 id="merge-source-heading">{t('merge.source.heading')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={busy} className="merge-source">
        <Alert message={errors.general} />
        <TextField id={idOf('file')} label={t('merge.file')} hint={t('merge.fileHint')} value={file} onChange={edit(setFile)} error={errors.fields.file} autoComplete="off" />
        <TextField
          id={idOf('passphrase')}
          label={t('merge.passphrase')}
          type="password"
          value={passphrase}
          onChange={edit(setPassphrase)}
          error={errors.fields.passphrase}
          autoComplete="off"
        />
        <fieldset className="field merge-kinds" aria-describedby={errors.fields.kinds ? 'merge-kinds-error' : undefined}>
          <legend>{t('merge.kinds')}</legend>
          {registryKinds.map((kind, i) => (
            <label key={kind} className="check">
              <input id={i === 0 ? idOf('kinds') : undefined} type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
              <span>{t(`nav.${kind}`)}</span>
            </label>
          ))}
          {errors.fields.kinds ? (
            <p id="merge-kinds-error" className="field-error">
              {errors.fields.kinds}
            </p>
          ) : null}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('merge.loading') : t('merge.load')}
          </button>
        </div>
      </form>
    </section>
  )
}
