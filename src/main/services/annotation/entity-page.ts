import { kwic } from '@shared/annotation'
import type { EntityPage, Mention } from '@shared/ipc/annotation-contract'
import { AppFailure } from '@shared/ipc/result'
import type { Annotation, ArticleDoc, Entity } from '@shared/model'
import type { AnnotationSession } from './session'

const TOP_COOCCURRING = 20

function mentionOf(doc: ArticleDoc, annotation: Annotation): Mention {
  const base = { articleId: doc.article.id, articleTitle: doc.article.title, annotationId: annotation.id }
  const { position, quote } = annotation.target
  const version = doc.versions.find((v) => v.id === annotation.target.source)
  // An orphan's offsets mean nothing any more: show the context it was made in.
  if (!version || annotation.orphan) return { ...base, exact: quote.exact, left: quote.prefix, right: quote.suffix }
  const k = kwic(version.text, position.start, position.end, version.lang)
  return { ...base, exact: k.keyword, left: k.left, right: k.right }
}

/**
 * The entity page: its record, every mention with its sentence, the articles it appears
 * in, and the entities most often in the same articles. Reads only the shards that
 * mention it (the mention index says which).
 */
export async function getEntity(s: AnnotationSession, id: string): Promise<EntityPage> {
  await s.index.ensure()
  const registry = s.archive.registry()
  const entity = registry.entities.find((e) => e.id === id)
  if (!entity) throw new AppFailure('entity.notFound', `No entity "${id}" in the registry`, { id }, 'id')
  const byId = new Map<string, Entity>(registry.entities.map((e) => [e.id, e]))
  const mentions: Mention[] = []
  const articles: EntityPage['articles'] = []
  const together = new Map<string, number>()
  for (const indexed of s.index.articlesMentioning(id)) {
    const doc = await s.archive.read(indexed.id).catch(() => null)
    if (!doc) continue
    const own = doc.annotations.filter((a) => a.entity === id)
    mentions.push(...own.map((a) => mentionOf(doc, a)))
    articles.push({ id: doc.article.id, title: doc.article.title, date: doc.article.date, count: own.length })
    const others = new Set(doc.annotations.map((a) => a.entity).filter((e): e is string => e !== null && e !== id && byId.has(e)))
    for (const other of others) together.set(other, (together.get(other) ?? 0) + 1)
  }
  const cooccurring = [...together]
    .sort((a, b) => b[1] - a[1] || byId.get(a[0])!.name.localeCompare(byId.get(b[0])!.name))
    .slice(0, TOP_COOCCURRING)
    .map(([other, count]) => ({ entity: byId.get(other)!, count }))
  return { entity: { ...entity, mentionCount: s.index.mentionCount(id) }, mentions, articles, cooccurring }
}
