import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure, table } from './output'

export const listCommand: Command = {
  name: 'list',
  summary: 'list.summary',
  usage: 'list [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 0,
  maxPositionals: 0,
  run: (values, _positionals, io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'listArticles', {})
      if (!result.ok) return printFailure(io, result.error)
      const rows = result.value.map(({ id, title, date, source, language, annotationCount }) => ({ id, title, date, source, language, annotationCount }))
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2))
        return EXIT.ok
      }
      const header = ['id', 'date', 'language', 'annotations', 'source', 'title'].map((key) => t(`cli:list.column.${key}`))
      const body = rows.map((row) => [row.id, row.date ?? '', row.language, String(row.annotationCount), row.source, row.title])
      for (const line of table([header, ...body])) io.out(line)
      io.out(t('cli:list.count', { count: rows.length }))
      return EXIT.ok
    }, { readOnly: true })
}
