import { describe, expect, it } from 'vitest'
import type { Entity } from '@shared/model'
import { Glossary, nameIn } from '@shared/translation/glossary'

function entity(id: string, type: string, name: string, names: Record<string, string>, aliases: string[] = []): Entity {
  return { id, type, name, names, aliases, identifiers: {}, description: '' }
}

const registry = [
  entity('wang', 'PERSON', 'Wang Jianguo', { zh: '王建国', en: 'Wang Jianguo' }, ['王市长']),
  entity('lake', 'PLACE', '东湖', { zh: '东湖' }),
  entity('park', 'PLACE', '东湖公园', { zh: '东湖公园', en: 'East Lake Park' }),
  entity('lanxia', 'PLACE', 'Lanxia', { en: 'Lanxia City', 'zh-CN': '兰霞市' }, ['Lanxia']),
  entity('who', 'ORG', 'World Health Organization', { en: 'World Health Organization', zh: '世界卫生组织' }, ['WHO'])
]

describe('the registry as a glossary', () => {
  it('finds Chinese names anywhere in a Chinese segment, with their English translation, in code points', () => {
    const terms = new Glossary(registry, 'zh', 'en').find('区委书记王建国在兰霞市讲话。')
    expect(terms).toEqual([
      { start: 4, end: 7, term: '王建国', entityId: 'wang', type: 'PERSON', preferred: 'Wang Jianguo' },
      { start: 8, end: 11, term: '兰霞市', entityId: 'lanxia', type: 'PLACE', preferred: 'Lanxia City' }
    ])
  })

  it('takes the longest name first and never returns overlapping terms', () => {
    const terms = new Glossary(registry, 'zh', 'en').find('东湖公园在东湖旁边。')
    expect(terms.map((t) => [t.term, t.entityId, t.start, t.end])).toEqual([
      ['东湖公园', 'park', 0, 4],
      ['东湖', 'lake', 5, 7]
    ])
  })

  it('finds aliases, and gives null as the preferred translation when the target language has no name', () => {
    const terms = new Glossary(registry, 'zh', 'en').find('王市长来到东湖。')
    expect(terms.map((t) => [t.term, t.entityId, t.preferred])).toEqual([
      ['王市长', 'wang', 'Wang Jianguo'],
      ['东湖', 'lake', null]
    ])
  })

  it('ignores case in Latin text and wants whole words there', () => {
    const glossary = new Glossary(registry, 'en', 'zh-CN')
    const terms = glossary.find('The world health organization and WHO visited lanxia; Lanxian food is sold.')
    expect(terms.map((t) => [t.term, t.entityId, t.preferred])).toEqual([
      ['world health organization', 'who', '世界卫生组织'],
      ['WHO', 'who', '世界卫生组织'],
      ['lanxia', 'lanxia', '兰霞市']
    ])
    expect(glossary.find('Whoever came.')).toEqual([])
  })

  it('counts offsets in code points after characters outside the BMP', () => {
    const [term] = new Glossary(registry, 'zh', 'en').find('𠀋𠀋王建国')
    expect(term).toMatchObject({ start: 2, end: 5, term: '王建国' })
  })

  it('does not take a name registered only in another language as a source term', () => {
    // "Lanxia City" is the English name: not a term of English→… when searching Chinese, and
    // the canonical "Wang Jianguo" is the English name, so a Chinese source ignores it.
    expect(new Glossary(registry, 'zh', 'en').find('Wang Jianguo 讲话。')).toEqual([])
    expect(new Glossary([], 'zh', 'en').find('王建国')).toEqual([])
  })

  it('matches a language by its primary subtag, preferring an exact tag', () => {
    expect(nameIn({ names: { 'zh-CN': '兰霞市' } }, 'zh')).toBe('兰霞市')
    expect(nameIn({ names: { zh: '兰霞', 'zh-CN': '兰霞市' } }, 'zh-CN')).toBe('兰霞市')
    expect(nameIn({ names: { en: 'Lanxia' } }, 'fr')).toBeNull()
  })
})
