import type { ArticleDoc } from '../model/documents'
import type { StatusValue } from './query'

/** One text version as search reads it. */
export interface RecordText {
  versionId: string
  lang: string
  /** Whether it is the original or a translation (the concordance says which). */
  role: 'original' | 'translation'
  text: string
}

/**
 * What search knows of one article: derived from its shard alone (entity names come from the
 * registry when it is indexed), so it can always be rebuilt.
 */
export interface SearchRecord {
  id: string
  title: string
  source: string
  lang: string
  date: string | null
  /** The article's tags (the Tag… popover's suggestions are counted from them). */
  tags: string[]
  texts: RecordText[]
  /** Annotation notes and translation row notes, one per line. */
  notes: string
  /** Entities the article's annotations link to. */
  entities: string[]
  /** Annotation types used, upper case. */
  types: string[]
  /** Statuses of translation rows present. */
  statuses: StatusValue[]
  annotations: number
  orphans: boolean
  translated: boolean
}

const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)]

export function recordFromDoc(doc: ArticleDoc): SearchRecord {
  const { article } = doc
  const rowNotes = doc.alignments.flatMap((alignment) => alignment.rows.map((row) => row.note))
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    lang: article.language,
    date: article.date,
    tags: [...article.tags],
    texts: doc.versions.map((version) => ({ versionId: version.id, lang: version.lang, role: version.role, text: version.text })),
    notes: [...doc.annotations.map((a) => a.note), ...rowNotes].filter((note) => note.trim() !== '').join('\n'),
    entities: distinct(doc.annotations.flatMap((a) => (a.entity ? [a.entity] : []))),
    types: distinct(doc.annotations.map((a) => a.type.toUpperCase())),
    statuses: distinct(doc.alignments.flatMap((alignment) => alignment.rows.map((row) => row.status))),
    annotations: doc.annotations.length,
    orphans: doc.annotations.some((a) => a.orphan),
    translated: doc.versions.some((version) => version.role === 'translation')
  }
}
