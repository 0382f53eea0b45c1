import type { SegmentStatus, Span } from '../../model/translation'

/** The XML namespaces XLIFF files of ours use. */
export const NS = {
  xliff2: 'urn:oasis:names:tc:xliff:document:2.0',
  xliff12: 'urn:oasis:names:tc:xliff:document:1.2',
  matches: 'urn:oasis:names:tc:xliff:matches:2.0',
  metadata: 'urn:oasis:names:tc:xliff:metadata:2.0',
  its: 'http://www.w3.org/2005/11/its',
  xmlns: 'http://www.w3.org/2000/xmlns/'
} as const

/**
 * An entity mention to mark up, in code points of its version's whole text. The caller picks
 * which: a version's own annotations, and for the target also those projected onto it.
 */
export interface XliffMention {
  start: number
  end: number
  /** The tag type, e.g. PERSON. */
  type: string
  entityId?: string
  annotationId?: string
}

/** One aligned row to write as a unit. Spans are code points of the version texts. */
export interface XliffRow {
  id: string
  /** Null when the translation is monolingual. */
  source: Span | null
  target: Span
  status: SegmentStatus
  note: string
  /** The MT as it came; '' when there was none. */
  mt: string
}

/**
 * One article's translation into one language, as the XLIFF writers take it. A monolingual
 * translation (the article's own text is MT with no original) has no source version: each
 * unit's source is the MT as it came and its target the post-edit, both in that language.
 */
export interface XliffArticle {
  articleId: string
  /** The source version, or null when monolingual. */
  source: { versionId: string; lang: string; text: string } | null
  target: { versionId: string; lang: string; text: string; engine: string | null }
  rows: XliffRow[]
  sourceMentions: XliffMention[]
  targetMentions: XliffMention[]
  /** The Wikidata item (Q…) of each entity that has one, by entity id. */
  wikidata: Readonly<Record<string, string>>
}

/** `original` of the file element: names the article, so import can tell "not our file". */
export const ORIGINAL_PREFIX = 'scriptorium:article:'
/** The metadata category (mda:metaGroup) holding our ids. */
export const META_CATEGORY = 'scriptorium'
