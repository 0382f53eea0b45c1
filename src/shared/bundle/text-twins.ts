/**
 * An article a bundle adds under its own id although its main text is already held: by an
 * archive article (one another bundle article was not merged into), or by another article
 * of the same bundle. Importing keeps both copies; the preview and the summary say so.
 */
export interface TextTwin {
  /** The added bundle article and its title. */
  article: string
  title: string
  /** The article with the same main text, and its title. */
  sameTextAs: string
  sameTextTitle: string
  /** Where that article is: already in the archive, or added from the same bundle. */
  in: 'archive' | 'bundle'
}

/** The twin of one added article, before titles are known. */
export interface TwinOf {
  sameTextAs: string
  in: TextTwin['in']
}

/**
 * Which bundle articles, added because no archive article was left to merge them into, have
 * the main text of an article that will sit beside them: the archive's (`inArchive` answers by
 * text hash), one a bundle article was merged into (`pairs`: bundle id → archive id), or an
 * earlier added article of the bundle. The first added article of a text is not a twin.
 */
export function textTwins(
  articles: readonly { id: string; textHash: string }[],
  pairs: ReadonlyMap<string, string>,
  inArchive: (textHash: string) => string | undefined
): Map<string, TwinOf> {
  const held = new Map<string, TwinOf>()
  for (const article of articles) {
    const id = pairs.get(article.id)
    if (id !== undefined && !held.has(article.textHash)) held.set(article.textHash, { sameTextAs: id, in: 'archive' })
  }
  const twins = new Map<string, TwinOf>()
  for (const article of articles) {
    if (pairs.has(article.id)) continue
    const archived = inArchive(article.textHash)
    const twin = archived === undefined ? held.get(article.textHash) : { sameTextAs: archived, in: 'archive' as const }
    if (twin) twins.set(article.id, twin)
    else held.set(article.textHash, { sameTextAs: article.id, in: 'bundle' })
  }
  return twins
}
