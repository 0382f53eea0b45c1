import { parseQuery } from '@shared/search'
import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure } from './output'

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/**
 * `scriptorium tag <id>... --add T [--remove T] [--query QUERY]`: adds and removes article
 * tags on the named articles and/or every article a search finds, all or nothing, as the
 * library's batch "Tag" does (one step; the articles' history records it).
 */
export const tagCommand: Command = {
  name: 'tag',
  summary: 'tag.summary',
  usage: 'tag [<id>...] [--query QUERY] (--add TAG | --remove TAG)... [--archive DIR] [--json]',
  options: { ...archiveJson.options, add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true }, query: { type: 'string' } },
  optionHelp: { add: 'option.addTag', remove: 'option.removeTag', query: 'option.query', ...archiveJson.optionHelp },
  minPositionals: 0,
  maxPositionals: 100_000,
  run: async (values, positionals, io, t) => {
    const add = list(values.add)
    const remove = list(values.remove)
    const query = typeof values.query === 'string' ? values.query : undefined
    if (add.length + remove.length === 0) {
      io.err(t('cli:tag.noTags'))
      return EXIT.usage
    }
    if (positionals.length === 0 && query === undefined) {
      io.err(t('cli:tag.noArticles'))
      return EXIT.usage
    }
    const parsed = query === undefined ? null : parseQuery(query)
    if (parsed && !parsed.ok) {
      io.err(t(`errors:${parsed.error.code}`, parsed.error.params))
      return EXIT.usage
    }
    return withSession(values, io, t, async ({ dispatch }) => {
      const ids = [...positionals]
      if (query !== undefined) {
        const found = await call(dispatch, 'searchIds', { query })
        if (!found.ok) return printFailure(io, found.error)
        ids.push(...found.value.ids)
      }
      if (ids.length === 0) {
        io.err(t('cli:tag.noneFound', { query }))
        return EXIT.someFailed
      }
      const result = await call(dispatch, 'tagArticles', { ids, add, remove })
      if (!result.ok) return printFailure(io, result.error)
      const { selected, changed } = result.value
      if (values.json) io.out(JSON.stringify({ selected, changed, added: add, removed: remove }, null, 2))
      else io.out(t('cli:tag.done', { count: changed, selected }))
      return EXIT.ok
    })
  }
}
