import { asCodePoint, codePointLength, sliceCodePoints } from '../../anchoring/code-points'
import { reanchor } from '../../anchoring/reanchor'
import { buildSelectors } from '../../anchoring/selectors'
import type { ArticleCommand, CommandContext, Outcome, Placed } from '../../annotation/commands/types'
import { fail, insertPlaced, makeEvent, removeWhere, withEvent } from '../../annotation/commands/util'
import type { Annotation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import type { Alignment } from '../../model/translation'
import { applyPatch, onlyMoves, patchShift, untouched, type TextPatch } from '../edit'
import type { EditTranslationInput, SetTranslationInput } from './types'

/** The annotation after a patch that touched it or its context: re-quoted in place, or re-anchored by quote, or an orphan. */
function followPatch(annotation: Annotation, patch: TextPatch, text: string): Annotation {
  const { start, end } = annotation.target.position
  if (end <= patch.start || start >= patch.end) {
    const by = start >= patch.end ? patchShift(patch) : 0
    const { position, quote } = buildSelectors(text, asCodePoint(start + by), asCodePoint(end + by))
    return { ...annotation, target: { ...annotation.target, position, quote } }
  }
  // Inside (or across) the replaced range: found again by its quote, or kept as a visible orphan.
  return reanchor(annotation, text).annotation
}

/** Index of the alignment whose target is `target`; fails when there is none. */
export function alignmentIndex(doc: ArticleDoc, target: string): number {
  const index = doc.alignments.findIndex((a) => a.target === target)
  if (index < 0) fail('translation.notFound', `No translation "${target}" in this article`, { id: target }, 'lang')
  return index
}

/**
 * Runs an edit of a translation (see EditTranslationInput). The inverse carries the reverse
 * patch, the rows replaced and the annotations as they were wherever more than a move
 * happened to them: running it gives back the document exactly (history aside).
 */
export function editTranslation(doc: ArticleDoc, input: EditTranslationInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { patch } = input
  let next = doc
  const inverse: EditTranslationInput = { target: input.target, action: input.action, ...(input.detail ? { detail: input.detail } : {}) }
  const given = new Map((input.annotations ?? []).map((a) => [a.id, a]))
  const oldAnnotations: Annotation[] = []
  if (patch) {
    const version = doc.versions.find((v) => v.id === patch.versionId)
    if (!version) fail('translation.notFound', `No text version "${patch.versionId}" in this article`, { id: patch.versionId }, 'lang')
    const length = codePointLength(version.text)
    if (patch.start < 0 || patch.end < patch.start || patch.end > length) {
      fail('segment.invalidRange', `Invalid range ${patch.start}–${patch.end}`, { start: patch.start, end: patch.end }, 'text')
    }
    const removed = sliceCodePoints(version.text, asCodePoint(patch.start), asCodePoint(patch.end))
    inverse.patch = { versionId: patch.versionId, start: patch.start, end: patch.start + codePointLength(patch.text), text: removed }
    next = applyPatch(doc, patch)
    const text = next.versions.find((v) => v.id === patch.versionId)!.text
    const original = new Map(doc.annotations.map((a) => [a.id, a]))
    next = {
      ...next,
      annotations: next.annotations.map((a) => {
        const old = original.get(a.id)!
        if (given.has(a.id) || untouched(old, patch) || onlyMoves(old, patch)) return a
        oldAnnotations.push(old)
        return followPatch(old, patch, text)
      })
    }
  }
  if (given.size > 0) {
    const originals = new Map(doc.annotations.map((a) => [a.id, a]))
    next = {
      ...next,
      annotations: next.annotations.map((a) => {
        const put = given.get(a.id)
        if (!put) return a
        oldAnnotations.push(originals.get(a.id)!)
        return put
      })
    }
  }
  if (oldAnnotations.length > 0) inverse.annotations = oldAnnotations
  if (input.rows) {
    const index = alignmentIndex(next, input.target)
    const alignment = next.alignments[index]!
    const { at, remove, insert } = input.rows
    if (at < 0 || at + remove > alignment.rows.length) fail('segment.notFound', 'No such segment', { id: String(at) }, 'rowId')
    const before = doc.alignments.find((a) => a.target === input.target)!.rows.slice(at, at + remove)
    const rows = [...alignment.rows.slice(0, at), ...insert, ...alignment.rows.slice(at + remove)]
    const alignments = next.alignments.map((a, i): Alignment => (i === index ? { ...a, rows } : a))
    next = { ...next, alignments }
    inverse.rows = { at, remove: insert.length, insert: before }
  } else alignmentIndex(next, input.target)
  const event = makeEvent(ctx, input.action, input.detail ?? {})
  return {
    doc: withEvent(next, event),
    inverse: { kind: 'editTranslation', input: inverse },
    event,
    value: undefined,
    ...(input.mergeKey ? { mergeKey: input.mergeKey } : {})
  }
}

function placed<T>(items: readonly T[], match: (item: T) => boolean): Placed<T> | null {
  const index = items.findIndex(match)
  return index < 0 ? null : { item: items[index]!, index }
}

function put<T>(items: readonly T[], match: (item: T) => boolean, value: Placed<T> | null): T[] {
  const kept = items.filter((item) => !match(item))
  return value ? insertPlaced(kept, [value]) : kept
}

/** Puts (or removes) a translation version and its alignment; see SetTranslationInput. */
export function setTranslation(doc: ArticleDoc, input: SetTranslationInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand> {
  const { versionId } = input
  const isVersion = (v: { id: string }) => v.id === versionId
  const isAlignment = (a: Alignment) => a.target === versionId
  const oldVersion = placed(doc.versions, isVersion)
  if (oldVersion?.index === 0 && input.version === null) fail('translation.original', 'The article’s own text cannot be removed', {}, 'lang')
  const inverse: SetTranslationInput = {
    versionId,
    version: oldVersion,
    alignment: placed(doc.alignments, isAlignment),
    action: input.action,
    ...(input.detail ? { detail: input.detail } : {})
  }
  let annotations = doc.annotations
  let relations = doc.relations
  if (input.version === null) {
    const dropped = removeWhere(annotations, (a) => a.target.source === versionId)
    const ids = new Set(dropped.removed.map((p) => p.item.id))
    const droppedRelations = removeWhere(relations, (r) => ids.has(r.from) || ids.has(r.to))
    annotations = dropped.kept
    relations = droppedRelations.kept
    if (dropped.removed.length > 0) inverse.annotations = dropped.removed
    if (droppedRelations.removed.length > 0) inverse.relations = droppedRelations.removed
  }
  if (input.annotations) annotations = insertPlaced(annotations, input.annotations)
  if (input.relations) relations = insertPlaced(relations, input.relations)
  const next: ArticleDoc = {
    ...doc,
    versions: put(doc.versions, isVersion, input.version),
    alignments: put(doc.alignments, isAlignment, input.alignment),
    annotations,
    relations
  }
  if (next.versions.length === 0) fail('translation.original', 'The article’s own text cannot be removed', {}, 'lang')
  const event = makeEvent(ctx, input.action, { version: versionId, ...(input.detail ?? {}) })
  return { doc: withEvent(next, event), inverse: { kind: 'setTranslation', input: inverse }, event, value: undefined }
}
