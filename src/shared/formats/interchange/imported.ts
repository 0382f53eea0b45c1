import type { AnnotationAttributes } from '../../model'

/** An external identifier another tool gave a mention, e.g. brat's `Wikidata:Q42`. */
export interface ImportedReference {
  /** `wikidata`, `scriptorium` (our entity id) or the tool's own database name. */
  db: string
  id: string
  name: string
}

/** A mention read from another tool's file: a type over code points [start, end) of one text. */
export interface ImportedSpan {
  /** The file's own id for it (brat's T1, a running number elsewhere), for relations. */
  key: string
  type: string
  start: number
  end: number
  note: string
  attributes: AnnotationAttributes
  reference: ImportedReference | null
}

export interface ImportedRelation {
  type: string
  /** Keys of the spans it links. */
  from: string
  to: string
  note: string
}

export interface ImportedAnnotations {
  spans: ImportedSpan[]
  relations: ImportedRelation[]
}
