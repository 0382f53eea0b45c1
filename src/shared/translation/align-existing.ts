import { asCodePoint, sliceCodePoints } from '../anchoring/code-points'
import type { ArticleDoc } from '../model/documents'
import type { Alignment } from '../model/translation'
import { alignSegments } from './align'
import { segmentSentences } from './segment'

/**
 * Gives every translation that has no alignment yet one, aligned with the article's original
 * the way `addTranslation` does: without it the workbench, `segments` and `post-edit` report
 * "no translation" for a translation the reader shows (and adding it again is refused).
 */
export function alignExistingTranslations(doc: ArticleDoc, newId: () => string): ArticleDoc {
  const source = doc.versions.find((v) => v.role === 'original') ?? doc.versions[0]
  if (!source) return doc
  const added: Alignment[] = []
  for (const version of doc.versions) {
    if (version.role !== 'translation' || doc.alignments.some((a) => a.target === version.id)) continue
    const beads = alignSegments(
      { text: source.text, lang: source.lang, spans: segmentSentences(source.text, source.lang) },
      { text: version.text, lang: version.lang, spans: segmentSentences(version.text, version.lang) }
    )
    const machine = version.origin === 'machine'
    const rows = beads.map((bead) => ({
      id: newId(),
      source: bead.source,
      target: bead.target,
      status: machine ? ('initial' as const) : ('translated' as const),
      note: '',
      mt: machine ? sliceCodePoints(version.text, asCodePoint(bead.target.start), asCodePoint(bead.target.end)) : '',
      hter: null,
      seconds: 0,
      ignored: []
    }))
    added.push({ source: source.id, target: version.id, rows })
  }
  return added.length === 0 ? doc : { ...doc, alignments: [...doc.alignments, ...added] }
}
