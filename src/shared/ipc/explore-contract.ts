import { z } from 'zod'
import type { Edge } from '../explore/cooccurrence'
import type { GraphNode } from '../explore/graph'
import type { MonthFigure } from '../explore/months'
import { Id } from '../model'

/** Input and output shapes of the Explore view: timeline and co-occurrence graph (issue 14). */

export const ExploreInput = z
  .object({
    /** The selected entity: its mentions per month, and it stays in the graph. */
    entity: Id.optional(),
    /** Entity types the graph keeps; absent or empty keeps every type. */
    types: z.array(z.string().min(1).max(64)).max(100).optional(),
    /** Edges lighter than this are left out. */
    minWeight: z.number().int().min(1).max(1_000_000).optional(),
    /** How many entities the graph keeps, the most mentioned first. */
    limit: z.number().int().min(1).max(500).optional(),
    /** What "together" means: the same article (default) or the same sentence. */
    scope: z.enum(['article', 'sentence']).optional()
  })
  .strict()

export type ExploreScope = 'article' | 'sentence'

export interface ExploreData {
  /**
   * Articles per month over the archive's date range; `mentions` are the selected entity's
   * linked mentions in them, or every linked mention when no entity is selected.
   */
  months: MonthFigure[]
  undated: { articles: number; mentions: number }
  /** The selected entity, or null. */
  entity: string | null
  nodes: GraphNode[]
  edges: Edge[]
  /** Entities of the chosen types mentioned at all (the graph shows at most `limit`). */
  candidates: number
}

export const DEFAULT_EXPLORE_LIMIT = 30

export const exploreOperations = { explore: ExploreInput }
