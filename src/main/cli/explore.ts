import type { ExploreData } from '@shared/ipc/explore-contract'
import { DEFAULT_EXPLORE_LIMIT } from '@shared/ipc/explore-contract'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure, table } from './output'
import { wholeNumber } from './whole-number'

const MAX_TOP = 500
const PAIRS_SHOWN = 20
const BAR_WIDTH = 30

/** The months as lines of bars, then the strongest pairs, for people. */
function printExplore(io: CliIo, t: Translate, data: ExploreData): void {
  const most = Math.max(1, ...data.months.map((m) => m.articles))
  const mentionsHeader = t(data.entity === null ? 'cli:explore.column.linked' : 'cli:explore.column.mentions')
  const rows = data.months.map((m) => [m.month, String(m.articles), String(m.mentions), '█'.repeat(Math.round((m.articles / most) * BAR_WIDTH))])
  for (const line of table([[t('cli:explore.column.month'), t('cli:explore.column.articles'), mentionsHeader, ''], ...rows])) io.out(line)
  if (data.months.length === 0) io.out(t('cli:explore.noDates'))
  if (data.undated.articles > 0) io.out(t('cli:explore.undated', { count: data.undated.articles, mentions: data.undated.mentions }))
  io.out('')
  const names = new Map(data.nodes.map((n) => [n.id, n.name]))
  if (data.edges.length === 0) {
    io.out(t('cli:explore.noPairs'))
    return
  }
  io.out(t('cli:explore.pairs', { count: Math.min(PAIRS_SHOWN, data.edges.length), nodes: data.nodes.length }))
  const pairs = data.edges.slice(0, PAIRS_SHOWN).map((e) => [names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, String(e.weight)])
  for (const line of table([[t('cli:explore.column.entity'), t('cli:explore.column.entity'), t('cli:explore.column.weight')], ...pairs])) io.out(line)
}

/** `scriptorium explore`: articles (and an entity's mentions) per month, and the co-occurrence graph. */
export const exploreCommand: Command = {
  name: 'explore',
  summary: 'explore.summary',
  usage: 'explore [--entity ID] [--type TYPE]... [--top N] [--min-weight N] [--sentence] [--archive DIR] [--json]',
  options: {
    entity: { type: 'string' },
    type: { type: 'string', multiple: true },
    top: { type: 'string' },
    'min-weight': { type: 'string' },
    sentence: { type: 'boolean' },
    ...archiveJson.options
  },
  optionHelp: {
    entity: 'explore.option.entity',
    type: 'explore.option.type',
    top: 'explore.option.top',
    'min-weight': 'explore.option.minWeight',
    sentence: 'explore.option.sentence',
    ...archiveJson.optionHelp
  },
  minPositionals: 0,
  maxPositionals: 0,
  run: async (values, _positionals, io, t) => {
    const limit = wholeNumber(values.top, DEFAULT_EXPLORE_LIMIT, 1, MAX_TOP)
    const minWeight = wholeNumber(values['min-weight'], 1, 1, 1_000_000)
    if (limit === null || minWeight === null) {
      const [option, value] = limit === null ? ['--top', values.top] : ['--min-weight', values['min-weight']]
      io.err(t('cli:explore.badNumber', { option, value: String(value), max: limit === null ? MAX_TOP : 1_000_000 }))
      io.err(`${t('cli:help.usage')}: scriptorium ${exploreCommand.usage}`)
      return EXIT.usage
    }
    const entity = typeof values.entity === 'string' ? values.entity : undefined
    const types = Array.isArray(values.type) ? values.type : undefined
    return withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'explore', { entity, types, limit, minWeight, scope: values.sentence ? 'sentence' : 'article' })
      if (!result.ok) return printFailure(io, result.error)
      const data = result.value
      if (values.json) {
        const { months, undated, nodes, edges } = data
        io.out(JSON.stringify({ months, undated, nodes, edges }, null, 2))
        return EXIT.ok
      }
      printExplore(io, t, data)
      return EXIT.ok
    }, { readOnly: true })
  }
}
