import type { ArticleDoc } from '../../model/documents'
import type { Entity } from '../../model/entity'
import { findTranslation, sourceVersion } from '../../translation/commands'
import type { XliffArticle, XliffMention } from './types'

/** A version's own annotations as mentions (orphans left out: they no longer sit anywhere). */
export function versionMentions(doc: ArticleDoc, versionId: string): XliffMention[] {
  return doc.annotations
    .filter((a) => a.target.source === versionId && !a.orphan)
    .map((a) => ({
      start: a.target.position.start,
      end: a.target.position.end,
      type: a.type,
      annotationId: a.id,
      ...(a.entity ? { entityId: a.entity } : {})
    }))
}

/**
 * What the XLIFF writers take for one translation of an article. Mentions are the versions'
 * own annotations; `extraTargetMentions` adds others (those projected from the source).
 */
export function xliffArticle(doc: ArticleDoc, lang: string, registry: readonly Entity[], extraTargetMentions: XliffMention[] = []): XliffArticle {
  const { version, alignment } = findTranslation(doc, lang)
  const source = sourceVersion(doc, alignment)
  const sourceMentions = source ? versionMentions(doc, source.id) : []
  const targetMentions = [...versionMentions(doc, version.id), ...extraTargetMentions]
  const linked = new Set([...sourceMentions, ...targetMentions].map((m) => m.entityId).filter((id): id is string => id !== undefined))
  const wikidata: Record<string, string> = {}
  for (const entity of registry) if (linked.has(entity.id) && entity.identifiers.wikidata) wikidata[entity.id] = entity.identifiers.wikidata
  return {
    articleId: doc.article.id,
    source: source ? { versionId: source.id, lang: source.lang, text: source.text } : null,
    target: { versionId: version.id, lang: version.lang, text: version.text, engine: version.engine ?? null },
    rows: alignment.rows.map(({ id, source: s, target, status, note, mt }) => ({ id, source: s, target, status, note, mt })),
    sourceMentions,
    targetMentions,
    wikidata
  }
}
