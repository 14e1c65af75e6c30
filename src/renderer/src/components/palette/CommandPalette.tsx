import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { OutputOf } from '../../../../shared/api'
import { registryKinds } from '../../../../shared/model'
import { call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { useDebounced } from '../../hooks/useDebounced'
import { useLoad } from '../../hooks/useLoad'
import { navigate, type Page } from '../../hooks/useRoute'
import { useI18n } from '../../i18n/I18nContext'
import './palette.css'

type Hit = OutputOf<'search.query'>[number]
type Item = { readonly type: 'entry'; readonly hit: Hit } | { readonly type: 'command'; readonly id: string; readonly label: string; readonly run: () => void }

const LIST_ID = 'palette-list'
const optionId = (i: number): string => `palette-option-${i}`

/** Opens and closes with Ctrl+K / Cmd+K anywhere in the open workspace. */
function useToggleShortcut(toggle: () => void): void {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        toggle()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggle])
}

/**
 * The command palette (Ctrl+K / Cmd+K): a modal dialog with one combobox that searches every
 * registry (search.query) and offers navigation commands. Arrow keys choose, Enter opens the
 * entry (#/<kind>/<id>) or runs the command, Esc closes and gives focus back.
 */
export function CommandPalette(): ReactNode {
  const { t } = useI18n()
  const { lock } = useApp()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  /** Where focus goes back to when the palette closes without going anywhere. */
  const [returnTo, setReturnTo] = useState<HTMLElement | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)

  const query = text.trim()
  const settled = useDebounced(query, 120)
  const hits = useLoad(open && settled ? `search\u0000${settled}` : null, () => call('search.query', { query: settled, limit: 25 }))
  const searching = query !== '' && (settled !== query || hits.loading)

  const close = useCallback((restore: boolean) => {
    setOpen(false)
    if (!restore) setReturnTo(null)
  }, [])
  const toggle = useCallback(() => {
    setOpen((o) => {
      if (!o) {
        setReturnTo(document.activeElement as HTMLElement | null)
        setText('')
        setActive(0)
      }
      return !o
    })
  }, [])
  useToggleShortcut(toggle)

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) {
      el.showModal()
      input.current?.focus()
    } else if (!open && el.open) {
      el.close()
      if (returnTo && document.contains(returnTo)) returnTo.focus()
    }
  }, [open, returnTo])

  const commands = useMemo<Item[]>(() => {
    const go = (page: Page, id?: string) => () => {
      close(false)
      navigate(page, id)
    }
    return [
      { type: 'command', id: 'new-activity', label: t('rv.new.activities'), run: go('activities', 'new') },
      ...registryKinds.map((kind): Item => ({ type: 'command', id: `go-${kind}`, label: t('palette.goTo', { name: t(`nav.${kind}`) }), run: go(kind) })),
      ...(['overview', 'catalogs', 'organisation', 'audit', 'settings'] as const).map(
        (page): Item => ({ type: 'command', id: `go-${page}`, label: t('palette.goTo', { name: t(`nav.${page}`) }), run: go(page) })
      ),
      {
        type: 'command',
        id: 'lock',
        label: t('palette.lock'),
        run: () => {
          close(false)
          void lock()
        }
      }
    ]
  }, [t, close, lock])

  const items = useMemo<Item[]>(() => {
    const needle = query.toLocaleLowerCase()
    const matching = needle ? commands.filter((c) => c.type === 'command' && c.label.toLocaleLowerCase().includes(needle)) : commands
    const entries: Item[] = query && hits.data ? hits.data.map((hit) => ({ type: 'entry', hit })) : []
    return [...entries, ...matching]
  }, [commands, hits.data, query])
  const current = Math.min(active, Math.max(0, items.length - 1))

  const runItem = useCallback(
    (item: Item | undefined) => {
      if (!item) return
      if (item.type === 'command') item.run()
      else {
        close(false)
        navigate(item.hit.kind, item.hit.id)
      }
    },
    [close]
  )

  useEffect(() => {
    if (open) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' })
  }, [current, open])

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const last = items.length - 1
    if (e.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1)
    else if (e.key === 'ArrowUp') setActive(current <= 0 ? last : current - 1)
    else if (e.key === 'Home' && e.ctrlKey) setActive(0)
    else if (e.key === 'End' && e.ctrlKey) setActive(last)
    else if (e.key === 'Enter') {
      if (!searching) runItem(items[current])
      else {
        // Enter before the search answered: ask now and open the best match.
        const wanted = query
        void call('search.query', { query: wanted, limit: 1 }).then(
          (found) => runItem(found[0] ? { type: 'entry', hit: found[0] } : items[0]),
          () => undefined
        )
      }
    } else return
    e.preventDefault()
  }

  // Focus stays inside: Tab cycles between the search box and the close button.
  const trap = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Tab') return
    e.preventDefault()
    ;(document.activeElement === input.current ? closeButton.current : input.current)?.focus()
  }

  const entryCount = items.filter((i) => i.type === 'entry').length
  let status = ''
  if (open) status = searching ? t('palette.searching') : t('palette.count', { count: items.length })

  const renderItem = (item: Item, i: number): ReactNode => {
    const selected = i === current
    const common = {
      id: optionId(i),
      role: 'option' as const,
      'aria-selected': selected,
      className: `palette-option${selected ? ' active' : ''}`,
      onMouseMove: () => (i !== current ? setActive(i) : undefined),
      onClick: () => runItem(item)
    }
    if (item.type === 'command') {
      return (
        <div key={item.id} {...common}>
          <span className="palette-command">{item.label}</span>
        </div>
      )
    }
    const { hit } = item
    return (
      <div key={`${hit.kind}/${hit.id}`} {...common}>
        <span className="palette-kind">{t(`entity.${hit.kind}`)}</span>
        <span className="palette-main">
          <span className="palette-title">
            <span className="palette-ref">{hit.ref}</span> <span className="palette-name">{hit.name}</span>
            {hit.archived ? <span className="badge">{t('palette.archived')}</span> : null}
          </span>
          {hit.snippet ? <span className="palette-snippet">{hit.snippet}</span> : null}
        </span>
      </div>
    )
  }

  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-modal="true"
      aria-labelledby="palette-title"
      onCancel={(e) => {
        e.preventDefault()
        close(true)
      }}
      onKeyDown={trap}
      onClick={(e) => {
        if (e.target === dialog.current) close(true)
      }}
    >
      {open ? (
        <div className="palette-body">
          <div className="palette-head">
            <h2 id="palette-title" className="palette-heading">
              {t('palette.title')}
            </h2>
            <button ref={closeButton} type="button" className="icon-button palette-close" onClick={() => close(true)} aria-label={t('palette.close')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <input
            ref={input}
            className="palette-input"
            type="text"
            role="combobox"
            aria-label={t('palette.input')}
            aria-expanded={items.length > 0}
            aria-controls={LIST_ID}
            aria-autocomplete="list"
            aria-activedescendant={items.length ? optionId(current) : undefined}
            placeholder={t('palette.placeholder')}
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setActive(0)
            }}
            onKeyDown={onKeyDown}
            autoComplete="off"
            spellCheck={false}
          />
          <div id={LIST_ID} role="listbox" aria-label={t('palette.results')} className="palette-list">
            {entryCount > 0 ? (
              <div role="group" aria-label={t('palette.entries')}>
                {items.slice(0, entryCount).map((item, i) => renderItem(item, i))}
              </div>
            ) : null}
            {items.length > entryCount ? (
              <div role="group" aria-label={t('palette.commands')}>
                {items.slice(entryCount).map((item, i) => renderItem(item, entryCount + i))}
              </div>
            ) : null}
          </div>
          {!searching && query && items.length === 0 ? <p className="palette-empty muted">{t('palette.none')}</p> : null}
          <div className="palette-foot">
            <span className="muted">{t('palette.hint')}</span>
            <span role="status" className="palette-status">
              {status}
            </span>
          </div>
        </div>
      ) : null}
    </dialog>
  )
}
