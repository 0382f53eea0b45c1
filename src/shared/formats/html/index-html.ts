import type { Alignment, Annotation, ArticleDoc, Entity, TagSchema, TextVersion } from '../../model'
import type { FormatInput, Translate } from '../interchange/types'
import { escapeHtml as esc, typeClass } from './escape'
import { highlight } from './highlight'
import { indexStyle } from './style'

/** The language the page is written in and its translator (i18next's `t` for that language). */
export interface IndexLocale {
  lang: string
  t: Translate
}

const anchor = (doc: ArticleDoc): string => `article-${doc.article.id}`

function versionHeading(version: TextVersion, t: Translate): string {
  return version.role === 'original'
    ? t('formats:index.original', { lang: version.lang })
    : t('formats:index.translation', { lang: version.lang, origin: t(`formats:index.origin.${version.origin}`) })
}

const mentionsOf = (doc: ArticleDoc, version: TextVersion): Annotation[] =>
  doc.annotations.filter((a) => a.target.source === version.id && !a.orphan)

/** Rows of aligned segments: source and target side by side, each highlighted. */
function alignedTable(doc: ArticleDoc, alignment: Alignment, t: Translate): string {
  const source = doc.versions.find((v) => v.id === alignment.source)
  const target = doc.versions.find((v) => v.id === alignment.target)
  if (!source || !target) return ''
  const sourcePoints = [...source.text]
  const targetPoints = [...target.text]
  const rows = alignment.rows.map((row) => {
    const left = row.source === null ? '' : highlight(sourcePoints, row.source.start, row.source.end, mentionsOf(doc, source))
    const right = highlight(targetPoints, row.target.start, row.target.end, mentionsOf(doc, target))
    return `<tr><td lang="${esc(source.lang)}">${left}</td><td lang="${esc(target.lang)}">${right}</td></tr>`
  })
  return (
    `<h3>${esc(t('formats:index.aligned'))}</h3><table class="aligned"><thead><tr>` +
    `<th>${esc(versionHeading(source, t))}</th><th>${esc(versionHeading(target, t))}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  )
}

/** Every version whole, side by side. */
function textColumns(doc: ArticleDoc, t: Translate): string {
  const columns = doc.versions.map((version) => {
    const points = [...version.text]
    return `<div><h3>${esc(versionHeading(version, t))}</h3><div class="text" lang="${esc(version.lang)}">${highlight(points, 0, points.length, mentionsOf(doc, version))}</div></div>`
  })
  return `<div class="texts">${columns.join('')}</div>`
}

function entityList(doc: ArticleDoc, entities: readonly Entity[], t: Translate): string {
  const counts = new Map<string, number>()
  for (const a of doc.annotations) if (a.entity !== null) counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1)
  const linked = entities.filter((e) => counts.has(e.id))
  if (linked.length === 0) return `<h3>${esc(t('formats:index.entities'))}</h3><p class="meta">${esc(t('formats:index.noEntities'))}</p>`
  const items = linked.map((e) => {
    const names = Object.values(e.names).filter((n) => n !== e.name)
    const ids = Object.entries(e.identifiers).map(([scheme, id]) => `${scheme}: ${id}`)
    return (
      `<li><span class="chip ${typeClass(e.type)}">${esc(e.type)}</span> <strong>${esc(e.name)}</strong>` +
      (names.length > 0 ? ` (${esc(names.join(', '))})` : '') +
      (ids.length > 0 ? ` <span class="id">${esc(ids.join(' · '))}</span>` : '') +
      ` <span class="id">${esc(t('formats:index.mentions', { count: counts.get(e.id) }))}</span></li>`
    )
  })
  return `<h3>${esc(t('formats:index.entities'))}</h3><ul class="entities">${items.join('')}</ul>`
}

function relationList(doc: ArticleDoc, t: Translate): string {
  const byId = new Map(doc.annotations.map((a) => [a.id, a]))
  const items = doc.relations.flatMap((r) => {
    const from = byId.get(r.from)
    const to = byId.get(r.to)
    if (!from || !to) return []
    return [`<li>${esc(from.target.quote.exact)} → <em>${esc(r.type)}</em> → ${esc(to.target.quote.exact)}</li>`]
  })
  return items.length === 0 ? '' : `<h3>${esc(t('formats:index.relations'))}</h3><ul class="relations">${items.join('')}</ul>`
}

function articleSection(input: FormatInput, t: Translate): string {
  const { doc } = input
  const { article } = doc
  const meta = [
    `${t('formats:index.date')}: ${article.date ?? t('formats:index.undated')}`,
    ...(article.source === '' ? [] : [`${t('formats:index.source')}: ${article.source}`]),
    `${t('formats:index.language')}: ${article.language}`,
    t('formats:index.annotations', { count: doc.annotations.length })
  ]
  const aligned = doc.alignments.filter((a) => a.source !== null && a.rows.length > 0).map((a) => alignedTable(doc, a, t))
  return (
    `<section id="${esc(anchor(doc))}"><h2>${esc(article.title)}</h2><p class="meta">${esc(meta.join(' · '))}</p>` +
    `<h3>${esc(t('formats:index.texts'))}</h3>${textColumns(doc, t)}${aligned.join('')}` +
    `${entityList(doc, input.entities, t)}${relationList(doc, t)}</section>`
  )
}

function legend(schema: TagSchema): string {
  return `<ul class="legend">${schema.types.map((type) => `<li><span class="chip ${typeClass(type.name)}" title="${esc(type.description)}">${esc(type.name)}</span></li>`).join('')}</ul>`
}

/**
 * `data/index.html`: one self-contained page (inline CSS, no script, no remote resource) with a
 * section per article: every version side by side with coloured highlights, the aligned
 * segments row by row where a translation has an alignment, the linked entities and the
 * relations. Headings come from `locale.t`; every value from the archive is HTML-escaped.
 */
export function bundleIndexHtml(inputs: readonly FormatInput[], locale: IndexLocale): string {
  const { t } = locale
  const schema = inputs[0]?.schema
  const contents = inputs.map(({ doc }) => `<li><a href="#${esc(anchor(doc))}">${esc(doc.article.title)}</a></li>`)
  return (
    `<!DOCTYPE html>\n<html lang="${esc(locale.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(t('formats:index.title'))}</title><style>${schema ? indexStyle(schema) : ''}</style></head>` +
    `<body><main><h1>${esc(t('formats:index.title'))}</h1><p class="count">${esc(t('formats:index.count', { count: inputs.length }))}</p>` +
    (schema ? `<h3>${esc(t('formats:index.legend'))}</h3>${legend(schema)}` : '') +
    `<nav><h3>${esc(t('formats:index.contents'))}</h3><ol>${contents.join('')}</ol></nav>` +
    `${inputs.map((input) => articleSection(input, t)).join('')}</main></body></html>\n`
  )
}
