import { describe, expect, it } from 'vitest'
import { asCodePoint, buildSelectors } from '@shared/anchoring'
import type { AlignedRow, Alignment, Annotation, ArticleDoc, Entity } from '@shared/model'
import { namesIn, occurrences, projectAnnotations, type ProjectedMention } from '@shared/translation/projection'
import { makeDoc } from '../annotation/fixtures'

const HU: Entity = { id: 'e_hu', type: 'PERSON', name: 'Hu Tao', names: { zh: '胡涛', en: 'Hu Tao' }, aliases: ['Secretary Hu'], identifiers: {}, description: '' }
const HEXI: Entity = { id: 'e_hexi', type: 'PLACE', name: 'Hexi Village', names: { 'zh-CN': '河西村', en: 'Hexi Village' }, aliases: [], identifiers: {}, description: '' }
/** Known only by its Chinese name: how it is written in English is not known. */
const GU: Entity = { id: 'e_gu', type: 'PERSON', name: '顾文强', names: { zh: '顾文强' }, aliases: [], identifiers: {}, description: '' }
const ENTITIES = [HU, HEXI, GU]

/** Sentences of each side, and beads as [source sentences, target sentences] counts. */
function aligned(zh: string[], en: string[], beads: [number, number][]): { doc: ArticleDoc; alignment: Alignment } {
  const zhText = zh.join('')
  const enText = en.join(' ')
  const zhStarts = offsets(zh, 0)
  const enStarts = offsets(en, 1)
  const rows: AlignedRow[] = []
  let [s, t] = [0, 0]
  for (const [ns, nt] of beads) {
    rows.push({
      id: `r${rows.length}`,
      source: { start: zhStarts[s]!, end: zhStarts[s + ns - 1]! + [...zh[s + ns - 1]!].length },
      target: nt === 0 ? { start: enText.length, end: enText.length } : { start: enStarts[t]!, end: enStarts[t + nt - 1]! + [...en[t + nt - 1]!].length },
      status: 'initial', note: '', mt: '', hter: null, seconds: 0, ignored: []
    })
    s += ns
    t += nt
  }
  const base = makeDoc(zhText)
  const alignment: Alignment = { source: 'v_zh', target: 'v_en', rows }
  const doc: ArticleDoc = {
    ...base,
    versions: [
      { id: 'v_zh', lang: 'zh', role: 'original', origin: 'unknown', text: zhText },
      { id: 'v_en', lang: 'en', role: 'translation', origin: 'machine', engine: 'TestMT', text: enText }
    ],
    alignments: [alignment]
  }
  return { doc, alignment }
}

/** Code-point start of each piece once joined with `gap` characters between them. */
function offsets(pieces: string[], gap: number): number[] {
  const out: number[] = []
  let at = 0
  for (const piece of pieces) {
    out.push(at)
    at += [...piece].length + gap
  }
  return out
}

let n = 0
/** Tags the `nth` occurrence of `exact` in a version. */
function tag(doc: ArticleDoc, versionId: string, exact: string, entity: string | null, type = 'PERSON', nth = 0): ArticleDoc {
  const text = doc.versions.find((v) => v.id === versionId)!.text
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1)
  if (at < 0) throw new Error(`${exact} not in ${versionId}`)
  const start = [...text.slice(0, at)].length
  const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(start + [...exact].length))
  const annotation: Annotation = {
    id: `a${++n}`, type, target: { source: versionId, position, quote }, entity, note: '', attributes: {}, orphan: false,
    createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'test', modifiedAt: '2024-01-01T00:00:00.000Z'
  }
  return { ...doc, annotations: [...doc.annotations, annotation] }
}

/** The projected text itself, cut from the version it lies on. */
const quoted = (doc: ArticleDoc, p: ProjectedMention) => [...doc.versions.find((v) => v.id === p.versionId)!.text].slice(p.start, p.end).join('')

