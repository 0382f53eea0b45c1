import { findOccurrences as findIn, suggest as suggestIn } from '@shared/annotation'
import type { OccurrenceView, SuggestionView } from '@shared/ipc/annotation-contract'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, TextVersion } from '@shared/model'
import { findAnnotation } from './article-ops'
import type { AnnotationSession } from './session'
import type { In } from './types'

const READ_BATCH = 16

function versionOf(doc: ArticleDoc, source: string | undefined): TextVersion {
  const version = source === undefined ? doc.versions[0] : doc.versions.find((v) => v.id === source)
  if (!version) throw new AppFailure('annotation.unknownSource', `No text version "${source}" in this article`, { source: source ?? '' }, 'source')
  return version
}

/**
 * Preview for "tag all occurrences": where the annotation's text occurs untagged with its
 * type, in its own text version or, across the archive, in every text of the same language.
 * The archive scope reads every shard: it runs only when the archivist asks for it.
 */
export async function findOccurrences(s: AnnotationSession, { articleId, annotationId, scope }: In<'findOccurrences'>): Promise<OccurrenceView[]> {
  const annotation = await findAnnotation(s, articleId, annotationId)
  const home = await s.archive.read(articleId)
  const lang = versionOf(home, annotation.target.source).lang
  const needle = annotation.target.quote.exact
  const out: OccurrenceView[] = []
  const scan = (doc: ArticleDoc, versions: TextVersion[]) => {
    for (const version of versions) {
      const found = findIn(version.text, needle, { type: annotation.type, annotations: doc.annotations, source: version.id })
      for (const o of found) out.push({ articleId: doc.article.id, articleTitle: doc.article.title, source: version.id, ...o })
    }
  }
  scan(home, [versionOf(home, annotation.target.source)])
  if (scope === 'article') return out
  const others = s.archive.list().filter((a) => a.id !== articleId).map((a) => a.id)
  for (let i = 0; i < others.length; i += READ_BATCH) {
    const docs = await Promise.all(others.slice(i, i + READ_BATCH).map((id) => s.archive.read(id).catch(() => null)))
    for (const doc of docs) if (doc) scan(doc, doc.versions.filter((v) => v.lang === lang))
  }
  return out
}

/** Offline suggestions for one text of an article, less those rejected there; nothing is stored. */
export async function suggest(s: AnnotationSession, { articleId, source }: In<'suggest'>): Promise<SuggestionView[]> {
  const doc = await s.archive.read(articleId)
  const version = versionOf(doc, source)
  const { schema, entities } = s.archive.registry()
  return suggestIn(version.text, {
    entities: await s.entityNames(entities),
    annotations: doc.annotations.filter((a) => a.target.source === version.id),
    types: schema.types.map((t) => t.name),
    rejected: (doc.rejected ?? []).filter((r) => r.source === version.id)
  }).map(({ start, end, exact, type, source: origin, entity }) => ({ start, end, exact, type, source: origin, ...(entity ? { entity } : {}) }))
}
