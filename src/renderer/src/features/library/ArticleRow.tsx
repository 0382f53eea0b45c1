import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleListItem } from '@shared/ipc/contract'
import type { Snippet } from '@shared/search/snippet'
import { SnippetText } from '../search/SnippetText'
import { formatDate, formatNumber, languageName } from '../../format'

interface Props {
  article: ArticleListItem
  index: number
  top: number
  height: number
  active: boolean
  selected: boolean
  locale: string
  onActivate: (index: number, id: string) => void
  /** `range`: shift held, tick every row from the last one ticked. */
  onToggle: (id: string, range: boolean) => void
  /** A search hit's text around the match, under the title. */
  snippet?: Snippet
}

/** One library row; memoised so typing in the filter re-renders only rows that changed. */
export const ArticleRow = memo(function ArticleRow({ article, index, top, height, active, selected, locale, onActivate, onToggle, snippet }: Props) {
  const { t } = useTranslation()
  return (
    <div
      id={`row-${article.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={`table__row${snippet ? ' table__row--hit' : ''}${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      // Fixed size, nothing overflows: new text in one row never re-lays out the others.
      style={{ transform: `translateY(${top}px)`, height, contain: 'strict' }}
      onClick={() => onActivate(index, article.id)}
    >
      <div role="gridcell" className="table__cell table__cell--title table__cell--with-check">
        {/* Ticking a row selects it for batch actions (shift ticks a range); clicking elsewhere opens it. */}
        <input
          type="checkbox"
          className="table__check"
          checked={selected}
          onChange={(event) => onToggle(article.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
          onClick={(event) => event.stopPropagation()}
          aria-label={t('trash:selection.select', { title: article.title })}
          tabIndex={-1}
        />
        <span className="table__title" lang={article.language}>
          {article.title}
        </span>
      </div>
      <div role="gridcell" className="table__cell table__cell--muted">
        {formatDate(article.date, locale)}
      </div>
      <div role="gridcell" className="table__cell" lang={article.language}>
        {article.source}
      </div>
      <div role="gridcell" className="table__cell table__cell--muted">
        {languageName(article.language, locale)}
      </div>
      <div role="gridcell" className="table__cell table__cell--numeric table__cell--muted">
        {formatNumber(article.annotationCount, locale)}
      </div>
      {/* A search hit's text around the match, on a line of its own across the row. */}
      {snippet && (
        <div role="gridcell" className="table__snippet" data-testid="search-snippet">
          <SnippetText snippet={snippet} />
        </div>
      )}
    </div>
  )
})
