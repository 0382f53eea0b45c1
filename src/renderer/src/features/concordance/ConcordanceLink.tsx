import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { formatRoute } from '../../app/use-route'

/** From the library's search box: every occurrence of what was typed, in the concordance. */
export function ConcordanceLink({ query }: { query: string }) {
  const { t } = useTranslation()
  const phrase = query.trim()
  if (phrase === '') return null
  return (
    <a className="button button--small button--ghost concordance-link" href={formatRoute({ view: 'concordance', q: phrase })} data-testid="concordance-link">
      <Icon name="concordance" size={14} />
      <span>{t('concordance:fromLibrary', { query: phrase })}</span>
    </a>
  )
}
