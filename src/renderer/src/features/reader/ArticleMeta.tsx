import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/model'
import { formatDate, formatDateTime, languageName } from '../../format'

/** Date, source, language and provenance of an article, as a description list (memoised: an annotation edit keeps the article's object). */
export const ArticleMeta = memo(function ArticleMeta({ article }: { article: Article }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const items: [string, string][] = [
    [t('reader:meta.date'), article.date ? formatDate(article.date, locale) : t('reader:meta.unknownDate')],
    [t('reader:meta.source'), article.source || t('reader:meta.unknownSource')],
    [t('reader:meta.language'), languageName(article.language, locale)],
    [t('reader:meta.importedFrom'), t('reader:meta.fileWithEncoding', { file: article.origin.fileName, encoding: t(`importer:encoding.${article.origin.encoding}`, { defaultValue: article.origin.encoding }) })],
    [t('reader:meta.importedAt'), formatDateTime(article.importedAt, locale)],
    // Shown as text: the app is offline and never navigates away.
    ...(article.url ? [[t('reader:meta.url'), article.url] as [string, string]] : [])
  ]
  return (
    <dl className="meta" data-testid="article-meta">
      {items.map(([label, value]) => (
        <div key={label} className="meta__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
})
