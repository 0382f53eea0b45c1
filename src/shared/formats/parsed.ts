import type { Alignment, Annotation, HistoryEvent, Relation, TextVersion } from '../model'

/** A text version as our JSON may carry it: id and lang are filled in by the importer if absent. */
export type CarriedVersion = Omit<TextVersion, 'id' | 'lang'> & { id?: string; lang?: string }

/** What a format parser found in one input, before ids and provenance are assigned. */
export interface ParsedArticle {
  title: string
  /** ISO 8601 date (YYYY-MM-DD or with time) when the input states one, else null. */
  date: string | null
  source: string
  url?: string
  /** The main text: paragraphs separated by a blank line, line endings "\n". */
  text: string
  /** Set when the input declares it (our JSON); otherwise the importer detects it. */
  language?: string
  tags?: string[]
  /** Everything else our own JSON carried; versions[0].text === text. */
  carried?: {
    versions: CarriedVersion[]
    annotations: Annotation[]
    relations: Relation[]
    history: HistoryEvent[]
    /** Absent in the short form. */
    alignments?: Alignment[]
  }
}
