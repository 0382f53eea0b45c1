import { serializeXliff21, xliffArticle } from '@shared/formats/xliff'
import { versionStems, type FormatFile, type FormatInput } from '@shared/formats/interchange'

/**
 * `<lang>.xlf`: XLIFF 2.1 of each translation (the interchange export, mentions and Wikidata
 * links included), named by the target version's stem. A translation is found by its
 * language, so a second one in the same language is left to article.json.
 */
export function xliffFiles({ doc, entities }: FormatInput): FormatFile[] {
  const stems = versionStems(doc.versions)
  const seen = new Set<string>()
  const files: FormatFile[] = []
  for (const alignment of doc.alignments) {
    const version = doc.versions.find((v) => v.id === alignment.target)
    if (!version || seen.has(version.lang.toLowerCase())) continue
    seen.add(version.lang.toLowerCase())
    files.push({ path: `${stems.get(version.id)}.xlf`, text: serializeXliff21(xliffArticle(doc, version.lang, entities)) })
  }
  return files
}
