import type { ArticleDoc, Entity, RegistryDoc, TagSchema } from '../model'
import { mergeArticle, relink, type MergeConflict } from './merge-article'
import { mergeEntities, mergeSchema } from './merge-entities'

export type { MergeConflict } from './merge-article'

/**
 * What importing a bundle adds, updates and finds in conflict: `scriptorium import --dry-run
 * --json` prints it, the import dialog shows it before Apply.
 */
export interface BundlePreview {
  added: { articles: string[]; annotations: number; entities: string[]; types: string[]; relationTypes: string[] }
  updated: { articles: string[]; annotations: number }
  conflicts: MergeConflict[]
}

export interface MergePlan {
  preview: BundlePreview
  /** The new registry, when entities or types are added. */
  registry: RegistryDoc | undefined
  /** Every article written: the new ones and the merged ones. */
  articles: ArticleDoc[]
}

export interface MergeInput {
  docs: readonly ArticleDoc[]
  entities: readonly Entity[]
  schema: TagSchema | null
  registry: RegistryDoc
  /** The archive's copy of each bundle article (by id, else by the same text), keyed by the bundle's id. */
  existing: ReadonlyMap<string, ArticleDoc>
  stamp: { actor: string; at: string }
}

/** Plans a bundle's import: pure, so a dry run and the real import agree by construction. */
export function planMerge(input: MergeInput): MergePlan {
  const entities = mergeEntities(input.registry, input.entities)
  const preview: BundlePreview = {
    added: { articles: [], annotations: 0, entities: entities.added.map((e) => e.id), types: [], relationTypes: [] },
    updated: { articles: [], annotations: 0 },
    conflicts: entities.differing.map((id) => ({ article: '', annotation: id, kind: 'entityDiffers' as const, kept: 'archive' as const }))
  }
  const links = new Map([...input.registry.entities.map((e) => [e.id, e.id] as const), ...entities.ids])
  const articles: ArticleDoc[] = []
  for (const bundled of input.docs) {
    const doc = relink(bundled, links)
    const current = input.existing.get(bundled.article.id)
    if (!current) {
      articles.push(doc)
      preview.added.articles.push(doc.article.id)
      preview.added.annotations += doc.annotations.length
      continue
    }
    const merged = mergeArticle(current, { ...doc, article: { ...doc.article, id: current.article.id } }, input.stamp)
    preview.conflicts.push(...merged.conflicts)
    if (!merged.doc) continue
    articles.push(merged.doc)
    preview.updated.articles.push(current.article.id)
    preview.added.annotations += merged.addedAnnotations
    preview.updated.annotations += merged.replacedAnnotations
  }
  const schema = mergeSchema(
    input.registry.schema,
    input.schema,
    articles.flatMap((d) => d.annotations.map((a) => a.type)),
    articles.flatMap((d) => d.relations.map((r) => r.type))
  )
  preview.added.types = schema.types
  preview.added.relationTypes = schema.relationTypes
  const registryChanged = entities.added.length > 0 || schema.types.length > 0 || schema.relationTypes.length > 0
  const registry = registryChanged ? { ...input.registry, schema: schema.schema, entities: [...input.registry.entities, ...entities.added] } : undefined
  return { preview, registry, articles }
}
