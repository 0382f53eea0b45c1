import { describe, expect, it } from 'vitest'
import { MergePlanner, type MergeInput } from '../../../../src/shared/bundle/merge-plan'
import { DEFAULT_SCHEMA, type Annotation, type ArticleDoc, type Entity, type RegistryDoc } from '../../../../src/shared/model'

const TEXT = 'Li Ming visited Hexi.'
const stamp = { actor: 'tester', at: '2026-02-01T00:00:00.000Z' }

function annotation(id: string, type: string, modifiedAt: string, entity: string | null = null, note = ''): Annotation {
  return {
    id,
    type,
    target: { source: 'v1', position: { type: 'TextPositionSelector', start: 0, end: 7 }, quote: { type: 'TextQuoteSelector', exact: 'Li Ming', prefix: '', suffix: ' visited' } },
    entity,
    note,
    attributes: {},
    orphan: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'a',
    modifiedAt
  }
}

function doc(id: string, annotations: Annotation[], text = TEXT): ArticleDoc {
  return {
    schemaVersion: 2,
    article: { id, title: 'T', date: null, source: '', language: 'en', tags: [], importedAt: '2026-01-01T00:00:00.000Z', origin: { fileName: 'a.txt', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8' } },
    versions: [{ id: 'v1', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations,
    relations: [],
    history: [],
    alignments: []
  }
}

const entity = (id: string, wikidata?: string): Entity => ({ id, type: 'PERSON', name: 'Li Ming', names: {}, aliases: [], identifiers: wikidata ? { wikidata } : {}, description: '' })
const registry = (entities: Entity[] = []): RegistryDoc => ({ schemaVersion: 2, schema: DEFAULT_SCHEMA, entities })

/** The planner over every article at once: what it answers, and the articles it would write. */
function planMerge(input: MergeInput & { docs: ArticleDoc[]; existing: Map<string, ArticleDoc> }) {
  const planner = new MergePlanner(input)
  const articles = input.docs.flatMap((bundled) => planner.add(bundled, input.existing.get(bundled.article.id)) ?? [])
  return { ...planner.finish(), articles }
}

describe('planning a bundle import', () => {
  it('adds a new article, its entities and the unknown tag types it uses', () => {
    const plan = planMerge({ docs: [doc('a1', [annotation('n1', 'VENUE', '2026-01-01T00:00:00.000Z', 'e1')])], entities: [entity('e1')], schema: null, registry: registry(), existing: new Map(), stamp })
    expect(plan.preview.added).toEqual({ articles: ['a1'], annotations: 1, entities: ['e1'], types: ['VENUE'], relationTypes: [] })
    expect(plan.registry!.schema.types.at(-1)).toMatchObject({ name: 'VENUE', shortcut: null })
    expect(plan.registry!.entities.map((e) => e.id)).toEqual(['e1'])
  })

  it('links to the archive entity with the same Wikidata id instead of adding a duplicate', () => {
    const plan = planMerge({ docs: [doc('a1', [annotation('n1', 'PERSON', '2026-01-01T00:00:00.000Z', 'e_bundle')])], entities: [entity('e_bundle', 'Q1')], schema: null, registry: registry([entity('e_mine', 'Q1')]), existing: new Map(), stamp })
    expect(plan.preview.added.entities).toEqual([])
    expect(plan.registry).toBeUndefined()
    expect(plan.articles[0]!.annotations[0]!.entity).toBe('e_mine')
  })

  it('annotations by id: the newer wins and the conflict is listed; new ones are added', () => {
    const mine = doc('a1', [annotation('n1', 'PERSON', '2026-01-05T00:00:00.000Z', null, 'mine'), annotation('n2', 'PERSON', '2026-01-09T00:00:00.000Z', null, 'mine')])
    const theirs = doc('a1', [
      annotation('n1', 'PERSON', '2026-01-07T00:00:00.000Z', null, 'theirs, newer'),
      annotation('n2', 'PERSON', '2026-01-02T00:00:00.000Z', null, 'theirs, older'),
      annotation('n3', 'PLACE', '2026-01-02T00:00:00.000Z')
    ])
    const plan = planMerge({ docs: [theirs], entities: [], schema: null, registry: registry(), existing: new Map([['a1', mine]]), stamp })
    expect(plan.preview.updated).toEqual({ articles: ['a1'], annotations: 1 })
    expect(plan.preview.added.annotations).toBe(1)
    expect(plan.preview.conflicts).toEqual([
      { article: 'a1', annotation: 'n1', kind: 'annotationDiffers', kept: 'bundle' },
      { article: 'a1', annotation: 'n2', kind: 'annotationDiffers', kept: 'archive' }
    ])
    const merged = plan.articles[0]!
    expect(merged.annotations.map((a) => [a.id, a.note])).toEqual([
      ['n1', 'theirs, newer'],
      ['n2', 'mine'],
      ['n3', '']
    ])
    expect(merged.history.at(-1)).toMatchObject({ action: 'bundle.merge', actor: 'tester' })
  })

  it('an article whose text differs is left as it is, listed as a conflict', () => {
    const incoming = doc('a1', [annotation('n9', 'PERSON', '2026-01-07T00:00:00.000Z')], 'Li Ming left Hexi.')
    const plan = planMerge({ docs: [incoming], entities: [], schema: null, registry: registry(), existing: new Map([['a1', doc('a1', [])]]), stamp })
    expect(plan.articles).toEqual([])
    expect(plan.preview.conflicts).toEqual([{ article: 'a1', annotation: null, kind: 'textDiffers', kept: 'archive' }])
  })

  it('lists added twins with both titles: the archive title it was given, the title of the added article it names', () => {
    const titled = (id: string, title: string) => ({ ...doc(id, []), article: { ...doc(id, []).article, title } })
    const plan = planMerge({
      docs: [titled('b1', 'First copy'), titled('b2', 'Second copy'), titled('b3', 'Third copy')],
      entities: [],
      schema: null,
      registry: registry(),
      existing: new Map(),
      stamp,
      twins: new Map([
        ['b2', { sameTextAs: 'b1', in: 'bundle' as const }],
        ['b3', { sameTextAs: 'mine', in: 'archive' as const }]
      ]),
      archiveTitles: new Map([['mine', 'Mine']])
    })
    expect(plan.preview.added.articles).toEqual(['b1', 'b2', 'b3'])
    expect(plan.preview.added.twins).toEqual([
      { article: 'b2', title: 'Second copy', sameTextAs: 'b1', sameTextTitle: 'First copy', in: 'bundle' },
      { article: 'b3', title: 'Third copy', sameTextAs: 'mine', sameTextTitle: 'Mine', in: 'archive' }
    ])
  })
})
