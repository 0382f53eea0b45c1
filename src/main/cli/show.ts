import type { ArticleDoc, Entity } from '@shared/model'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure } from './output'

/** The annotations (with linked entity names) and relations, one line each. */
function printAnnotations(io: CliIo, t: Translate, doc: ArticleDoc, entities: Entity[]): void {
  if (doc.annotations.length === 0) return
  const names = new Map(entities.map((e) => [e.id, e.name]))
  io.out('')
  io.out(t('cli:showAnnotations.heading'))
  for (const a of doc.annotations) {
    const { position, quote } = a.target
    const name = a.entity === null ? undefined : (names.get(a.entity) ?? a.entity)
    const entity = name === undefined ? '' : ` → ${name}`
    const orphan = a.orphan ? t('cli:showAnnotations.orphan') : ''
    io.out(t('cli:showAnnotations.line', { type: a.type, start: position.start, end: position.end, exact: quote.exact, entity, orphan }))
  }
  if (doc.relations.length === 0) return
  const exact = new Map(doc.annotations.map((a) => [a.id, a.target.quote.exact]))
  io.out('')
  io.out(t('cli:showAnnotations.relations'))
  for (const r of doc.relations) io.out(t('cli:showAnnotations.relation', { from: exact.get(r.from) ?? r.from, type: r.type, to: exact.get(r.to) ?? r.to }))
}

export const showCommand: Command = {
  name: 'show',
  summary: 'show.summary',
  usage: 'show <id> [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 1,
  maxPositionals: 1,
  run: (values, [id], io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'getArticle', { id: id! })
      if (!result.ok) return printFailure(io, result.error)
      const { doc, entities } = result.value
      if (values.json) {
        const { schemaVersion, article, versions, annotations, relations, alignments, history, rejected = [] } = doc
        // Each annotation names the text version it belongs to (the original or a translation).
        const byId = new Map(versions.map((v) => [v.id, { id: v.id, lang: v.lang, role: v.role }]))
        const named = annotations.map((a) => ({ ...a, version: byId.get(a.target.source) ?? null }))
        io.out(JSON.stringify({ schemaVersion, ...article, versions, annotations: named, relations, alignments, entities, history, rejected }, null, 2))
        return EXIT.ok
      }
      const { article } = doc
      io.out(article.title)
      io.out('')
      const fields: [string, string][] = [
        ['id', article.id],
        ['date', article.date ?? '—'],
        ['source', article.source || '—'],
        ['language', article.language],
        ['origin', `${article.origin.fileName} (${article.origin.format}, ${article.origin.encoding})`],
        ['annotations', String(doc.annotations.length)]
      ]
      for (const [key, value] of fields) io.out(`${t(`cli:show.field.${key}`)}: ${value}`)
      printAnnotations(io, t, doc, entities)
      for (const version of doc.versions) {
        io.out('')
        io.out(t('cli:show.version', { lang: version.lang, role: t(`cli:show.role.${version.role}`), origin: t(`cli:show.origin.${version.origin}`) }))
        io.out('')
        io.out(version.text)
      }
      return EXIT.ok
    }, { readOnly: true })
}
