import { asCodePoint, codePointLength, sliceCodePoints } from '@shared/anchoring'
import type { ArticleDoc, Entity } from '@shared/model'
import { projectAnnotations, type ProjectedMention } from '@shared/translation/projection'
import { projectionKey } from './row-marks'

/** What a new annotation is: a range of a version, a type, maybe an entity. */
export interface NewTag {
  source: string
  start: number
  end: number
  type: string
  entity?: string
}

/**
 * The words [start, end) (UTF-16) of a row's draft as a range of the translation, placed on
 * the article as it stands now: null unless the row's saved text is that draft (a save that
 * failed leaves nothing to tag).
 */
export function tagInDraft(doc: ArticleDoc, targetId: string, rowId: string, draft: string, start: number, end: number, type: string): NewTag | null {
  const row = doc.alignments.find((a) => a.target === targetId)?.rows.find((r) => r.id === rowId)
  const version = doc.versions.find((v) => v.id === targetId)
  if (!row || !version || sliceCodePoints(version.text, asCodePoint(row.target.start), asCodePoint(row.target.end)) !== draft) return null
  const from = row.target.start + codePointLength(draft.slice(0, start))
  return { source: targetId, start: from, end: from + codePointLength(draft.slice(start, end)), type }
}

/** A projected mention as a tag, if the article as it stands now still projects it (or, with `rowId`, the row's first one). */
export function acceptable(doc: ArticleDoc, targetId: string, entities: readonly Entity[], wanted: { mention: ProjectedMention } | { rowId: string }): { tag: NewTag; mention: ProjectedMention } | null {
  const alignment = doc.alignments.find((a) => a.target === targetId)
  if (!alignment) return null
  const projected = projectAnnotations(doc, alignment, entities)
  const found =
    'mention' in wanted
      ? projected.find((p) => projectionKey(p) === projectionKey(wanted.mention))
      : projected.find((p) => alignment.rows[p.row]?.id === wanted.rowId)
  if (!found) return null
  return { tag: { source: found.versionId, start: found.start, end: found.end, type: found.type, entity: found.entityId }, mention: found }
}
