import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleListItem } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { formatNumber } from '../../format'

/** How many titles the confirmation names before "and N more". */
const NAMED = 3

interface Props {
  /** Every article to delete (all results of a search may be more than the rows shown). */
  ids: string[]
  /** Those of them the library shows, named in the question. */
  articles: ArticleListItem[]
  onDeleted: (count: number) => void
  onCancel: () => void
}

/** "Move 3 articles to the trash?" with their titles; moves them on confirmation. */
export function DeleteArticlesDialog({ ids, articles, onDeleted, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const named = articles.slice(0, NAMED).map((a) => t('trash:confirm.quoted', { title: a.title }))
  const rest = ids.length - named.length
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    rest > 0 ? [...named, t('trash:confirm.andMore', { count: rest, formatted: fmt(rest) })] : named
  )

  const confirm = async () => {
    setBusy(true)
    const result = await api.deleteArticles({ ids })
    setBusy(false)
    if (result.ok) onDeleted(ids.length)
    else setError(result.error)
  }

  return (
    <ConfirmDialog
      title={t('trash:confirm.articlesTitle', { count: ids.length, formatted: fmt(ids.length) })}
      confirmLabel={t('trash:confirm.confirm')}
      busyLabel={t('trash:confirm.working')}
      cancelLabel={t('trash:confirm.cancel')}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      testId="delete-articles-dialog"
    >
      <p>{t('trash:confirm.articlesBody', { list })}</p>
    </ConfirmDialog>
  )
}
