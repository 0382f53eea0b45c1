import { asCodePoint, codePointLength, sliceCodePoints } from '../anchoring/code-points'
import { QUOTE_CONTEXT } from '../anchoring/selectors'
import type { Annotation } from '../model/annotation'
import type { TextVersion } from '../model/article'
import type { Alignment, Span } from '../model/translation'

/**
 * A replacement in one text version: code points [start, end) of the text before it become
 * `text`. The unit of a text edit, of its undo, and of what a delta sends.
 */
export interface TextPatch {
  versionId: string
  start: number
  end: number
  text: string
}

/** The text with the patch applied. */
export function patchText(text: string, patch: Pick<TextPatch, 'start' | 'end' | 'text'>): string {
  return sliceCodePoints(text, asCodePoint(0), asCodePoint(patch.start)) + patch.text + sliceCodePoints(text, asCodePoint(patch.end))
}

/** How much later offsets move. */
export const patchShift = (patch: Pick<TextPatch, 'start' | 'end' | 'text'>): number => codePointLength(patch.text) - (patch.end - patch.start)

/**
 * A span that lies wholly after the patch moves with it; a span before it stays. (Spans that
 * overlap the patch are the command's business: it replaces them explicitly.)
 */
export function shiftSpan(span: Span, patch: Pick<TextPatch, 'start' | 'end' | 'text'>): Span {
  if (span.start < patch.end || (span.start === span.end && span.start === patch.start && patch.start === patch.end)) return span
  const by = patchShift(patch)
  return by === 0 ? span : { start: span.start + by, end: span.end + by }
}

/**
 * True when an annotation on the patched version only moves: it starts after the patch with
 * its whole quote context (prefix) after it too, so its quote, prefix and suffix are the same.
 */
export const onlyMoves = (annotation: Annotation, patch: TextPatch): boolean =>
  !annotation.orphan && annotation.target.source === patch.versionId && annotation.target.position.start - QUOTE_CONTEXT >= patch.end

/** True when the patch cannot change the annotation at all (another text, or far before it). */
export const untouched = (annotation: Annotation, patch: TextPatch): boolean =>
  annotation.orphan || annotation.target.source !== patch.versionId || annotation.target.position.end + QUOTE_CONTEXT <= patch.start

/** The annotation moved by the patch (for one that `onlyMoves`). */
export function moveAnnotation(annotation: Annotation, patch: TextPatch): Annotation {
  const by = patchShift(patch)
  if (by === 0) return annotation
  const { position } = annotation.target
  return { ...annotation, target: { ...annotation.target, position: { ...position, start: position.start + by, end: position.end + by } } }
}

/**
 * What every reader of a patch does the same way (the command that makes it and `applyDelta`
 * that follows it): the version's text replaced, the spans of every alignment over that
 * version moved, and the annotations that only move, moved. Everything else a command changes
 * explicitly, and a delta lists.
 */
export function applyPatch<D extends { versions: TextVersion[]; alignments: Alignment[]; annotations: Annotation[] }>(doc: D, patch: TextPatch): D {
  const versions = doc.versions.map((v) => (v.id === patch.versionId ? { ...v, text: patchText(v.text, patch) } : v))
  const alignments = doc.alignments.map((alignment) => {
    const target = alignment.target === patch.versionId
    const source = alignment.source === patch.versionId
    if (!target && !source) return alignment
    let changed = false
    const rows = alignment.rows.map((row) => {
      const next = {
        ...row,
        target: target ? shiftSpan(row.target, patch) : row.target,
        source: source && row.source ? shiftSpan(row.source, patch) : row.source
      }
      if (next.target === row.target && next.source === row.source) return row
      changed = true
      return next
    })
    return changed ? { ...alignment, rows } : alignment
  })
  const annotations = doc.annotations.map((a) => (onlyMoves(a, patch) ? moveAnnotation(a, patch) : a))
  return { ...doc, versions, alignments, annotations }
}

/**
 * The smallest patch turning `before` into `after` (common prefix and suffix left out), in
 * code points; null when they are equal.
 */
export function smallestPatch(versionId: string, before: string, after: string): TextPatch | null {
  if (before === after) return null
  const max = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  // Never split a surrogate pair.
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--
  const start = codePointLength(before.slice(0, prefix))
  return {
    versionId,
    start,
    end: start + codePointLength(before.slice(prefix, before.length - suffix)),
    text: after.slice(prefix, after.length - suffix)
  }
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
