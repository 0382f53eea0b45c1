import { z } from 'zod'
import { Annotation, RejectedSuggestion, Relation } from './annotation'
import { Article, HistoryEvent, TextVersion } from './article'
import { Entity } from './entity'
import { Id } from './ids'
import { TagSchema } from './schema'
import { Alignment } from './translation'

/** Every stored file carries its schema version; migrations upgrade older ones step by step. */
export const SCHEMA_VERSION = 2

/** `articles/<id>.json`: everything about one article. */
export const ArticleDoc = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * Raised by one on every write (see Archive.update); writes name the revision they were
   * made against. Absent in shards written before it existed: they are at revision 0.
   */
  revision: z.number().int().nonnegative().optional(),
  article: Article,
  versions: z.array(TextVersion).min(1),
  annotations: z.array(Annotation),
  relations: z.array(Relation),
  history: z.array(HistoryEvent),
  /** One alignment per translated (target) version: its segments, their status and effort. */
  alignments: z.array(Alignment),
  /** Suggestions turned down. Absent (none) in shards written before they were remembered. */
  rejected: z.array(RejectedSuggestion).max(100_000).optional()
})
export type ArticleDoc = z.infer<typeof ArticleDoc>

/** What the library lists; derived from a shard, so the catalog can always be rebuilt. */
export const ArticleSummary = z.object({
  id: Id,
  title: z.string(),
  date: z.string().nullable(),
  source: z.string(),
  language: z.string(),
  annotationCount: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** sha256 of the normalised main text: how duplicates are recognised. */
  textHash: z.string()
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

/** `archive.json`: the catalog. */
export const CatalogDoc = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSummary)
})
export type CatalogDoc = z.infer<typeof CatalogDoc>

/**
 * `registry.json`: the tag schema and the entity registry. Kept apart from the catalog so
 * that editing an entity never rewrites the list of 10,000 article summaries.
 */
export const RegistryDoc = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  schema: TagSchema,
  entities: z.array(Entity)
})
export type RegistryDoc = z.infer<typeof RegistryDoc>
