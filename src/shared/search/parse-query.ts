import { parseDateRange } from './dates'
import { fold } from './fold'
import { HAS_VALUES, SEARCH_FIELDS, STATUS_VALUES, type Clause, type ParsedQuery, type QueryError, type SearchField } from './query'
import { splitQueryWord } from './tokenize'

/** One whitespace-separated piece of a query: `-`? `field:`? then a bare or quoted value. */
interface Token {
  negated: boolean
  field: string | null
  value: string
  quoted: boolean
}

const FIELD_NAME = /^[A-Za-z]+$/
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/

class QueryFailure {
  constructor(readonly error: QueryError) {}
}
const failure = (code: QueryError['code'], params: QueryError['params']) => new QueryFailure({ code, params })

/** Splits the query into tokens; a quote opened and never closed is an error naming where. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const n = input.length
  const isSpace = (index: number) => /\s/u.test(input[index] ?? '')
  while (i < n) {
    if (isSpace(i)) {
      i++
      continue
    }
    let negated = false
    if (input[i] === '-' && i + 1 < n && !isSpace(i + 1)) {
      negated = true
      i++
    }
    let field: string | null = null
    const rest = input.slice(i)
    const colon = /^([^\s:"]+):/.exec(rest)
    if (colon && FIELD_NAME.test(colon[1] as string)) {
      field = (colon[1] as string).toLowerCase()
      i += colon[0].length
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1)
      if (close < 0) throw failure('search.unclosedQuote', { position: [...input.slice(0, i)].length + 1 })
      tokens.push({ negated, field, value: input.slice(i + 1, close), quoted: true })
      i = close + 1
      continue
    }
    let end = i
    while (end < n && !isSpace(end) && input[end] !== '"') end++
    tokens.push({ negated, field, value: input.slice(i, end), quoted: false })
    i = end
  }
  return tokens
}

function fieldClause(field: SearchField, token: Token): Clause[] {
  const { negated } = token
  const raw = token.value.trim()
  if (raw === '') throw failure('search.emptyValue', { field })
  switch (field) {
    case 'title':
    case 'source':
      return [{ kind: 'text', field, text: fold(raw), negated }]
    case 'lang': {
      const value = raw.toLowerCase()
      if (!LANG_TAG.test(value)) throw failure('search.badValue', { field, value: raw, allowed: 'en, zh, zh-CN…' })
      return [{ kind: 'lang', value, negated }]
    }
    case 'date': {
      const range = parseDateRange(raw)
      if (!range) throw failure('search.badDate', { value: raw })
      return [{ kind: 'date', ...range, negated }]
    }
    case 'type':
      return [{ kind: 'type', value: raw.toUpperCase(), negated }]
    case 'entity':
      return [{ kind: 'entity', value: fold(raw), negated }]
    case 'status': {
      const value = STATUS_VALUES.find((v) => v === raw.toLowerCase())
      if (!value) throw failure('search.badValue', { field, value: raw, allowed: STATUS_VALUES.join(', ') })
      return [{ kind: 'status', value, negated }]
    }
    case 'has': {
      const value = HAS_VALUES.find((v) => v === raw.toLowerCase())
      if (!value) throw failure('search.badValue', { field, value: raw, allowed: HAS_VALUES.join(', ') })
      return [{ kind: 'has', value, negated }]
    }
  }
}

function textClauses(token: Token): Clause[] {
  const text = fold(token.value).trim().replace(/ +/g, ' ')
  if (text === '') return []
  // A bare Chinese run is cut into words, each required; quoted or excluded, it stays one sequence.
  if (token.quoted || token.negated) return [{ kind: 'text', text, negated: token.negated }]
  return splitQueryWord(text).map((word) => ({ kind: 'text', text: word, negated: false }))
}

/**
 * Parses the search syntax: words (all must occur), "phrases", -exclusions, and fields
 * title: source: lang: date: type: entity: status: has:. Never throws: a malformed query
 * answers an error code and the part it names.
 */
export function parseQuery(input: string): ParsedQuery {
  try {
    const clauses: Clause[] = []
    for (const token of tokenize(input)) {
      if (token.field === null) {
        clauses.push(...textClauses(token))
        continue
      }
      const field = SEARCH_FIELDS.find((name) => name === token.field)
      if (!field) throw failure('search.unknownField', { field: token.field, fields: SEARCH_FIELDS.join(', ') })
      clauses.push(...fieldClause(field, token))
    }
    return { ok: true, query: { clauses } }
  } catch (error) {
    if (error instanceof QueryFailure) return { ok: false, error: error.error }
    throw error
  }
}
