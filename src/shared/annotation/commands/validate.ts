import type { Annotation } from '../../model/annotation'
import type { ArticleDoc } from '../../model/documents'
import type { TextVersion } from '../../model/article'
import type { ArticleContext } from './types'
import { fail, NOTE_MAX } from './util'

/** Checks shared by the annotation commands; each throws an AppFailure with a stable code. */

export function requireVersion(doc: ArticleDoc, source: string | undefined): TextVersion {
  const version = source === undefined ? doc.versions[0] : doc.versions.find((v) => v.id === source)
  if (!version) fail('annotation.unknownSource', `No text version "${source}" in this article`, { source: source ?? '' }, 'source')
  return version
}

export function requireType(ctx: ArticleContext, type: string): void {
  if (!ctx.schema.types.some((t) => t.name === type)) {
    fail('annotation.unknownType', `"${type}" is not a type of the tag schema`, { type }, 'type')
  }
}

export function requireEntity(ctx: ArticleContext, entity: string | null | undefined): void {
  if (entity && ctx.hasEntity && !ctx.hasEntity(entity)) {
    fail('annotation.unknownEntity', `No entity "${entity}" in the registry`, { entity }, 'entity')
  }
}

export function requireNote(note: string | undefined): void {
  if (note !== undefined && note.length > NOTE_MAX) {
    fail('annotation.noteTooLong', `A note may hold at most ${NOTE_MAX} characters`, { max: NOTE_MAX }, 'note')
  }
}

export function requireAnnotation(doc: ArticleDoc, id: string): Annotation {
  const found = doc.annotations.find((a) => a.id === id)
  if (!found) fail('annotation.notFound', `No annotation "${id}" in this article`, { id }, 'id')
  return found
}

/** A blank line (with optional spaces or "\r") separates paragraphs. */
export const PARAGRAPH_BREAK = /\n[^\S\n]*\n/
