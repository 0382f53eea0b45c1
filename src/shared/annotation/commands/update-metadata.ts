import { normaliseDate } from '../../formats/dates'
import type { Article } from '../../model/article'
import type { ArticleDoc } from '../../model/documents'
import type { ArticleCommand, CommandContext, MetadataInput, Outcome } from './types'
import { fail, makeEvent, withEvent } from './util'

export const TITLE_MAX = 2000
export const SOURCE_MAX = 500
export const URL_MAX = 4096
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/i

type Field = Exclude<keyof MetadataInput, 'verbatim'>
const FIELDS: Field[] = ['title', 'date', 'source', 'language', 'url']

/** The edited value as stored: trimmed, the date as ISO, an empty date or address as none. */
function clean(field: Field, raw: string | null): string | null {
  const value = raw === null ? '' : field === 'title' ? raw.replace(/\s+/g, ' ').trim() : raw.trim()
  switch (field) {
    case 'title':
      if (value.length === 0) fail('article.titleRequired', 'An article needs a title', {}, 'title')
      if ([...value].length > TITLE_MAX) fail('article.titleTooLong', `A title may hold at most ${TITLE_MAX} characters`, { max: TITLE_MAX }, 'title')
      return value
    case 'date':
      if (value.length === 0) return null
      return normaliseDate(value) ?? fail('article.invalidDate', `"${value}" is not a date`, { value }, 'date')
    case 'source':
      if ([...value].length > SOURCE_MAX) fail('article.sourceTooLong', `A source may hold at most ${SOURCE_MAX} characters`, { max: SOURCE_MAX }, 'source')
      return value
    case 'language':
      if (value.length > 35 || !LANGUAGE.test(value)) fail('article.invalidLanguage', `"${value}" is not a language tag`, { value }, 'language')
      return value
    case 'url':
      if (value.length === 0) return null
      if (value.length > URL_MAX || !WEB_ADDRESS.test(value)) fail('article.invalidUrl', `"${value}" is not a web address`, { value }, 'url')
      return value
  }
}

const current = (article: Article, field: Field): string | null => (field === 'url' ? (article.url ?? null) : article[field])

/**
 * Edits the article's title, date, source, language and/or web address. Values are checked
 * and normalised here (a date such as 2023年3月6日 is stored as 2023-03-06); the inverse
 * carries the old values. Fields given with their current value are not "changed"; a
 * change of nothing at all is refused, so that it never becomes an empty undo step.
 */
export function updateMetadata(doc: ArticleDoc, input: MetadataInput, ctx: CommandContext): Outcome<ArticleDoc, ArticleCommand, Article> {
  const next: Article = { ...doc.article }
  const undo: MetadataInput = { verbatim: true }
  const changed: Field[] = []
  for (const field of FIELDS) {
    const raw = input[field]
    if (raw === undefined) continue
    const value = input.verbatim ? raw : clean(field, raw)
    const old = current(doc.article, field)
    if (value === old) continue
    changed.push(field)
    Object.assign(undo, { [field]: old })
    if (field === 'url') {
      if (value === null) delete next.url
      else next.url = value
    } else Object.assign(next, { [field]: value })
  }
  if (changed.length === 0) fail('article.metadataUnchanged', 'Nothing to change in the article details', { id: doc.article.id })
  const event = makeEvent(ctx, 'article.metadata', { fields: changed })
  return {
    doc: withEvent({ ...doc, article: next }, event),
    inverse: { kind: 'updateMetadata', input: undo },
    event,
    value: next
  }
}
