import { describe, expect, it } from 'vitest'
import type { ExploreRequest } from '../../../../src/main/services/explore/explore-service'
import { ExploreService } from '../../../../src/main/services/explore/explore-service'
import { GraphCounts } from '../../../../src/main/services/explore/graph-counts'
import type { Archive } from '../../../../src/main/archive/archive'
import type { IndexedArticle, MentionIndex } from '../../../../src/main/services/annotation/mention-index'
import { DEFAULT_SCHEMA, type ArticleSummary, type Entity, type RegistryDoc } from '@shared/model'

const ENTITIES = 12
const entity = (i: number): Entity => ({ id: `e${i}`, type: i % 2 ? 'PERSON' : 'PLACE', name: `Entity ${i}`, names: {}, aliases: [], identifiers: {}, description: '' })

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
}

/** An article naming a few entities (some unknown to the registry, some mentions unlinked); a new object each time, as the mention index makes. */
function articleOf(id: string, next: () => number): IndexedArticle {
  const annotations: IndexedArticle['annotations'] = []
  const count = Math.floor(next() * 7)
  for (let k = 0; k < count; k++) {
    const pick = Math.floor(next() * (ENTITIES + 2))
    annotations.push({ id: `${id}-${k}`, type: 'PERSON', entity: pick === ENTITIES + 1 ? null : `e${pick}`, exact: `m${pick}` })
  }
  return { id, title: id, date: `202${Math.floor(next() * 4)}-0${1 + Math.floor(next() * 9)}-01`, annotations }
}

/** The Explore view over an index held in memory: `articles` stands for the mention index's entries. */
function world() {
  const articles = new Map<string, IndexedArticle>()
  const state = { revision: 0, registry: { schemaVersion: 2, schema: DEFAULT_SCHEMA, entities: Array.from({ length: ENTITIES }, (_, i) => entity(i)) } as RegistryDoc }
  const index = { ensure: async () => undefined, all: () => articles.values(), get revision() { return state.revision } }
  const archive = {
    registry: () => state.registry,
    list: () => [...articles.values()].map((a) => ({ id: a.id, date: a.date }) as ArticleSummary),
    read: async () => { throw new Error('the article graph reads no shard') }
  }
  const service = () => new ExploreService(archive as unknown as Archive, index as unknown as MentionIndex)
  const put = (article: IndexedArticle) => { articles.set(article.id, article); state.revision++ }
  const remove = (id: string) => { articles.delete(id); state.revision++ }
  return { articles, state, service, put, remove }
}

const ASKED: ExploreRequest[] = [{}, { limit: 100, minWeight: 1 }, { types: ['PERSON'], limit: 5 }, { entity: 'e3', limit: 100 }]

describe('Explore’s graph, counted incrementally', () => {
  it('equals a full recount after a series of edits, removals, additions and registry changes', async () => {
    const next = random(7)
    const w = world()
    for (let i = 0; i < 60; i++) w.put(articleOf(`a${i}`, next))
    const kept = w.service()
    await kept.explore({})
    for (let step = 0; step < 40; step++) {
      const roll = next()
      const id = `a${Math.floor(next() * 70)}`
      if (roll < 0.6) w.put(articleOf(id, next))
      else if (roll < 0.8) w.remove(id)
      else if (roll < 0.9) w.put({ ...w.articles.get(id) ?? articleOf(id, next), annotations: [] })
      else if (step % 2 === 0) w.state.registry = { ...w.state.registry, entities: w.state.registry.entities.map((e) => (e.id === 'e1' ? { ...e, name: `Renamed ${step}` } : e)) }
      else w.state.registry = { ...w.state.registry, entities: w.state.registry.entities.filter((e) => e.id !== `e${step % ENTITIES}`) }
      for (const request of ASKED) {
        if (request.entity && !w.state.registry.entities.some((e) => e.id === request.entity)) continue
        expect(await kept.explore(request)).toEqual(await w.service().explore(request))
      }
    }
  })

  it('takes back an article’s old pairs when it changes or goes, leaving no empty edge behind', () => {
    const known = new Set(['e0', 'e1', 'e2'])
    const mention = (entity: string) => ({ id: entity, type: 'PERSON', entity, exact: entity })
    const a = { id: 'a', title: 'a', date: null, annotations: [mention('e0'), mention('e1'), mention('e1')] }
    const b = { id: 'b', title: 'b', date: null, annotations: [mention('e1'), mention('e2')] }
    const counts = new GraphCounts(known)
    counts.sync([a, b])
    expect(counts.pairs.edgesAmong(['e0', 'e1', 'e2'])).toEqual([{ source: 'e0', target: 'e1', weight: 1 }, { source: 'e1', target: 'e2', weight: 1 }])
    expect([...counts.mentions]).toEqual([['e0', 1], ['e1', 3], ['e2', 1]])
    counts.sync([{ ...a, annotations: [mention('e0')] }])
    expect(counts.pairs.edgesAmong(['e0', 'e1', 'e2'])).toEqual([])
    expect([...counts.mentions]).toEqual([['e0', 1]])
    expect([...counts.linked]).toEqual([['a', 1]])
    expect([...counts.articles]).toEqual([['e0', 1]])
  })
})
