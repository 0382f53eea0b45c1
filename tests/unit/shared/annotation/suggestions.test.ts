import { describe, expect, it } from 'vitest'
import { addAnnotation, EntityNames, suggest, type Suggestion } from '@shared/annotation'
import type { Entity } from '@shared/model'
import { makeCtx, makeDoc } from './fixtures'

const pick = (s: Suggestion[], type: string): string[] => s.filter((x) => x.type === type).map((x) => x.exact)

const ENTITIES: Entity[] = [
  { id: 'e1', type: 'PERSON', name: 'Hu Tao', names: { zh: '胡涛' }, aliases: ['Comrade Hu'], identifiers: {}, description: '' },
  { id: 'e2', type: 'EVENT', name: 'Lotus Lantern Fair', names: {}, aliases: [], identifiers: {}, description: '' }
]

describe('suggest (invented snippets)', () => {
  it('suggests places, bodies, titles, people and dates in English', () => {
    const text =
      'On March 5, 2023, Zhao Minghui, deputy secretary of the Municipal Party Committee and mayor, inspected Qinghe District and Pine Square. ' +
      'Wen Lijun, director of the Municipal Water Resources Bureau, attended. Zhao Minghui said the Qinghe District Youth League Committee will act by 5 March 2024.'
    const s = suggest(text)
    expect(pick(s, 'DATE')).toEqual(['March 5, 2023', '5 March 2024'])
    expect(pick(s, 'PERSON')).toEqual(['Zhao Minghui', 'Wen Lijun', 'Zhao Minghui'])
    expect(pick(s, 'TITLE')).toEqual(['deputy secretary', 'mayor', 'director'])
    expect(pick(s, 'PLACE')).toEqual(['Qinghe District', 'Pine Square'])
    expect(pick(s, 'ORG')).toEqual(['Municipal Party Committee', 'Municipal Water Resources Bureau', 'Qinghe District Youth League Committee'])
    expect(s.every((x) => x.source === 'pattern')).toBe(true)
    for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBeGreaterThanOrEqual(s[i - 1]!.end)
  })

  it('leaves a possessive ending out of a name', () => {
    const s = suggest('We studied Secretary Kang Liwen’s instructions and Comrade Tao Ming\'s diary.')
    expect(pick(s, 'PERSON')).toEqual(['Kang Liwen', 'Tao Ming'])
  })

  it('does not take "Lei Fengs" or lower-case words for names', () => {
    const s = suggest('each district and every city held meetings in 2023 and may continue.')
    expect(s.map((x) => `${x.type}:${x.exact}`)).toEqual(['DATE:2023'])
  })

  it('suggests in Chinese with code-point offsets', () => {
    const text = '2023年3月5日，𠮷安县委副书记李明出席活动。'
    const s = suggest(text)
    expect(s.find((x) => x.type === 'DATE')).toMatchObject({ exact: '2023年3月5日', start: 0, end: 9 })
    expect(s.find((x) => x.type === 'PERSON')).toMatchObject({ exact: '李明', start: 17, end: 19 })
    expect(pick(s, 'TITLE')).toEqual(['副书记'])
    expect(pick(s, 'ORG')).toEqual(['𠮷安县委'])
  })

  it('ends a body where a list or a second role begins, however long the list', () => {
    const text =
      'Kong Dehai, member of the Standing Committee of the Municipal Party Committee and Minister of the Propaganda Department, met leaders of the ' +
      'Municipal Party Committee, Haizhou District, Xihe District, Youth League Committee and Municipal Taxation Bureau.'
    const s = suggest(text)
    expect(pick(s, 'ORG')).toEqual([
      'Standing Committee of the Municipal Party Committee',
      'Propaganda Department',
      'Municipal Party Committee',
      'Youth League Committee',
      'Municipal Taxation Bureau'
    ])
    expect(pick(s, 'PLACE')).toEqual(['Haizhou District', 'Xihe District'])
    const list = `The Bureau of ${Array.from({ length: 400 }, (_, i) => `Alpha${i} Beta`).join(', ')} met.`
    expect(Math.max(...suggest(list).map((x) => x.end - x.start))).toBeLessThan(40)
  })

  it('does not read Chinese lists and slogans as places, and knows people’s congresses', () => {
    const s = suggest('邵国平等县领导出席。坚持生态立县、旅游兴县。县人大常委会主任王芳讲话，市政协副主席到场。')
    expect(pick(s, 'PLACE')).toEqual([])
    // Characters of those slogans still start real names.
    expect(pick(suggest('他来自青海治多县，住在立新村。'), 'PLACE')).toEqual(['治多县', '立新村'])
    expect(pick(s, 'ORG')).toEqual(['县人大常委会', '市政协'])
  })

  it('suggests the archive’s entity names and aliases in any language, longest first', () => {
    const text = 'Hu Tao opened the Lotus Lantern Fair; 胡涛 spoke. Hu Taos is not him.'
    const s = suggest(text, { entities: new EntityNames(ENTITIES) })
    expect(s.filter((x) => x.source === 'entity').map((x) => `${x.type}:${x.exact}:${x.start}`)).toEqual([
      'PERSON:Hu Tao:0',
      'EVENT:Lotus Lantern Fair:18',
      'PERSON:胡涛:38'
    ])
  })

  it('never overlaps an existing annotation of the same type, nor repeats an annotated range', () => {
    const text = 'Zhao Minghui visited Qinghe District on March 5.'
    const ctx = makeCtx()
    let doc = makeDoc(text)
    doc = addAnnotation(doc, { type: 'PLACE', start: 21, end: 27 }, ctx).doc
    doc = addAnnotation(doc, { type: 'MISC', start: 40, end: 47 }, ctx).doc
    const s = suggest(text, { annotations: doc.annotations, entities: ENTITIES })
    expect(s.map((x) => x.exact)).not.toContain('Qinghe District')
    expect(s.map((x) => x.exact)).not.toContain('March 5')
    expect(suggest(text).map((x) => x.exact)).toEqual(['Qinghe District', 'March 5'])
  })

  it('reads bodies with "and" and "of" chains, but splits places joined by "and"', () => {
    const text =
      'Farmer Luo Qingshan of Maple Village and Cedar Village met the County Forestry and Grassland Bureau and the Federation of Fruit Growers. ' +
      'Tang Yue, a teacher, said the Pear Blossom Festival comes after the Spring Festival (2023–2025).'
    const s = suggest(text)
    expect(pick(s, 'PLACE')).toEqual(['Maple Village', 'Cedar Village'])
    expect(pick(s, 'ORG')).toEqual(['County Forestry and Grassland Bureau', 'Federation of Fruit Growers'])
    expect(pick(s, 'PERSON')).toEqual(['Luo Qingshan', 'Tang Yue'])
    expect(pick(s, 'EVENT')).toEqual(['Pear Blossom Festival'])
    expect(pick(s, 'DATE')).toEqual(['Spring Festival'])
  })

  it('takes a Chinese name after a role only when it starts with a surname', () => {
    const s = suggest('家长放心，村民钱小虎说：“好。”')
    expect(pick(s, 'PERSON')).toEqual(['钱小虎'])
  })

  it('keeps only types the schema knows', () => {
    expect(suggest('In 2023 the mayor spoke.', { types: ['TITLE'] }).map((x) => x.type)).toEqual(['TITLE'])
  })
})
