import { countGroup, edgesOf, timeline, topGraph, type Edge, type GraphNode } from '@shared/explore'
import { DEFAULT_EXPLORE_LIMIT, type ExploreData, type ExploreScope } from '@shared/ipc/explore-contract'
import { AppFailure } from '@shared/ipc/result'
import type { Archive } from '../../archive/archive'
import type { IndexedArticle, MentionIndex } from '../annotation/mention-index'
import { SentenceGroups } from './sentence-cache'

export interface ExploreRequest {
  entity?: string
  types?: string[]
  minWeight?: number
  limit?: number
  scope?: ExploreScope
}

/** Every registry entity's counts and every weighted pair, before any filter. */
interface FullGraph {
  nodes: GraphNode[]
  edges: Edge[]
}

/**
 * The Explore view's figures, computed in main from the mention index (which follows every
 * change) and the catalog: nothing is stored, so they are never stale. The full graph is
 * kept while the index and the registry stay the same, so moving a filter costs only the cut.
 */
export class ExploreService {
  private readonly sentences: SentenceGroups
  private readonly cached = new Map<ExploreScope, { revision: number; registry: object; graph: FullGraph }>()

  constructor(
    private readonly archive: Archive,
    private readonly index: MentionIndex
  ) {
    this.sentences = new SentenceGroups(archive)
  }

  async explore(request: ExploreRequest): Promise<ExploreData> {
    await this.index.ensure()
    const registry = this.archive.registry()
    const entity = request.entity ?? null
    if (entity !== null && !registry.entities.some((e) => e.id === entity)) {
      throw new AppFailure('entity.notFound', `No entity "${entity}" in the registry`, { id: entity }, 'entity')
    }
    const scope = request.scope ?? 'article'
    const full = await this.fullGraph(scope, registry)
    const graph = topGraph(full.nodes, full.edges, { types: request.types, minWeight: request.minWeight, limit: request.limit ?? DEFAULT_EXPLORE_LIMIT, keep: entity })
    return { ...this.timeline(entity), entity, ...graph }
  }

  /** Articles per month from the catalog, with the mentions the index counts in each. */
  private timeline(entity: string | null): Pick<ExploreData, 'months' | 'undated'> {
    const mentions = new Map<string, number>()
    for (const article of this.index.all()) {
      let count = 0
      for (const a of article.annotations) if (a.entity !== null && (entity === null || a.entity === entity)) count++
      if (count > 0) mentions.set(article.id, count)
    }
    return timeline(this.archive.list().map((summary) => ({ date: summary.date, mentions: mentions.get(summary.id) ?? 0 })))
  }

  private async fullGraph(scope: ExploreScope, registry: ReturnType<Archive['registry']>): Promise<FullGraph> {
    const cached = this.cached.get(scope)
    if (cached && cached.revision === this.index.revision && cached.registry === registry) return cached.graph
    const revision = this.index.revision
    const known = new Set(registry.entities.map((e) => e.id))
    const mentions = new Map<string, number>()
    const articles = new Map<string, number>()
    const weights = new Map<string, number>()
    const indexed = [...this.index.all()]
    for (const article of indexed) {
      const seen = new Set<string>()
      for (const { entity } of article.annotations) {
        if (entity === null || !known.has(entity)) continue
        mentions.set(entity, (mentions.get(entity) ?? 0) + 1)
        seen.add(entity)
      }
      for (const id of seen) articles.set(id, (articles.get(id) ?? 0) + 1)
      if (scope === 'article') countGroup(weights, seen)
    }
    if (scope === 'sentence') await this.countSentences(indexed, known, weights)
    const nodes = registry.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: mentions.get(e.id) ?? 0, articles: articles.get(e.id) ?? 0 }))
    const graph = { nodes, edges: edgesOf(weights) }
    this.cached.set(scope, { revision, registry, graph })
    return graph
  }

  private async countSentences(indexed: IndexedArticle[], known: ReadonlySet<string>, weights: Map<string, number>): Promise<void> {
    const linked = indexed.filter((article) => article.annotations.filter((a) => a.entity !== null).length > 1)
    for (const groups of await this.sentences.of(linked)) {
      for (const group of groups) countGroup(weights, group.filter((id) => known.has(id)))
    }
  }
}
