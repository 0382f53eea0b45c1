import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OccurrenceView } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../../api'
import { Spinner } from '../../../components/Spinner'
import { SegmentedControl } from '../../../components/SegmentedControl'
import { errorText } from '../../../errors'
import { formatNumber } from '../../../format'
import { DialogHeader } from '../../../components/DialogHeader'

type Scope = 'article' | 'archive'

interface Props {
  articleId: string
  annotationId: string
  exact: string
  type: string
  onConfirm: (items: OccurrenceView[]) => Promise<void>
  onClose: () => void
}

/** Context shown on one line: paragraph breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ')

const keyOf = (o: OccurrenceView) => `${o.articleId}:${o.source}:${o.start}`

/** Preview of every other occurrence (keyword in context), to untick, then tag them all at once. */
export function TagAllDialog({ articleId, annotationId, exact, type, onConfirm, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const [scope, setScope] = useState<Scope>('article')
  const [found, setFound] = useState<{ scope: Scope; items: OccurrenceView[] } | { scope: Scope; error: AppError } | null>(null)
  const [unticked, setUnticked] = useState<Set<string>>(new Set())
  const [saving, setSaving] = useState(false)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    void api.findOccurrences({ articleId, annotationId, scope }).then((result) => {
      if (!live) return
      setFound(result.ok ? { scope, items: result.value } : { scope, error: result.error })
    })
    return () => {
      live = false
    }
  }, [articleId, annotationId, scope])
  useEffect(() => panel.current?.focus(), [])

  const current = found?.scope === scope ? found : null
  const items = current && 'items' in current ? current.items : []
  const chosen = items.filter((item) => !unticked.has(keyOf(item)))
  const articles = new Set(items.map((item) => item.articleId)).size
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const toggle = (key: string) =>
    setUnticked((before) => {
      const next = new Set(before)
      if (!next.delete(key)) next.add(key)
      return next
    })

  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onClose())}>
      <div className="modal__panel tag-all" role="dialog" aria-modal="true" aria-labelledby="tag-all-title" tabIndex={-1} ref={panel} data-testid="tag-all-dialog">
        <DialogHeader id="tag-all-title" title={t('annotate:tagAll.title', { exact, type })} onClose={onClose} />
        <div className="modal__body">
          <SegmentedControl
            name="tag-all-scope"
            label={t('annotate:tagAll.scope')}
            value={scope}
            onChange={setScope}
            options={[
              { value: 'article', label: t('annotate:tagAll.scopeArticle') },
              { value: 'archive', label: t('annotate:tagAll.scopeArchive') }
            ]}
          />
          {!current ? (
            <Spinner label={t('annotate:tagAll.searching')} />
          ) : 'error' in current ? (
            <p className="notice notice--error" role="alert">
              {errorText(t, current.error)}
            </p>
          ) : items.length === 0 ? (
            <p className="tag-all__empty">{t('annotate:tagAll.none')}</p>
          ) : (
            <>
              <p className="tag-all__summary" aria-live="polite">
                {t('annotate:tagAll.summary', { count: items.length, articles: t('annotate:tagAll.articles', { count: articles }), chosen: fmt(chosen.length) })}
              </p>
              <ul className="kwic-list" data-testid="occurrences">
                {items.map((item) => {
                  const key = keyOf(item)
                  return (
                    <li key={key} className="kwic-row">
                      <label>
                        <input type="checkbox" checked={!unticked.has(key)} onChange={() => toggle(key)} />
                        <span className="kwic">
                          <span className="kwic__left">
                            <span>{oneLine(item.prefix)}</span>
                          </span>
                          <mark className="kwic__hit">{item.exact}</mark>
                          <span className="kwic__right">{oneLine(item.suffix)}</span>
                        </span>
                        <span className="kwic__title" title={item.articleTitle}>
                          {item.articleTitle}
                        </span>
                      </label>
                    </li>
                  )
                })}
              </ul>
            </>
          )}
        </div>
        <footer className="modal__footer modal__footer--split">
          <button type="button" className="button" onClick={onClose}>
            {t('annotate:tagAll.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={chosen.length === 0 || saving}
            data-testid="tag-all-confirm"
            onClick={async () => {
              setSaving(true)
              await onConfirm(chosen)
              setSaving(false)
            }}
          >
            {t('annotate:tagAll.confirm', { count: chosen.length })}
          </button>
        </footer>
      </div>
    </div>
  )
}
