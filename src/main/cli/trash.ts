import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure, table } from './output'

/** `scriptorium trash`: what was deleted, newest first; `restore` brings it back. */
export const trashCommand: Command = {
  name: 'trash',
  summary: 'trash.summary',
  usage: 'trash [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 0,
  maxPositionals: 0,
  run: (values, _positionals, io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'listTrash', {})
      if (!result.ok) return printFailure(io, result.error)
      const { articles, entities } = result.value
      if (values.json) {
        io.out(JSON.stringify(result.value, null, 2))
        return EXIT.ok
      }
      const header = ['kind', 'id', 'deleted', 'name'].map((key) => t(`cli:trash.column.${key}`))
      const rows = [
        ...articles.map((a) => [t('cli:trash.kind.article'), a.id, a.deletedAt.slice(0, 16).replace('T', ' '), a.title]),
        ...entities.map((e) => [t('cli:trash.kind.entity'), e.id, e.deletedAt.slice(0, 16).replace('T', ' '), `${e.name} (${e.type})`])
      ]
      if (rows.length > 0) for (const line of table([header, ...rows])) io.out(line)
      io.out(t('cli:trash.count', { articles: t('cli:trash.articles', { count: articles.length }), entities: t('cli:trash.entities', { count: entities.length }) }))
      return EXIT.ok
    }, { readOnly: true })
}
