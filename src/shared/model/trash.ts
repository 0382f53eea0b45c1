import { z } from 'zod'
import { Entity } from './entity'
import { Id, Timestamp } from './ids'

/**
 * `trash/entities/<id>.json`: a deleted entity, where it stood in the registry, and the
 * mentions that were unlinked from it, so that restoring it links them again. (A deleted
 * article needs no such file: its shard itself moves to `trash/articles/`, untouched.)
 */
export const TrashedEntity = z.object({
  schemaVersion: z.literal(1),
  deletedAt: Timestamp,
  entity: Entity,
  index: z.number().int().nonnegative(),
  mentions: z.array(z.object({ articleId: Id, annotationIds: z.array(Id) }))
})
export type TrashedEntity = z.infer<typeof TrashedEntity>

/** A deleted article as the Trash view lists it. */
export interface TrashedArticleItem {
  id: string
  title: string
  date: string | null
  source: string
  language: string
  annotationCount: number
  deletedAt: string
}

/** A deleted entity as the Trash view lists it. */
export interface TrashedEntityItem {
  id: string
  type: string
  name: string
  mentionCount: number
  deletedAt: string
}

export interface TrashView {
  articles: TrashedArticleItem[]
  entities: TrashedEntityItem[]
}
