import { asCodePoint, buildSelectors } from '@shared/anchoring'
import { DEFAULT_SCHEMA, type Annotation, type ArticleDoc, type Entity, type Relation } from '@shared/model'
import type { FormatInput } from '@shared/formats/interchange/types'

export const ZH = '区委书记胡涛同志在阜新市考察。😀 他说：“青年团要学习雷锋。”\n\n第二段：雷锋纪念馆位于抚顺。'
export const EN =
  'District party secretary Comrade Hu Tao inspected Fuxin City. 😀 He said: "The Youth League must learn from Lei Feng."\n\nSecond paragraph: the Lei Feng Memorial is in Fushun.'
export const EN2 = 'Hu Tao visited Fuxin.'

const at = '2024-05-08T10:00:00.000Z'

/** An annotation on `text` at the first occurrence (after `from`) of `exact`. */
export function mention(id: string, versionId: string, text: string, exact: string, type: string, extra: Partial<Annotation> = {}, from = 0): Annotation {
  const points = [...text]
  const start = [...text.slice(0, text.indexOf(exact, from))].length
  if (text.indexOf(exact, from) < 0) throw new Error(`no ${exact}`)
  const end = start + [...exact].length
  expectLength(points.length, end)
  const selectors = buildSelectors(text, asCodePoint(start), asCodePoint(end))
  return {
    id, type, entity: null, note: '', attributes: {}, orphan: false, createdAt: at, createdBy: 'tester', modifiedAt: at,
    target: { source: versionId, position: selectors.position, quote: selectors.quote },
    ...extra
  }
}

function expectLength(length: number, end: number): void {
  if (end > length) throw new Error('fixture span past the end')
}

export const ENTITIES: Entity[] = [
  { id: 'e1', type: 'PERSON', name: 'Hu Tao', names: { en: 'Hu Tao', zh: '胡涛' }, aliases: [], identifiers: { wikidata: 'Q42' }, description: '' },
  { id: 'e2', type: 'PLACE', name: 'Fuxin', names: { zh: '阜新' }, aliases: [], identifiers: {}, description: '' },
  { id: 'e3', type: 'PERSON', name: 'Lei Feng', names: { zh: '雷锋' }, aliases: [], identifiers: { wikidata: 'Q379063' }, description: '' }
]

const relation = (id: string, type: string, from: string, to: string, note = ''): Relation => ({ id, type, from, to, note, createdAt: at })

/** An article using every feature the formats carry: two languages, astral text, nesting, crossing overlaps, an orphan. */
export function richDoc(): ArticleDoc {
  const annotations: Annotation[] = [
    mention('z1', 'v1', ZH, '胡涛', 'PERSON', { entity: 'e1', note: 'party secretary\nsince 2019' }),
    mention('z2', 'v1', ZH, '阜新市', 'PLACE', { entity: 'e2', attributes: { uncertain: true } }),
    mention('z3', 'v1', ZH, '阜新', 'PLACE'),
    mention('z4', 'v1', ZH, '雷锋', 'PERSON', { entity: 'e3', attributes: { negated: true } }),
    mention('z5', 'v1', ZH, '雷锋纪念馆', 'ORG'),
    mention('z6', 'v1', ZH, '纪念馆位于抚顺', 'EVENT'),
    mention('z7', 'v1', ZH, '抚顺', 'PLACE'),
    mention('e1a', 'v2', EN, 'Hu Tao', 'PERSON', { entity: 'e1' }),
    mention('e2a', 'v2', EN, 'Fuxin City', 'PLACE', { entity: 'e2' }),
    mention('e3a', 'v2', EN, 'Youth League', 'ORG', { note: 'Communist Youth League <CYL> & co' }),
    mention('e4a', 'v2', EN, 'Lei Feng."\n\nSecond', 'MISC'),
    mention('e5a', 'v2', EN, '😀 He', 'WORK'),
    { ...mention('o1', 'v2', EN, 'Fushun', 'PLACE'), orphan: true, target: { ...mention('o1', 'v2', EN, 'Fushun', 'PLACE').target, quote: { type: 'TextQuoteSelector', exact: 'Anshan', prefix: 'is in ', suffix: '.' } } },
    mention('x1', 'v3', EN2, 'Hu Tao', 'PERSON', { entity: 'e1' })
  ]
  return {
    schemaVersion: 2,
    article: {
      id: 'art1', title: 'Hu Tao <script>alert(1)</script> in Fuxin & more', date: '2024-05-01', source: 'Fuxin Daily', language: 'zh', tags: [],
      importedAt: at, origin: { fileName: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [
      { id: 'v1', lang: 'zh', role: 'original', origin: 'human', text: ZH },
      { id: 'v2', lang: 'en', role: 'translation', origin: 'machine', engine: 'mt', text: EN },
      { id: 'v3', lang: 'en', role: 'translation', origin: 'human', text: EN2 }
    ],
    annotations,
    relations: [relation('r1', 'located-in', 'z5', 'z7', 'museum\nin Fushun'), relation('r2', 'attended', 'z1', 'z3'), relation('r3', 'member-of', 'e1a', 'e3a')],
    alignments: [
      {
        source: 'v1', target: 'v2',
        rows: [
          { id: 'row1', source: { start: 0, end: 14 }, target: { start: 0, end: 62 }, status: 'translated', note: '', mt: '', hter: null, seconds: 0, ignored: [] },
          { id: 'row2', source: { start: 15, end: 35 }, target: { start: 63, end: 120 }, status: 'initial', note: '', mt: '', hter: null, seconds: 0, ignored: [] }
        ]
      }
    ],
    history: []
  }
}

export function richInput(doc: ArticleDoc = richDoc()): FormatInput {
  return { doc, entities: ENTITIES, schema: DEFAULT_SCHEMA }
}
