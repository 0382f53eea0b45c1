import { asCodePoint, sliceCodePoints } from '@shared/anchoring'
import type { QaFindingView, SegmentsView } from '@shared/ipc/translation-contract'
import type { ArticleDoc, Entity } from '@shared/model'
import { findTranslation, sourceVersion } from '@shared/translation/commands'
import { runQa as runChecks, type QaEntity, type QaEntityMention, type QaRow } from '@shared/translation/qa'
import type { Translate } from '../../i18n'

const slice = (text: string, span: { start: number; end: number }): string => sliceCodePoints(text, asCodePoint(span.start), asCodePoint(span.end))

/** A translation's rows, source and target side by side, and the effort so far. */
export function segmentsView(doc: ArticleDoc, lang: string): SegmentsView {
  const { version, alignment } = findTranslation(doc, lang)
  const source = sourceVersion(doc, alignment)
  const rows = alignment.rows.map((row, i) => ({
    index: i + 1,
    id: row.id,
    source: source && row.source ? slice(source.text, row.source) : null,
    sourceSpan: source ? row.source : null,
    mt: row.mt,
    target: slice(version.text, row.target),
    targetSpan: row.target,
    status: row.status,
    note: row.note,
    hter: row.hter,
    seconds: row.seconds,
    ignored: row.ignored
  }))
  const edited = alignment.rows.filter((r) => r.hter !== null)
  const hter = edited.length === 0 ? null : edited.reduce((sum, r) => sum + r.hter!, 0) / edited.length
  return {
    versionId: version.id,
    lang: version.lang,
    sourceVersionId: source?.id ?? null,
    sourceLang: source?.lang ?? null,
    engine: version.engine ?? null,
    rows,
    effort: { hter, seconds: alignment.rows.reduce((sum, r) => sum + r.seconds, 0), edited: edited.length }
  }
}

/**
 * The QA findings of a translation, each with its message in the interface language. Entity
 * mentions are the article's linked annotations, placed in the row whose span holds them;
 * `renderings` tells how those entities are written in the target language across the archive.
 */
export function qaFindings(
  doc: ArticleDoc,
  lang: string,
  registry: readonly Entity[],
  t: Translate,
  renderings: (entities: ReadonlySet<string>, lang: string) => Record<string, string[]> = () => ({})
): QaFindingView[] {
  const view = segmentsView(doc, lang)
  const rows: QaRow[] = view.rows.map((row) => ({
    id: row.id,
    source: row.source,
    target: row.target,
    sourceLang: view.sourceLang,
    targetLang: view.lang,
    ignored: row.ignored
  }))
  const mentions: QaEntityMention[] = []
  for (const annotation of doc.annotations) {
    if (!annotation.entity || annotation.orphan) continue
    const side = annotation.target.source === view.versionId ? 'target' : annotation.target.source === view.sourceVersionId ? 'source' : null
    if (!side) continue
    const { start, end } = annotation.target.position
    const row = view.rows.find((r) => {
      const span = side === 'target' ? r.targetSpan : r.sourceSpan
      return span !== null && span.start <= start && end <= span.end
    })
    if (row) mentions.push({ rowId: row.id, side, entityId: annotation.entity, text: annotation.target.quote.exact })
  }
  const linked = new Set(mentions.map((m) => m.entityId))
  const entities: QaEntity[] = registry
    .filter((e) => linked.has(e.id))
    .map((e) => ({ id: e.id, names: Object.entries(e.names).map(([lang, name]) => ({ lang, name })), aliases: e.aliases }))
  const entityVariants = renderings(linked, view.lang)
  return runChecks(rows, { mentions, entities, entityVariants }).map((finding) => ({
    ...finding,
    message: t(`translate:qa.message.${finding.check}`, { ...finding.params, segment: finding.segment })
  }))
}
