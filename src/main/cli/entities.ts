import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure, table } from './output'

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'entities.summary',
  usage: 'entities [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 0,
  maxPositionals: 0,
  run: (values, _positionals, io, t) =>
    withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'getRegistry', {})
      if (!result.ok) return printFailure(io, result.error)
      const { entities } = result.value
      if (values.json) {
        io.out(JSON.stringify(entities, null, 2))
        return EXIT.ok
      }
      const header = ['id', 'type', 'mentions', 'name'].map((key) => t(`cli:entities.column.${key}`))
      const body = entities.map((e) => [e.id, e.type, String(e.mentionCount), e.name])
      for (const line of table([header, ...body])) io.out(line)
      io.out(t('cli:entities.count', { count: entities.length }))
      return EXIT.ok
    }, { readOnly: true })
}