describe('projectAnnotations', () => {
  it('projects a tagged Chinese name onto every occurrence of its English name in the aligned segment, ignoring case', () => {
    const { doc: base, alignment } = aligned(
      ['区委书记胡涛出席会议。', '会议在河西村召开。'],
      ['District secretary Hu Tao attended the meeting; HU TAO spoke first.', 'The meeting was held in Hexi Village.'],
      [[1, 1], [1, 1]]
    )
    const doc = tag(base, 'v_zh', '胡涛', HU.id)
    const projected = projectAnnotations(doc, alignment, ENTITIES)
    expect(projected).toHaveLength(2)
    expect(projected.map((p) => quoted(doc, p))).toEqual(['Hu Tao', 'HU TAO'])
    expect(projected[0]).toEqual({ fromAnnotation: doc.annotations[0]!.id, versionId: 'v_en', start: 19, end: 25, type: 'PERSON', entityId: HU.id, row: 0 })
    // Hexi Village is not tagged in the source: nothing is projected for it.
    expect(projected.every((p) => p.entityId === HU.id)).toBe(true)
  })

  it('counts offsets in code points (characters outside the BMP before the name)', () => {
    const { doc: base, alignment } = aligned(['𠮷𠮷胡涛来了。'], ['😀😀 Hu Tao came.'], [[1, 1]])
    const doc = tag(base, 'v_zh', '胡涛', HU.id)
    const [p] = projectAnnotations(doc, alignment, ENTITIES)
    expect(p).toMatchObject({ start: 3, end: 9 })
    expect(quoted(doc, p!)).toBe('Hu Tao')
  })

  it('projects onto the whole target of a 1-2 bead', () => {
    const { doc: base, alignment } = aligned(
      ['开幕式上，区委书记胡涛致辞。', '河西村村民参加。'],
      ['The opening ceremony was held.', 'District secretary Hu Tao gave a speech.', 'Villagers of Hexi Village took part.'],
      [[1, 2], [1, 1]]
    )
    const doc = tag(base, 'v_zh', '胡涛', HU.id)
    const [p, ...rest] = projectAnnotations(doc, alignment, ENTITIES, 'toTarget')
    expect(rest).toEqual([])
    expect(p).toMatchObject({ row: 0, versionId: 'v_en' })
    expect(quoted(doc, p!)).toBe('Hu Tao')
  })

  it('projects from the second sentence of a 2-1 bead, and the other way round', () => {
    const { doc: base, alignment } = aligned(
      ['会议上午召开。', '胡涛在河西村讲话。', '村民鼓掌。'],
      ['In the morning meeting, Hu Tao spoke in Hexi Village.', 'The villagers applauded.'],
      [[2, 1], [1, 1]]
    )
    let doc = tag(base, 'v_zh', '胡涛', HU.id)
    doc = tag(doc, 'v_en', 'Hexi Village', HEXI.id, 'PLACE')
    const projected = projectAnnotations(doc, alignment, ENTITIES)
    expect(projected.map((p) => [p.row, p.versionId, quoted(doc, p), p.type])).toEqual([
      [0, 'v_en', 'Hu Tao', 'PERSON'],
      [0, 'v_zh', '河西村', 'PLACE']
    ])
    expect(projectAnnotations(doc, alignment, ENTITIES, 'toSource').map((p) => quoted(doc, p))).toEqual(['河西村'])
    expect(projectAnnotations(doc, alignment, ENTITIES, 'toTarget').map((p) => quoted(doc, p))).toEqual(['Hu Tao'])
  })

  it('finds aliases too, where the name does not claim the text already, and only whole words', () => {
    const hu = { ...HU, aliases: ['Secretary Hu', 'Hu'] }
    const { doc: base, alignment } = aligned(['胡书记说，胡涛同志很忙。'], ['Secretary Hu said that comrade Hu Tao is busy, unlike Huang or Hutao.'], [[1, 1]])
    const doc = tag(base, 'v_zh', '胡涛', HU.id)
    const projected = projectAnnotations(doc, alignment, [hu])
    expect(projected.map((p) => quoted(doc, p))).toEqual(['Secretary Hu', 'Hu Tao'])
  })

  it('projects an English tag onto the Chinese name inside a run of characters', () => {
    const { doc: base, alignment } = aligned(['区委书记胡涛同志出席。'], ['Comrade Hu Tao, district secretary, attended.'], [[1, 1]])
    const doc = tag(base, 'v_en', 'Hu Tao', HU.id)
    const projected = projectAnnotations(doc, alignment, ENTITIES, 'toSource')
    expect(projected).toHaveLength(1)
    expect(projected[0]).toMatchObject({ versionId: 'v_zh', start: 4, end: 6, entityId: HU.id, fromAnnotation: doc.annotations[0]!.id })
  })

  it('does not project onto a span already tagged with the same entity, but onto its other occurrences', () => {
    const { doc: base, alignment } = aligned(['胡涛说，胡涛很忙。'], ['Hu Tao said Hu Tao was busy.'], [[1, 1]])
    let doc = tag(base, 'v_zh', '胡涛', HU.id)
    doc = tag(doc, 'v_zh', '胡涛', HU.id, 'PERSON', 1)
    doc = tag(doc, 'v_en', 'Hu Tao', HU.id)
    const projected = projectAnnotations(doc, alignment, ENTITIES, 'toTarget')
    // Two source mentions in one row project once, from the first.
    expect(projected).toHaveLength(1)
    expect(projected[0]).toMatchObject({ start: 12, end: 18, fromAnnotation: doc.annotations[0]!.id })
    // Tagged with another entity (or none), a span is still offered.
    const other = tag(tag(base, 'v_zh', '胡涛', HU.id), 'v_en', 'Hu Tao', null)
    expect(projectAnnotations(other, alignment, ENTITIES, 'toTarget')).toHaveLength(2)
  })

  it('projects nothing for an entity with no name in the other language, nor for unlinked or orphaned tags', () => {
    const { doc: base, alignment } = aligned(['顾文强和胡涛出席。'], ['Gu Wenqiang and Hu Tao attended.'], [[1, 1]])
    const doc = tag(tag(base, 'v_zh', '顾文强', GU.id), 'v_zh', '胡涛', null)
    expect(projectAnnotations(doc, alignment, ENTITIES)).toEqual([])
    const orphan = tag(base, 'v_zh', '胡涛', HU.id)
    orphan.annotations[0] = { ...orphan.annotations[0]!, orphan: true }
    expect(projectAnnotations(orphan, alignment, ENTITIES)).toEqual([])
    // An entity missing from the list given is not projected either.
    expect(projectAnnotations(tag(base, 'v_zh', '胡涛', HU.id), alignment, [GU])).toEqual([])
  })

  it('projects only within the aligned row, never into a neighbouring one', () => {
    const { doc: base, alignment } = aligned(['胡涛出席。', '会议结束。'], ['Hu Tao attended.', 'Hu Tao left when the meeting ended.'], [[1, 1], [1, 1]])
    const doc = tag(base, 'v_zh', '胡涛', HU.id)
    expect(projectAnnotations(doc, alignment, ENTITIES).map((p) => p.row)).toEqual([0])
  })

  it('skips 1-0 beads and monolingual alignments', () => {
    const { doc: base, alignment } = aligned(['胡涛出席。', '胡涛讲话。'], ['Hu Tao attended.'], [[1, 1], [1, 0]])
    const doc = tag(base, 'v_zh', '胡涛', HU.id, 'PERSON', 1)
    expect(projectAnnotations(doc, alignment, ENTITIES)).toEqual([])
    expect(projectAnnotations(tag(base, 'v_zh', '胡涛', HU.id), { ...alignment, source: null }, ENTITIES)).toEqual([])
  })
})

describe('namesIn and occurrences', () => {
  it('takes the names of the language (any region) and the aliases, longest first', () => {
    expect(namesIn(HEXI, 'zh')).toEqual(['河西村'])
    expect(namesIn(HU, 'en-GB')).toEqual(['Hu Tao', 'Secretary Hu'])
    expect(namesIn({ names: { en: 'Li' }, aliases: ['Li Ming', 'Mr Li Ming'] }, 'en')).toEqual(['Li', 'Mr Li Ming', 'Li Ming'])
    expect(namesIn(GU, 'en')).toEqual([])
  })

  it('matches case-insensitively as whole words', () => {
    expect(occurrences('Lei Feng, LEI FENG and lei fengs', ['Lei Feng'])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 18 }
    ])
    expect(occurrences('学习雷锋好榜样', ['雷锋'])).toEqual([{ start: 2, end: 4 }])
    expect(occurrences('a (b) c', ['(b)'])).toEqual([{ start: 2, end: 5 }])
  })
})
