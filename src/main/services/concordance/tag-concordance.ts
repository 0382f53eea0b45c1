import { codePointLength, sliceCodePoints, asCodePoint } from '@shared/anchoring/code-points'
import type { TagConcordanceInput, TagConcordanceResult } from '@shared/ipc/concordance-contract'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import type { z } from 'zod'
import type { AddAnnotationsResult } from '@shared/annotation/commands/add-annotations'
import type { Part } from '../annotation/parts'
import type { AnnotationSession } from '../annotation/session'
import { LIBRARY_SCOPE } from '../annotation/undo-stacks'

type Input = z.output<typeof TagConcordanceInput>
type Item = Input['items'][number]

/** Refuses an occurrence whose text is no longer what the concordance showed (the article changed since). */
function checkItem(doc: ArticleDoc, item: Item): void {
  const version = doc.versions.find((v) => v.id === item.version)
  const stale = () => new AppFailure('concordance.stale', 'The archive changed since this concordance was made: search again', { id: item.articleId }, 'items')
  if (!version || item.end <= item.start || item.end > codePointLength(version.text)) throw stale()
  const text = sliceCodePoints(version.text, asCodePoint(item.start), asCodePoint(item.end))
  if (text.replace(/\s/g, ' ') !== item.match) throw stale()
}

/**
 * "Tag these": one annotation of `type` (linked to `entity`, if given) per chosen occurrence,
 * skipping those an annotation of the same type covers already. One change across every
 * article named, written all or nothing (one compound change) and undone as one step of the
 * library; each article's history names who and when. The type and entity are checked by the
 * command itself, before anything is written.
 */
export function tagConcordance(s: AnnotationSession, { items, type, entity }: Input): Promise<TagConcordanceResult> {
  return s.exclusive(async () => {
    const byArticle = new Map<string, Item[]>()
    for (const item of items) byArticle.set(item.articleId, [...(byArticle.get(item.articleId) ?? []), item])
    for (const [id, list] of byArticle) {
      if (!s.archive.has(id)) throw new AppFailure('article.notFound', `No article with id ${id}`, { id }, 'items')
      const doc = await s.archive.read(id)
      for (const item of list) checkItem(doc, item)
    }
    const parts: Part[] = [...byArticle].map(([articleId, list]) => ({
      scope: 'article',
      articleId,
      command: { kind: 'addAnnotations', input: { items: list.map((o) => ({ source: o.version, start: o.start, end: o.end, type, entity: entity ?? null })) } }
    }))
    const applied = await s.change(LIBRARY_SCOPE, parts, 'annotation.tagOccurrences')
    let tagged = 0
    let articles = 0
    for (const outcome of applied.outcomes) {
      const created = (outcome.value as AddAnnotationsResult).created.length
      tagged += created
      if (created > 0) articles++
    }
    return { tagged, articles, skipped: items.length - tagged, undo: s.stacks.state(LIBRARY_SCOPE) }
  })
}
