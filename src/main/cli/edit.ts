import { call } from '../dispatch'
import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'
import { printFailure } from './output'

const FIELDS = ['title', 'date', 'source', 'language', 'url'] as const

/** `scriptorium edit <id> --title …`: the article's details, checked as in the app. */
export const editCommand: Command = {
  name: 'edit',
  summary: 'edit.summary',
  usage: 'edit <id> [--title T] [--date D] [--source S] [--language L] [--url U] [--archive DIR] [--json]',
  options: { ...Object.fromEntries(FIELDS.map((f) => [f, { type: 'string' as const }])), ...archiveJson.options },
  optionHelp: { ...Object.fromEntries(FIELDS.map((f) => [f, `edit.option.${f}`])), ...archiveJson.optionHelp },
  minPositionals: 1,
  maxPositionals: 1,
  run: async (values, [id], io, t) => {
    const given = FIELDS.filter((f) => typeof values[f] === 'string')
    if (given.length === 0) {
      io.err(t('cli:edit.nothing'))
      io.err(`${t('cli:help.usage')}: scriptorium ${editCommand.usage}`)
      return EXIT.usage
    }
    const input = Object.fromEntries(given.map((f) => [f, values[f] as string]))
    return withSession(values, io, t, async ({ dispatch }) => {
      const result = await call(dispatch, 'updateArticle', { articleId: id!, ...input })
      if (!result.ok) return printFailure(io, result.error)
      const article = result.value.delta.article
      if (!article) return EXIT.ok
      const { title, date, source, language, url } = article
      if (values.json) {
        io.out(JSON.stringify({ id: article.id, title, date, source, language, url: url ?? null }, null, 2))
        return EXIT.ok
      }
      io.out(t('cli:edit.done', { id: article.id }))
      const shown: Record<(typeof FIELDS)[number], string> = { title, date: date ?? '—', source: source || '—', language, url: url ?? '—' }
      for (const field of FIELDS) io.out(`  ${t(`cli:edit.field.${field}`)}: ${shown[field]}`)
      return EXIT.ok
    })
  }
}
