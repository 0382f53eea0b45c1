import { MAX_ARTICLES, concordanceNeedle } from '@shared/concordance'
import type { ConcordanceResult } from '@shared/ipc/concordance-contract'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { withIndexProgress } from './index-progress'
import { withSession } from './open'
import { printFailure } from './output'
import { wholeNumber } from './whole-number'

const DEFAULT_LIMIT = 200
const MAX_LIMIT = 20_000

function printLines(io: CliIo, t: Translate, result: ConcordanceResult): void {
  for (const line of result.lines) {
    io.out(t('cli:concordance.line', { left: line.left, match: line.match, right: line.right}))
    const role = t(`cli:concordance.${line.role}`)
    io.out(`   ${t('cli:concordance.where', { title: line.title, date: line.date ?? '—', lang: line.lang, role, id: line.id, start: line.start, end: line.end})}`)
  }
  const counts = { total: result.total, articles: result.articles, shown: result.lines.length }
  io.out(result.total > result.lines.length ? t('cli:concordance.countShown', counts) : t('cli:concordance.count', counts))
  if (result.capped) io.out(t('cli:concordance.capped', { max: MAX_ARTICLES }))
}

/** `scriptorium concordance QUERY [--limit N] [--json]`: every occurrence, one KWIC line each. */
export const concordanceCommand: Command = {
  name: 'concordance',
  summary: 'concordance.summary',
  usage: 'concordance QUERY [--limit N] [--archive DIR] [--json]',
  options: { ...archiveJson.options, limit: { type: 'string' } },
  optionHelp: { limit: 'option.concordanceLimit', ...archiveJson.optionHelp },
  minPositionals: 1,
  maxPositionals: Infinity,
  run: async (values, positionals, io, t) => {
    // Several words unquoted by the shell are one phrase, as typed.
    const query = positionals.join(' ')
    const limit = wholeNumber(values.limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
    if (limit === null) {
      io.err(t('cli:concordance.badLimit', { value: String(values.limit), max: MAX_LIMIT }))
      return EXIT.usage
    }
    if (concordanceNeedle(query) === '') {
      io.err(t('cli:concordance.empty'))
      return EXIT.usage
    }
    return withSession(values, io, t, async ({ ctx, dispatch }) => {
      const result = await withIndexProgress(ctx, io, t, () => call(dispatch, 'concordance', { query, limit }))
      if (!result.ok) return printFailure(io, result.error)
      if (values.json) {
        const rows = result.value.lines.map(({ id, version, lang, start, end, left, match, right }) => ({ id, version, lang, start, end, left, match, right }))
        io.out(JSON.stringify(rows, null, 2))
        return EXIT.ok
      }
      printLines(io, t, result.value)
      return EXIT.ok
    }, { readOnly: true })
  }
}
