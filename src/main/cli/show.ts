import { call } from '../dispatch'
import { archiveOption, EXIT, jsonOption, type Command } from './command'
import { withSession } from './open'
import { printFailure } from './output'

export const showCommand: Command = {
  name: 'show',
  summary: 'show.summary',
  usage: 'show <id> [--archive DIR] [--json]',
  options: { ...archiveOption, ...jsonOption },
  optionHelp: { archive: 'option.archive', json: 'option.json' },
  minPositionals: 1,
  maxPositionals: 1,
  run: (values, [id], io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'getArticle', { id: id! })
      if (!result.ok) return printFailure(io, result.error)
      const { doc, entities } = result.value
      if (values.json) {
        const { schemaVersion, article, versions, annotations, relations, history } = doc
        io.out(JSON.stringify({ schemaVersion, ...article, versions, annotations, relations, entities, history }, null, 2))
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
      for (const version of doc.versions) {
        io.out('')
        io.out(t('cli:show.version', { lang: version.lang, role: t(`cli:show.role.${version.role}`), origin: t(`cli:show.origin.${version.origin}`) }))
        io.out('')
        io.out(version.text)
      }
      return EXIT.ok
    })
}
