import { useEffect, useRef, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { languageName } from '../../format'
import { RowView } from './RowView'
import type { QaFinding, SegmentRow } from './types'

interface Props {
  rows: readonly SegmentRow[]
  monolingual: boolean
  sourceLang: string | null
  lang: string
  engine: string | null
  activeId: string | null
  showDiff: boolean
  findingsByRow: ReadonlyMap<string, QaFinding[]>
  /** The active row's editor. */
  editor: ReactNode
  /** The active row's source (glossary terms, a split point), when it has one. */
  activeSource?: ReactNode
  onActivate: (rowId: string) => void
  /** Bumped to bring the active row into view (a jump from the QA panel, a move by keyboard). */
  scrollSignal: number
}

/**
 * The rows, virtualised: only those near the viewport exist in the DOM, each measured once
 * rendered (rows differ in height), so 2,000 segments scroll and type like 20.
 */
export function SegmentList({ rows, monolingual, sourceLang, lang, engine, activeId, showDiff, findingsByRow, editor, activeSource, onActivate, scrollSignal }: Props) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8
  })
  const activeIndex = activeId ? rows.findIndex((row) => row.id === activeId) : -1

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
    // On a signal only: typing must not scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollSignal])

  return (
    <div className="tr-list" role="grid" aria-label={t('translate:editor.listLabel')} aria-rowcount={rows.length + 1} data-testid="segment-list">
      <div className={`tr-list__head${monolingual ? ' tr-list__head--mono' : ''}`} role="row" aria-rowindex={1}>
        <span role="columnheader" className="tr-list__num">
          {t('translate:editor.columnNumber')}
        </span>
        {!monolingual && <span role="columnheader">{t('translate:editor.columnSource', { lang: languageName(sourceLang ?? '', i18n.language) })}</span>}
        <span role="columnheader">{monolingual ? t('translate:editor.columnPostEdit', { lang: languageName(lang, i18n.language) }) : t('translate:editor.columnTarget', { lang: languageName(lang, i18n.language) })}</span>
      </div>
      <div className="tr-list__body" ref={scroller} role="rowgroup" tabIndex={0}>
        {rows.length === 0 ? (
          <p className="tr-list__none">{t('translate:editor.noRows')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as SegmentRow
              const active = row.id === activeId
              return (
                <div key={item.key} className="tr-list__slot" style={{ transform: `translateY(${item.start}px)` }}>
                  <RowView
                    row={row}
                    position={item.index}
                    monolingual={monolingual}
                    sourceLang={sourceLang}
                    lang={lang}
                    engine={engine}
                    active={active}
                    showDiff={showDiff}
                    findings={findingsByRow.get(row.id)}
                    editor={active ? editor : null}
                    source={active ? activeSource : null}
                    onActivate={onActivate}
                    measure={virtualizer.measureElement}
                  />
                </div>
              )
            })}
          </div>
        )}
      </div>
    </div>
  )
}
