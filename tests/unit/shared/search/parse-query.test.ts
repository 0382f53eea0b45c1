import { describe, expect, it } from 'vitest'
import { parseQuery, type Clause } from '@shared/search'

const clauses = (input: string): Clause[] => {
  const parsed = parseQuery(input)
  if (!parsed.ok) throw new Error(`expected ${input} to parse: ${parsed.error.code}`)
  return parsed.query.clauses
}
const error = (input: string) => {
  const parsed = parseQuery(input)
  if (parsed.ok) throw new Error(`expected ${input} to fail`)
  return parsed.error
}

describe('parseQuery: words, phrases, exclusions', () => {
  it('an empty or blank query has no clause', () => {
    expect(clauses('')).toEqual([])
    expect(clauses('   \t ')).toEqual([])
  })

  it('words are folded and each must occur', () => {
    expect(clauses('Yulong  Lake')).toEqual([
      { kind: 'text', text: 'yulong', negated: false },
      { kind: 'text', text: 'lake', negated: false }
    ])
    expect(clauses('Café')).toEqual([{ kind: 'text', text: 'cafe', negated: false }])
  })

  it('a quoted phrase is one clause with its spaces collapsed', () => {
    expect(clauses('"Yulong   Lake" park')).toEqual([
      { kind: 'text', text: 'yulong lake', negated: false },
      { kind: 'text', text: 'park', negated: false }
    ])
  })

  it('a minus excludes a word or a phrase; a lone minus is a word of its own', () => {
    expect(clauses('-flood "river" -"Hu Tao"')).toEqual([
      { kind: 'text', text: 'flood', negated: true },
      { kind: 'text', text: 'river', negated: false },
      { kind: 'text', text: 'hu tao', negated: true }
    ])
    expect(clauses('a - b').map((c) => c.kind === 'text' && c.text)).toEqual(['a', '-', 'b'])
  })

  it('a bare Chinese run is cut into words (each required); quoted it stays one sequence', () => {
    const words = clauses('志愿服务').map((c) => c.kind === 'text' && c.text)
    expect(words.length).toBeGreaterThan(1)
    expect(words.join('')).toBe('志愿服务')
    expect(clauses('"志愿服务"')).toEqual([{ kind: 'text', text: '志愿服务', negated: false }])
    expect(clauses('-志愿服务')).toEqual([{ kind: 'text', text: '志愿服务', negated: true }])
  })

  it('an empty phrase is ignored', () => {
    expect(clauses('"" lake')).toEqual([{ kind: 'text', text: 'lake', negated: false }])
  })

  it('colons that do not follow a field name stay in the word', () => {
    expect(clauses('22:00')).toEqual([{ kind: 'text', text: '22:00', negated: false }])
  })
})

describe('parseQuery: fields', () => {
  it('title: and source: take a word or a phrase, folded', () => {
    expect(clauses('title:"Water Supply" source:Xinhua')).toEqual([
      { kind: 'text', field: 'title', text: 'water supply', negated: false },
      { kind: 'text', field: 'source', text: 'xinhua', negated: false }
    ])
  })

  it('field names are case-insensitive; a minus negates a field', () => {
    expect(clauses('LANG:zh -Type:person')).toEqual([
      { kind: 'lang', value: 'zh', negated: false },
      { kind: 'type', value: 'PERSON', negated: true }
    ])
  })

  it('lang: takes language tags only', () => {
    expect(clauses('lang:zh-CN')).toEqual([{ kind: 'lang', value: 'zh-cn', negated: false }])
    expect(error('lang:z')).toMatchObject({ code: 'search.badValue', params: { field: 'lang', value: 'z' } })
  })

  it('entity: takes a name in any script, folded', () => {
    expect(clauses('entity:"Hu Tao" entity:胡涛')).toEqual([
      { kind: 'entity', value: 'hu tao', negated: false },
      { kind: 'entity', value: '胡涛', negated: false }
    ])
  })

  it('status: and has: take their listed values', () => {
    expect(clauses('status:Final has:orphans has:annotations has:translation')).toEqual([
      { kind: 'status', value: 'final', negated: false },
      { kind: 'has', value: 'orphans', negated: false },
      { kind: 'has', value: 'annotations', negated: false },
      { kind: 'has', value: 'translation', negated: false }
    ])
    expect(error('status:done')).toMatchObject({ code: 'search.badValue', params: { field: 'status', value: 'done', allowed: 'initial, translated, reviewed, final' } })
    expect(error('has:pictures')).toMatchObject({ code: 'search.badValue', params: { field: 'has', value: 'pictures' } })
  })

  it('date: takes a year, month or day, and ranges with open ends', () => {
    expect(clauses('date:2023')).toEqual([{ kind: 'date', from: '2023', to: '2023', negated: false }])
    expect(clauses('date:2023-03..2024')).toEqual([{ kind: 'date', from: '2023-03', to: '2024', negated: false }])
    expect(clauses('date:..2024-02-29')).toEqual([{ kind: 'date', from: null, to: '2024-02-29', negated: false }])
    expect(clauses('date:2023-03-05..')).toEqual([{ kind: 'date', from: '2023-03-05', to: null, negated: false }])
  })

  it.each(['2023-13', '23', '2023-03-32', '..', '2024..2023', '2023-05..2023-04-30', 'march', '2023...2024'])('date:%s is not a date range', (value) => {
    expect(error(`date:${value}`)).toEqual({ code: 'search.badDate', params: { value } })
  })
})

describe('parseQuery: malformed queries name the problem', () => {
  it('an unclosed quote names where it opened (in characters)', () => {
    expect(error('lake "Yulong')).toEqual({ code: 'search.unclosedQuote', params: { position: 6 } })
    expect(error('志愿 "服务')).toEqual({ code: 'search.unclosedQuote', params: { position: 4 } })
    expect(error('entity:"Hu Tao')).toMatchObject({ code: 'search.unclosedQuote' })
  })

  it('an unknown field names it and the fields there are', () => {
    expect(error('author:Li')).toEqual({
      code: 'search.unknownField',
      params: { field: 'author', fields: 'title, source, lang, date, type, entity, status, has' }
    })
  })

  it('a field without a value names the field', () => {
    expect(error('title:')).toEqual({ code: 'search.emptyValue', params: { field: 'title' } })
    expect(error('entity:""')).toEqual({ code: 'search.emptyValue', params: { field: 'entity' } })
  })
})
