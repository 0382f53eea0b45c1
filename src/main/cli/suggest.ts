import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure, table } from './output'

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'suggest.summary',
  usage: 'suggest <id> [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 1,
  maxPositionals: 1,
  run: (values, [id], io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'suggest', { articleId: id! })
      if (!result.ok) return printFailure(io, result.error)
      const rows = result.value.map(({ start, end, exact, type, source, entity }) => ({ start, end, exact, type, source, entity: entity ?? null }))
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2))
        return EXIT.ok
      }
      const header = ['start', 'end', 'type', 'source', 'exact', 'entity'].map((key) => t(`cli:suggest.column.${key}`))
      const body = rows.map((r) => [String(r.start), String(r.end), r.type, t(`cli:suggest.source.${r.source}`), r.exact, r.entity ?? ''])
      for (const line of table([header, ...body])) io.out(line)
      io.out(t('cli:suggest.count', { count: rows.length }))
      return EXIT.ok
    }, { readOnly: true })
}
