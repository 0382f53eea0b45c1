import { useTranslation } from 'react-i18next'
import type { EntityPage } from '@shared/ipc/annotation-contract'
import type { TagType } from '@shared/model'
import { formatDate, formatNumber } from '../../format'
import { TypeBadge } from './TypeBadge'

interface Props {
  page: EntityPage
  types: TagType[]
  onOpenArticle: (id: string) => void
}

/** The articles the entity appears in, and the entities most often in the same articles. */
export function EntitySidePanels({ page, types, onOpenArticle }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <>
      <section className="entity-panel" aria-labelledby="entity-articles">
        <h2 id="entity-articles" className="entity-panel__title">
          {t('entities:articles')}
          <span className="entity-panel__count">{fmt(page.articles.length)}</span>
        </h2>
        {page.articles.length === 0 ? (
          <p className="entity-panel__empty">{t('entities:noArticles')}</p>
        ) : (
          <ul className="entity-link-list" data-testid="entity-articles">
            {page.articles.map((article) => (
              <li key={article.id}>
                <button type="button" className="entity-link-list__item" onClick={() => onOpenArticle(article.id)}>
                  <span className="entity-link-list__main">
                    <span className="entity-link-list__title">{article.title}</span>
                    {article.date && <span className="entity-link-list__meta">{formatDate(article.date, i18n.language)}</span>}
                  </span>
                  <span className="entity-link-list__count" title={t('entities:mentionCount', { count: article.count, formatted: fmt(article.count) })}>
                    {fmt(article.count)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="entity-panel" aria-labelledby="entity-cooccurring">
        <h2 id="entity-cooccurring" className="entity-panel__title">
          {t('entities:cooccurring')}
        </h2>
        {page.cooccurring.length === 0 ? (
          <p className="entity-panel__empty">{t('entities:noCooccurring')}</p>
        ) : (
          <ul className="entity-link-list" data-testid="cooccurring">
            {page.cooccurring.map(({ entity, count }) => (
              <li key={entity.id}>
                <a className="entity-link-list__item" href={`#/entity/${encodeURIComponent(entity.id)}`}>
                  <span className="entity-link-list__main">
                    <span className="entity-link-list__title">{entity.name}</span>
                    <TypeBadge type={entity.type} schema={types} />
                  </span>
                  <span className="entity-link-list__count" title={t('entities:togetherIn', { count, formatted: fmt(count) })}>
                    {fmt(count)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
