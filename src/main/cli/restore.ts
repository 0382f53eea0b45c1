import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure } from './output'

/** `scriptorium restore <id>...`: brings articles and entities back from the trash. */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore.summary',
  usage: 'restore <id>... [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 1,
  maxPositionals: 10_000,
  run: (values, positionals, io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const listed = await call(dispatch, 'listTrash', {})
      if (!listed.ok) return printFailure(io, listed.error)
      const names = new Map<string, string>([
        ...listed.value.articles.map((a): [string, string] => [a.id, a.title]),
        ...listed.value.entities.map((e): [string, string] => [e.id, e.name])
      ])
      const ids = [...new Set(positionals)]
      const unknown = ids.filter((id) => !names.has(id))
      if (unknown.length > 0) {
        for (const id of unknown) io.err(t('errors:trash.notInTrash', { id }))
        return EXIT.someFailed
      }
      const trashedArticles = new Set(listed.value.articles.map((a) => a.id))
      const articles = ids.filter((id) => trashedArticles.has(id))
      const entities = ids.filter((id) => !trashedArticles.has(id))
      const result = await call(dispatch, 'restoreFromTrash', { articles, entities })
      if (!result.ok) return printFailure(io, result.error)
      if (values.json) io.out(JSON.stringify({ articles, entities }, null, 2))
      else for (const id of ids) io.out(t('cli:restore.done', { id, title: names.get(id) ?? '' }))
      return EXIT.ok
    })
}
