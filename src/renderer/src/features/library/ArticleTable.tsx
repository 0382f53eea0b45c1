import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { ArticleListItem } from '@shared/ipc/contract'
import type { Snippet } from '@shared/search/snippet'
import { gridKeyTarget } from '../../components/grid-keys'
import { SortHeader } from '../../components/SortHeader'
import { ArticleRow } from './ArticleRow'
import { COLUMNS } from './columns'
import type { Sort, SortKey } from './sort-filter'

const ROW_HEIGHT = 44
/** A search hit's row also shows a line of its text around the match. */
const SNIPPET_ROW_HEIGHT = 64

interface Props {
  articles: ArticleListItem[]
  sort: Sort
  onSort: (sort: Sort) => void
  onOpen: (id: string) => void
  /** The article to select and scroll to on arrival (the one last read). */
  initialId: string | null
  /** Articles ticked for batch actions (Space ticks the active row, Shift+Space the rows up to it). */
  selected: ReadonlySet<string>
  onToggle: (id: string, range: boolean) => void
  onToggleAll: () => void
  /** The Delete key: the ticked articles, or else the active one. */
  onDelete: (ids: string[]) => void
  /** Bumped when a dialog opened from the table closes: the keyboard returns to the table. */
  focusSignal: number
  /** Search hits: each article's best snippet, shown under its title. */
  snippets?: ReadonlyMap<string, Snippet>
}

/**
 * A virtualised grid: only the rows in view exist in the DOM, so 10,000 articles scroll and
 * filter smoothly. Arrow keys, Page Up/Down, Home and End move the selection; Enter opens.
 * Memoised: a keystroke in the filter re-renders the input at once and the table only when
 * the (deferred) filtered list has changed.
 */
export const ArticleTable = memo(function ArticleTable({ articles, sort, onSort, onOpen, initialId, selected, onToggle, onToggleAll, onDelete, focusSignal, snippets }: Props) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const scroller = useRef<HTMLDivElement>(null)
  const grid = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(() => Math.max(0, articles.findIndex((a) => a.id === initialId)))
  const rowHeight = snippets ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // Enough rows beyond the viewport for smooth scrolling, few enough that a filter result
    // re-renders little.
    overscan: 6
  })

  useEffect(() => {
    if (!initialId) return
    virtualizer.scrollToIndex(Math.max(0, articles.findIndex((a) => a.id === initialId)), { align: 'center' })
    // Back from the reader, the keyboard carries on where it was.
    grid.current?.focus({ preventScroll: true })
    // Only on arrival: later changes of the list keep the user's own scroll position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (focusSignal > 0) grid.current?.focus({ preventScroll: true })
  }, [focusSignal])

  // Rows change height between the library and search hits: lay them out again.
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer])

  const activate = useCallback(
    (index: number, id: string) => {
      setActive(index)
      onOpen(id)
    },
    [onOpen]
  )

  const clamped = Math.min(active, Math.max(0, articles.length - 1))
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1)
  const onKeyDown = (event: KeyboardEvent) => {
    const current = articles[clamped]
    if (current && (event.key === 'Delete' || (event.key === 'Backspace' && event.metaKey))) {
      event.preventDefault()
      const ticked = articles.filter((a) => selected.has(a.id)).map((a) => a.id)
      return onDelete(ticked.length > 0 ? ticked : [current.id])
    }
    if (current && event.key === ' ') {
      event.preventDefault()
      return onToggle(current.id, event.shiftKey)
    }
    const target = gridKeyTarget(event.key, clamped, articles.length, page)
    if (target === null) return
    event.preventDefault()
    if (target === 'open') onOpen(articles[clamped]!.id)
    else {
      setActive(target)
      virtualizer.scrollToIndex(target)
    }
  }

  const toggle = (key: SortKey) =>
    onSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : sort.key === key ? 'asc' : key === 'date' || key === 'annotationCount' ? 'desc' : 'asc' })

  const activeArticle = articles[clamped]
  return (
    <div
      ref={grid}
      className="table"
      role="grid"
      aria-label={t('library:tableLabel')}
      aria-rowcount={articles.length + 1}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={activeArticle ? `row-${activeArticle.id}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="article-table"
    >
      <div className="table__head" role="rowgroup">
        <div className="table__row table__row--head" role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <SortHeader
              key={column.key}
              label={t(column.labelKey)}
              sorted={sort.key === column.key}
              direction={sort.direction}
              numeric={column.numeric}
              onToggle={() => toggle(column.key)}
              before={
                column.key === 'title' && (
                  <input
                    type="checkbox"
                    className="table__check"
                    checked={articles.length > 0 && articles.every((a) => selected.has(a.id))}
                    onChange={onToggleAll}
                    aria-label={t('trash:selection.selectAll')}
                  />
                )
              }
            />
          ))}
        </div>
      </div>
      <div className="table__body" ref={scroller} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <ArticleRow
              // Keyed by position, not by article: when the filter changes the list, each row
              // element on screen is reused with new text instead of being torn down and rebuilt.
              key={item.index}
              article={articles[item.index] as ArticleListItem}
              index={item.index}
              top={item.start}
              height={rowHeight}
              snippet={snippets?.get((articles[item.index] as ArticleListItem).id)}
              active={item.index === clamped}
              selected={selected.has((articles[item.index] as ArticleListItem).id)}
              locale={locale}
              onActivate={activate}
              onToggle={onToggle}
            />
          ))}
        </div>
      </div>
    </div>
  )
})
