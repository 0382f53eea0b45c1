import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { addEntity, addOptionHelp, addOptions } from './entities-add'
import { withSession } from './open'
import { printFailure, table } from './output'

/** `scriptorium entities`: the registry with mention counts; `entities add`: one new entity. */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'entities.summary',
  usage: 'entities [add --type TYPE --name NAME [--names LANG=NAME,...] [--alias A]... [--wikidata Q…]] [--archive DIR] [--json]',
  options: { ...addOptions, ...archiveJson.options },
  optionHelp: { ...addOptionHelp, ...archiveJson.optionHelp },
  minPositionals: 0,
  maxPositionals: 1,
  run: async (values, [sub], io, t) => {
    if (sub === 'add') return addEntity(values, io, t, entitiesCommand)
    const misplaced = sub === undefined ? Object.keys(addOptions).find((option) => values[option] !== undefined) : undefined
    if (sub !== undefined || misplaced !== undefined) {
      io.err(sub !== undefined ? t('cli:entities.unknownSub', { name: sub }) : t('cli:entities.onlyForAdd', { option: `--${misplaced}` }))
      io.err(`${t('cli:help.usage')}: scriptorium ${entitiesCommand.usage}`)
      return EXIT.usage
    }
    return withSession(values, io, t, async ({ dispatch }) => {
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
}
