import { useEffect, useState } from 'react'
import type { AppError } from '@shared/ipc/result'
import type { Article } from '@shared/model'
import { api } from '../../api'
import { ArticleDetailsDialog } from '../details/ArticleDetailsDialog'

interface Props {
  id: string
  onSaved: () => void
  /** The article could not be read (deleted meanwhile, damaged): the library says why. */
  onFailed: (error: AppError) => void
  onClose: () => void
}

/** Edit details from the library: reads the article's details, then the reader's dialog. */
export function LibraryDetails({ id, onSaved, onFailed, onClose }: Props) {
  const [article, setArticle] = useState<Article | null>(null)
  useEffect(() => {
    let live = true
    void api.getArticle({ id }).then((result) => {
      if (!live) return
      if (result.ok) setArticle(result.value.doc.article)
      else onFailed(result.error)
    })
    return () => {
      live = false
    }
  }, [id, onFailed])

  if (!article) return null
  return (
    <ArticleDetailsDialog
      article={article}
      onClose={onClose}
      onSave={async (patch) => {
        const result = await api.updateArticle({ articleId: id, ...patch })
        if (!result.ok) return result.error
        onSaved()
        return null
      }}
    />
  )
}
