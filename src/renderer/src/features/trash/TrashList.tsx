import { useTranslation } from 'react-i18next'
import type { TrashView } from '@shared/model/trash'
import { formatDate, formatDateTime, formatNumber, languageName } from '../../format'

interface Props {
  trash: TrashView
  onRestore: (kind: 'articles' | 'entities', id: string, name: string) => void
}

/** The two lists of the Trash view: articles, then entities. */
export function TrashList({ trash, onRestore }: Props) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const fmt = (n: number) => formatNumber(n, locale)
  const restoreButton = (kind: 'articles' | 'entities', id: string, name: string) => (
    <button type="button" className="button button--small" onClick={() => onRestore(kind, id, name)} aria-label={t('trash:restoreLabel', { name })}>
      {t('trash:restore')}
    </button>
  )
  return (
    <>
      {trash.articles.length > 0 && (
        <section className="trash__section" aria-labelledby="trash-articles">
          <h2 id="trash-articles" className="trash__heading">
            {t('trash:articles')}
            <span className="trash__heading-count">{fmt(trash.articles.length)}</span>
          </h2>
          <ul className="trash__list" data-testid="trash-articles">
            {trash.articles.map((a) => (
              <li key={a.id} className="trash__item">
                <div className="trash__main">
                  <span className="trash__name" lang={a.language}>
                    {a.title}
                  </span>
                  <span className="trash__detail">
                    {[a.date ? formatDate(a.date, locale) : null, a.source || null, languageName(a.language, locale), t('trash:annotations', { count: a.annotationCount, formatted: fmt(a.annotationCount) }), t('trash:deletedAt', { when: formatDateTime(a.deletedAt, locale) })]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                {restoreButton('articles', a.id, a.title)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {trash.entities.length > 0 && (
        <section className="trash__section" aria-labelledby="trash-entities">
          <h2 id="trash-entities" className="trash__heading">
            {t('trash:entities')}
            <span className="trash__heading-count">{fmt(trash.entities.length)}</span>
          </h2>
          <ul className="trash__list" data-testid="trash-entities">
            {trash.entities.map((e) => (
              <li key={e.id} className="trash__item">
                <div className="trash__main">
                  <span className="trash__name">{e.name}</span>
                  <span className="trash__detail">
                    {[e.type, t('trash:mentions', { count: e.mentionCount, formatted: fmt(e.mentionCount) }), t('trash:deletedAt', { when: formatDateTime(e.deletedAt, locale) })].join(' · ')}
                  </span>
                </div>
                {restoreButton('entities', e.id, e.name)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
