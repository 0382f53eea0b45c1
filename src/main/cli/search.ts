import type { SearchHit } from '@shared/ipc/search-contract'
import { parseQuery } from '@shared/search'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { withIndexProgress } from './index-progress'
import { withSession } from './open'
import { printFailure } from './output'
import { wholeNumber } from './whole-number'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 1000

/** A snippet as plain text; for people, the matches between « ». */
function snippetText(snippet: SearchHit['snippets'][number], marked: boolean): string {
  if (!marked) return snippet.text
  const points = [...snippet.text]
  for (const [start, end] of [...snippet.highlights].reverse()) {
    points.splice(end, 0, '»')
    points.splice(start, 0, '«')
  }
  return points.join('')
}

function printHits(io: CliIo, t: Translate, hits: SearchHit[], total: number): void {
  hits.forEach((hit, i) => {
    io.out(`${i + 1}. ${hit.title}`)
    io.out(`   ${[hit.id, hit.date ?? '—', hit.source || '—', hit.language].join(' · ')} · ${t('cli:search.score', { score: hit.score })}`)
    for (const snippet of hit.snippets) io.out(`   ${snippetText(snippet, true)}`)
  })
  io.out(total > hits.length ? t('cli:search.countShown', { count: total, shown: hits.length }) : t('cli:search.count', { count: total }))
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search.summary',
  usage: 'search QUERY [--limit N] [--archive DIR] [--json]',
  options: { ...archiveJson.options, limit: { type: 'string' } },
  optionHelp: { limit: 'option.limit', ...archiveJson.optionHelp },
  minPositionals: 1,
  maxPositionals: Infinity,
  run: async (values, positionals, io, t) => {
    // Several words unquoted by the shell are one query, as typed.
    const query = positionals.join(' ')
    const limit = wholeNumber(values.limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
    if (limit === null) {
      io.err(t('cli:search.badLimit', { value: String(values.limit), max: MAX_LIMIT }))
      return EXIT.usage
    }
    // A malformed query is a usage error, told before the archive is opened.
    const parsed = parseQuery(query)
    if (!parsed.ok) {
      io.err(t(`errors:${parsed.error.code}`, parsed.error.params))
      return EXIT.usage
    }
    return withSession(values, io, t, async ({ ctx, dispatch }) => {
      const result = await withIndexProgress(ctx, io, t, () => call(dispatch, 'search', { query, limit }))
      if (!result.ok) return printFailure(io, result.error)
      const { hits, total } = result.value
      if (values.json) {
        const rows = hits.map(({ id, title, score, snippets }) => ({ id, title, score, snippets: snippets.map((s) => snippetText(s, false)) }))
        io.out(JSON.stringify(rows, null, 2))
        return EXIT.ok
      }
      printHits(io, t, hits, total)
      return EXIT.ok
    }, { readOnly: true })
  }
}
