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

/** What planning a bundle's import needs besides its articles. */
export interface MergeInput {
  entities: readonly Entity[]
  schema: TagSchema | null
  registry: RegistryDoc
  stamp: { actor: string; at: string }
}

/**
 * Plans a bundle's import one article at a time, so an import never holds every article:
 * `add` answers what to write for one bundle article, `finish` the preview and the registry.
 * Pure, so a dry run and the real import agree by construction.
 */
export class MergePlanner {
  private readonly entities: ReturnType<typeof mergeEntities>
  private readonly links: Map<string, string>
  private readonly preview: BundlePreview
  /** Tag and relation types of the written articles, in the order first met. */
  private readonly usedTypes = new Set<string>()
  private readonly usedRelations = new Set<string>()

  constructor(private readonly input: MergeInput) {
    this.entities = mergeEntities(input.registry, input.entities)
    this.preview = {
      added: { articles: [], annotations: 0, entities: this.entities.added.map((e) => e.id), types: [], relationTypes: [] },
      updated: { articles: [], annotations: 0 },
      conflicts: this.entities.differing.map((id) => ({ article: '', annotation: id, kind: 'entityDiffers' as const, kept: 'archive' as const }))
    }
    this.links = new Map([...input.registry.entities.map((e) => [e.id, e.id] as const), ...this.entities.ids])
  }

  /** One bundle article and the archive's copy of it (if any): the document to write, or null when nothing changes. */
  add(bundled: ArticleDoc, current: ArticleDoc | undefined): ArticleDoc | null {
    const doc = relink(bundled, this.links)
    if (!current) {
      this.preview.added.articles.push(doc.article.id)
      this.preview.added.annotations += doc.annotations.length
      return this.used(doc)
    }
    const merged = mergeArticle(current, { ...doc, article: { ...doc.article, id: current.article.id } }, this.input.stamp)
    this.preview.conflicts.push(...merged.conflicts)
    if (!merged.doc) return null
    this.preview.updated.articles.push(current.article.id)
    this.preview.added.annotations += merged.addedAnnotations
    this.preview.updated.annotations += merged.replacedAnnotations
    return this.used(merged.doc)
  }

  private used(doc: ArticleDoc): ArticleDoc {
    for (const annotation of doc.annotations) this.usedTypes.add(annotation.type)
    for (const relation of doc.relations) this.usedRelations.add(relation.type)
    return doc
  }

  finish(): { preview: BundlePreview; registry: RegistryDoc | undefined } {
    const { registry, schema: incoming } = this.input
    const schema = mergeSchema(registry.schema, incoming, this.usedTypes, this.usedRelations)
    this.preview.added.types = schema.types
    this.preview.added.relationTypes = schema.relationTypes
    const registryChanged = this.entities.added.length > 0 || schema.types.length > 0 || schema.relationTypes.length > 0
    return {
      preview: this.preview,
      registry: registryChanged ? { ...registry, schema: schema.schema, entities: [...registry.entities, ...this.entities.added] } : undefined
    }
  }
}
