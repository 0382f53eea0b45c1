import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../../components/Icon'
import { SegmentedControl } from '../../../components/SegmentedControl'
import { errorText } from '../../../errors'
import { Highlighted } from './Highlighted'
import { memoryApi, type ConcordanceHitView } from './memory-api'
import { TmxActions } from './TmxActions'
import '../../../styles/memory.css'
import { DialogHeader } from '../../../components/DialogHeader'

interface Props {
  articleId: string
  /** The text to look for at once (the selection when the dialog opened). */
  initial: string
  onClose: () => void
}

const PAUSE_MS = 200

/** The translation memory: a concordance search over either side (CJK-aware), and TMX in and out. */
export function MemoryDialog({ articleId, initial, onClose }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState(initial)
  const [side, setSide] = useState<'source' | 'target'>('source')
  const [asked, setAsked] = useState(0)
  const text = query.trim()
  const key = `${text}\n${side}\n${asked}`
  const [found, setFound] = useState<{ key: string; hits: ConcordanceHitView[]; error: string | null } | null>(null)
  const hits = text === '' || found === null ? null : found.hits
  const error = found?.key === key ? found.error : null
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    field.current?.focus()
    field.current?.select()
    return () => before?.focus({ preventScroll: true })
  }, [])
  // Esc closes it wherever the focus is (after a download it may be on the page itself).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onClose])

  useEffect(() => {
    if (text === '') return
    let live = true
    const timer = setTimeout(() => {
      void memoryApi.memoryConcordance({ text: text.slice(0, 500), side, limit: 100 }).then((result) => {
        if (live) setFound({ key, hits: result.ok ? result.value.hits : [], error: result.ok ? null : errorText(t, result.error) })
      })
    }, PAUSE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [text, side, key, t])

  return (
    <div className="modal" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div className="modal__panel tm-dialog" role="dialog" aria-modal="true" aria-labelledby="memory-title" data-testid="memory-dialog">
        <DialogHeader id="memory-title" title={t('translate:memory.title')} onClose={onClose} />
        <div className="modal__body tm-dialog__body">
          <div className="tm-search">
            <label className="tm-search__field">
              <Icon name="search" size={16} />
              <span className="sr-only">{t('translate:memory.searchLabel')}</span>
              <input ref={field} className="input" type="search" value={query} placeholder={t('translate:memory.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} data-testid="concordance-input" />
            </label>
            <SegmentedControl
              name="concordance-side"
              label={t('translate:memory.side')}
              value={side}
              onChange={setSide}
              options={[
                { value: 'source', label: t('translate:memory.sideSource') },
                { value: 'target', label: t('translate:memory.sideTarget') }
              ]}
            />
          </div>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          {hits !== null && (
            <p className="tm-search__count" role="status" data-testid="concordance-count">
              {t('translate:memory.hits', { count: hits.length })}
            </p>
          )}
          {hits !== null && hits.length > 0 && (
            <ul className="tm-hits" data-testid="concordance-hits">
              {hits.map((hit, i) => (
                <li key={i} className="tm-hit-row" data-testid="concordance-hit">
                  <span className="tm-hit-row__source">{hit.side === 'source' ? <Highlighted text={hit.source} ranges={hit.ranges} lang={hit.sourceLang} /> : <span lang={hit.sourceLang}>{hit.source}</span>}</span>
                  <span className="tm-hit-row__target">{hit.side === 'target' ? <Highlighted text={hit.target} ranges={hit.ranges} lang={hit.targetLang} /> : <span lang={hit.targetLang}>{hit.target}</span>}</span>
                  <span className="tm-hit-row__origin">{hit.articleTitle === null ? t('translate:memory.fromTmx') : t('translate:memory.fromArticle', { title: hit.articleTitle })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <TmxActions articleId={articleId} onImported={() => setAsked((n) => n + 1)} />
      </div>
    </div>
  )
}
