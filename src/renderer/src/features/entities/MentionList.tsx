import { useTranslation } from 'react-i18next'
import type { Mention } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'

interface Props {
  mentions: Mention[]
  onOpenArticle: (id: string) => void
  onSplit: (mention: Mention) => void
  /** The mention being split off, while the request runs. */
  busy: string | null
}

/** Chinese context reads in the CJK face, whatever the interface language. */
const langOf = (mention: Mention) => (/[\u3400-\u9fff]/.test(mention.left + mention.exact + mention.right) ? 'zh' : 'en')

/** Every mention with its sentence, the mention highlighted (keyword in context). */
export function MentionList({ mentions, onOpenArticle, onSplit, busy }: Props) {
  const { t } = useTranslation()
  return (
    <ol className="entity-kwic" data-testid="mentions">
      {mentions.map((mention) => (
        <li key={`${mention.articleId}/${mention.annotationId}`} className="entity-kwic__row" data-testid="mention">
          <button
            type="button"
            className="entity-kwic__open"
            onClick={() => onOpenArticle(mention.articleId)}
            title={t('entities:openInReader', { title: mention.articleTitle })}
          >
            <span className="entity-kwic__text" lang={langOf(mention)}>
              <span className="entity-kwic__left">{mention.left}</span>
              <mark className="entity-kwic__keyword">{mention.exact}</mark>
              <span className="entity-kwic__right">{mention.right}</span>
            </span>
            <span className="entity-kwic__source">{mention.articleTitle}</span>
          </button>
          <button
            type="button"
            className="icon-button entity-kwic__split"
            disabled={busy !== null}
            onClick={() => onSplit(mention)}
            aria-label={t('entities:split', { exact: mention.exact })}
            title={t('entities:splitHint')}
          >
            <Icon name="split" size={16} />
          </button>
        </li>
      ))}
    </ol>
  )
}
