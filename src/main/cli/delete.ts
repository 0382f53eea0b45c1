import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure } from './output'

/**
 * `scriptorium delete <id>...`: moves articles and entities (named by id) to the archive's
 * trash/, from where `restore` brings them back. An unknown id deletes nothing.
 */
export const deleteCommand: Command = {
  name: 'delete',
  summary: 'delete.summary',
  usage: 'delete <id>... [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 1,
  maxPositionals: 10_000,
  run: (values, positionals, io, t) =>
    withSession(values, io, t, async ({ ctx, dispatch }) => {
      const ids = [...new Set(positionals)]
      const entityIds = new Set(ctx.archive.registry().entities.map((e) => e.id))
      const articles = ids.filter((id) => ctx.archive.has(id))
      const entities = ids.filter((id) => !ctx.archive.has(id) && entityIds.has(id))
      const unknown = ids.filter((id) => !articles.includes(id) && !entities.includes(id))
      if (unknown.length > 0) {
        for (const id of unknown) io.err(t('cli:delete.unknown', { id }))
        return EXIT.someFailed
      }
      const titles = new Map(ctx.archive.list().map((a) => [a.id, a.title]))
      if (articles.length > 0) {
        const result = await call(dispatch, 'deleteArticles', { ids: articles })
        if (!result.ok) return printFailure(io, result.error)
      }
      for (const id of entities) {
        const result = await call(dispatch, 'deleteEntity', { id })
        if (!result.ok) return printFailure(io, result.error)
        titles.set(id, result.value.trash.entities.find((e) => e.id === id)?.name ?? id)
      }
      if (values.json) io.out(JSON.stringify({ articles, entities }, null, 2))
      else for (const id of [...articles, ...entities]) io.out(t('cli:delete.done', { id, title: titles.get(id) ?? '' }))
      return EXIT.ok
    })
}
