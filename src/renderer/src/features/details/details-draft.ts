import type { Article } from '@shared/model'

/** The details dialog's fields as typed. */
export interface DetailsDraft {
  title: string
  date: string
  source: string
  language: string
  url: string
}

export type DetailsField = keyof DetailsDraft
export const DETAILS_FIELDS: DetailsField[] = ['title', 'date', 'source', 'language', 'url']

/** What updateArticle takes: only the fields that changed; an empty date or address clears it. */
export type DetailsPatch = Partial<{ title: string; date: string | null; source: string; language: string; url: string | null }>

export const draftOf = (article: Article): DetailsDraft => ({
  title: article.title,
  date: article.date ?? '',
  source: article.source,
  language: article.language,
  url: article.url ?? ''
})

/** The fields whose trimmed value differs from the article's; empty when nothing changed. */
export function detailsPatch(article: Article, draft: DetailsDraft): DetailsPatch {
  const before = draftOf(article)
  const patch: DetailsPatch = {}
  for (const field of DETAILS_FIELDS) {
    const value = draft[field].trim()
    if (value === before[field].trim()) continue
    Object.assign(patch, { [field]: (field === 'date' || field === 'url') && value === '' ? null : value })
  }
  return patch
}
