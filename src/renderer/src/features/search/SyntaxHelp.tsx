import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** The syntax, one example per row: what to type, and what it finds (translated). */
const ROWS: Array<{ example: string; key: string }> = [
  { example: 'water supply', key: 'words' },
  { example: '"Yulong Lake"', key: 'phrase' },
  { example: '-flood', key: 'exclude' },
  { example: '志愿', key: 'chinese' },
  { example: 'title:notice', key: 'titleField' },
  { example: 'lang:zh', key: 'lang' },
  { example: 'date:2023-03..2024', key: 'date' },
  { example: 'type:PERSON', key: 'type' },
  { example: 'entity:"Hu Tao"', key: 'entity' },
  { example: 'status:final', key: 'status' },
  { example: 'has:annotations', key: 'has' }
]

/** A "?" beside the search box opening the syntax; Escape or a click outside closes it. */
export function SyntaxHelp() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => !box.current?.contains(event.target as Node) && setOpen(false)
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div className="syntax-help" ref={box} onKeyDown={(event) => event.key === 'Escape' && open && (event.stopPropagation(), setOpen(false))}>
      <button
        type="button"
        className="button button--small button--ghost syntax-help__button"
        aria-expanded={open}
        aria-controls="search-syntax"
        onClick={() => setOpen((now) => !now)}
        title={t('search:help.button')}
        aria-label={t('search:help.button')}
        data-testid="search-syntax-button"
      >
        ?
      </button>
      {open && (
        <div id="search-syntax" className="syntax-help__popover floating-panel" role="dialog" aria-label={t('search:help.title')}>
          <h2 className="syntax-help__title">{t('search:help.title')}</h2>
          <dl className="syntax-help__rows">
            {ROWS.map((row) => (
              <div key={row.key} className="syntax-help__row">
                <dt>
                  <code>{row.example}</code>
                </dt>
                <dd>{t(`search:help.${row.key}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  )
}
