import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, CommandContext, Outcome, TagsInput } from './types'
import { fail, makeEvent, withEvent } from './util'

export const ARTICLE_TAG_MAX = 200
export const ARTICLE_TAGS_MAX = 500

/** A tag as stored: spaces collapsed and trimmed. */
export const cleanTag = (raw: string): string => raw.replace(/\s+/g, ' ').trim()

/**
 * Adds and removes article tags (`Article.tags`, the archivist's own labels for a whole
 * article). Adding a tag the article has, or removing one it lacks, changes nothing; when
 * nothing changes at all the outcome is `unchanged`, so a batch over many articles writes
 * only those that change. The inverse puts the old list back as it was (`set`).
 */
export function updateTags(doc: ArticleDoc, input: TagsInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand, string[]> {
  const old = doc.article.tags
  let next: string[]
  if (input.set) next = [...input.set]
  else {
    const remove = new Set((input.remove ?? []).map(cleanTag))
    next = old.filter((tag) => !remove.has(tag))
    for (const raw of input.add ?? []) {
      const tag = cleanTag(raw)
      if (tag.length === 0) fail('article.tagEmpty', 'A tag needs at least one character', {}, 'add')
      if ([...tag].length > ARTICLE_TAG_MAX) fail('article.tagTooLong', `A tag may hold at most ${ARTICLE_TAG_MAX} characters`, { max: ARTICLE_TAG_MAX }, 'add')
      if (!next.includes(tag) && !remove.has(tag)) next.push(tag)
    }
  }
  const added = next.filter((tag) => !old.includes(tag))
  const removed = old.filter((tag) => !next.includes(tag))
  const event = makeEvent(ctx, 'article.tags', { added, removed })
  if (added.length === 0 && removed.length === 0) return { doc, inverse: { kind: 'updateTags', input: { set: old } }, event, value: old, unchanged: true }
  if (next.length > ARTICLE_TAGS_MAX) fail('article.tooManyTags', `An article may carry at most ${ARTICLE_TAGS_MAX} tags`, { max: ARTICLE_TAGS_MAX, id: doc.article.id }, 'add')
  return {
    doc: withEvent({ ...doc, article: { ...doc.article, tags: next } }, event),
    inverse: { kind: 'updateTags', input: { set: old } },
    event,
    value: next
  }
}
