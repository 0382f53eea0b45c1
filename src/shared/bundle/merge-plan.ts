import type { ArticleDoc, Entity, RegistryDoc, TagSchema } from '../model'
import { mergeArticle, relink, type MergeConflict } from './merge-article'
import { mergeEntities, mergeSchema } from './merge-entities'
import type { TextTwin, TwinOf } from './text-twins'

export type { MergeConflict } from './merge-article'
export type { TextTwin } from './text-twins'

/**
 * What importing a bundle adds, updates and finds in conflict: `scriptorium import --dry-run
 * --json` prints it, the import dialog shows it before Apply.
 */
export interface BundlePreview {
  /** `twins` (present when not empty): added articles whose main text is already held. */
  added: { articles: string[]; annotations: number; entities: string[]; types: string[]; relationTypes: string[]; twins?: TextTwin[] }
  updated: { articles: string[]; annotations: number }
  conflicts: MergeConflict[]
}

/** What planning a bundle's import needs besides its articles. */
export interface MergeInput {
  entities: readonly Entity[]
  schema: TagSchema | null
  registry: RegistryDoc
  stamp: { actor: string; at: string }
  /** Added bundle articles whose text is already held (see `textTwins`), and the titles of the archive articles they name. */
  twins?: ReadonlyMap<string, TwinOf>
  archiveTitles?: ReadonlyMap<string, string>
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
  /** Twins met so far, and the titles of the added articles that twins name. */
  private readonly twins: Omit<TextTwin, 'sameTextTitle'>[] = []
  private readonly addedTitles = new Map<string, string>()
  private readonly namedAdded: ReadonlySet<string>

  constructor(private readonly input: MergeInput) {
    this.entities = mergeEntities(input.registry, input.entities)
    this.preview = {
      added: { articles: [], annotations: 0, entities: this.entities.added.map((e) => e.id), types: [], relationTypes: [] },
      updated: { articles: [], annotations: 0 },
      conflicts: this.entities.differing.map((id) => ({ article: '', annotation: id, kind: 'entityDiffers' as const, kept: 'archive' as const }))
    }
    this.namedAdded = new Set([...(input.twins?.values() ?? [])].flatMap((twin) => (twin.in === 'bundle' ? [twin.sameTextAs] : [])))
    this.links = new Map([...input.registry.entities.map((e) => [e.id, e.id] as const), ...this.entities.ids])
  }

  /** One bundle article and the archive's copy of it (if any): the document to write, or null when nothing changes. */
  add(bundled: ArticleDoc, current: ArticleDoc | undefined): ArticleDoc | null {
    const doc = relink(bundled, this.links)
    if (!current) {
      this.preview.added.articles.push(doc.article.id)
      this.preview.added.annotations += doc.annotations.length
      this.noteTwin(doc)
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

  private noteTwin({ article }: ArticleDoc): void {
    if (this.namedAdded.has(article.id)) this.addedTitles.set(article.id, article.title)
    const twin = this.input.twins?.get(article.id)
    if (twin) this.twins.push({ article: article.id, title: article.title, ...twin })
  }

  private titleOf(twin: Omit<TextTwin, 'sameTextTitle'>): string {
    const titles = twin.in === 'archive' ? this.input.archiveTitles : this.addedTitles
    return titles?.get(twin.sameTextAs) ?? twin.sameTextAs
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
    if (this.twins.length > 0) this.preview.added.twins = this.twins.map(({ in: where, ...twin }) => ({ ...twin, sameTextTitle: this.titleOf({ ...twin, in: where }), in: where }))
    const registryChanged = this.entities.added.length > 0 || schema.types.length > 0 || schema.relationTypes.length > 0
    return {
      preview: this.preview,
      registry: registryChanged ? { ...registry, schema: schema.schema, entities: [...registry.entities, ...this.entities.added] } : undefined
    }
  }
}
