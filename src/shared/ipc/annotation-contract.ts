import { z } from 'zod'
import type { Annotation, Entity, TagSchema } from '../model'
import { AnnotationAttributes, EntityIdentifiers, Id, TagSchema as TagSchemaSchema } from '../model'
import type { ArticleDelta } from './article-delta'
import type { StepLabel } from './step-label'

export type { StepLabel } from './step-label'

/** Input and output shapes of the annotation and entity operations (issue 5). */

const offset = z.number().int().nonnegative().max(100_000_000)
const typeName = z.string().min(1).max(64)
const note = z.string().max(20_000)
const entityName = z.string().trim().min(1).max(500)
/**
 * The article revision a write was made against (the one the window shows). A write against
 * an older revision is refused (`article.changedElsewhere`). Optional for one-shot callers
 * (the CLI) that read nothing first; every window names it.
 */
export const revision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional()

export const AddAnnotationInput = z
  .object({ articleId: Id, revision, source: Id.optional(), start: offset, end: offset, type: typeName, note: note.optional(), entity: Id.nullable().optional(), attributes: AnnotationAttributes.strict().optional() })
  .strict()

export const UpdateAnnotationInput = z
  .object({ articleId: Id, revision, id: Id, type: typeName.optional(), note: note.optional(), entity: Id.nullable().optional(), attributes: AnnotationAttributes.strict().optional() })
  .strict()

export const RelationInput = z.object({ articleId: Id, revision, type: z.string().min(1).max(48), from: Id, to: Id, note: note.optional() }).strict()

export const EntityFields = z
  .object({
    type: typeName,
    name: entityName,
    names: z.record(z.string().min(2).max(35), entityName).optional(),
    aliases: z.array(entityName).max(200).optional(),
    identifiers: EntityIdentifiers.strict().optional(),
    description: z.string().max(5000).optional()
  })
  .strict()

/** Where an occurrence search or a batch tag applies. */
export const Scope = z.enum(['article', 'archive'])

export const OccurrenceTarget = z.object({ articleId: Id, source: Id.optional(), start: offset, end: offset }).strict()

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  /** History action of the step Undo would reverse, e.g. "annotation.add". */
  undoAction: string | null
  redoAction: string | null
  /** What Undo (Redo) would reverse, to name it: "Undo: tag “Li Yang” as PERSON". */
  undoLabel: StepLabel | null
  redoLabel: StepLabel | null
}

/**
 * What an article-changing operation answers: what changed in the article (apply it to the
 * view you hold, see article-delta.ts), and its undo state.
 */
export interface ArticleChange {
  delta: ArticleDelta
  undo: UndoState
}

export interface EntitySummary extends Entity {
  mentionCount: number
}

export interface RegistryView {
  schema: TagSchema
  entities: EntitySummary[]
}

export interface Mention {
  articleId: string
  articleTitle: string
  annotationId: string
  exact: string
  left: string
  right: string
}

export interface EntityPage {
  entity: EntitySummary
  mentions: Mention[]
  articles: { id: string; title: string; date: string | null; count: number }[]
  cooccurring: { entity: Entity; count: number }[]
}

export interface OccurrenceView {
  articleId: string
  articleTitle: string
  source: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

export interface SuggestionView {
  start: number
  end: number
  exact: string
  type: string
  source: 'entity' | 'pattern'
  /** The known entity the name belongs to: accepting the suggestion links the mention to it. */
  entity?: string
}

export interface UndoResult {
  /** The step's action, or null when there was nothing to undo/redo. */
  action: string | null
  /** What the step changed in the article, when the scope was an article. */
  change: ArticleChange | null
  /** Whether the step also changed the registry (an entity created with a link, a merge …). */
  registryChanged: boolean
  undo: UndoState
}

export interface SchemaChangeResult {
  schema: TagSchema
  /** Annotations renamed or removed by the change, across the archive. */
  affected: number
}

export type { Annotation }

/** An article's scope, the library's (deleting and restoring articles), or else the registry's. */
const undoScope = z.object({ articleId: Id.optional(), scope: z.enum(['library']).optional() }).strict()
/** Undo and redo name the revision too: they never reverse a change the window has not shown. */
const undoStep = undoScope.extend({ revision }).strict()

export const annotationOperations = {
  addAnnotation: AddAnnotationInput,
  updateAnnotation: UpdateAnnotationInput,
  /** Many annotations as one undo step; ranges tagged already are skipped. */
  addAnnotations: z
    .object({ articleId: Id, revision, source: Id.optional(), items: z.array(AddAnnotationInput.omit({ articleId: true, revision: true, source: true })).min(1).max(10_000) })
    .strict(),
  deleteAnnotations: z.object({ articleId: Id, revision, ids: z.array(Id).min(1).max(10_000) }).strict(),
  addRelation: RelationInput,
  updateRelation: z.object({ articleId: Id, revision, id: Id, type: z.string().min(1).max(48).optional(), from: Id.optional(), to: Id.optional(), note: note.optional() }).strict(),
  deleteRelation: z.object({ articleId: Id, revision, id: Id }).strict(),
  undo: undoStep,
  redo: undoStep,
  undoState: undoScope,
  getRegistry: z.object({}).strict(),
  updateSchema: z.object({ schema: TagSchemaSchema, renames: z.record(typeName, typeName).optional(), confirmDelete: z.boolean().optional() }).strict(),
  createEntity: EntityFields.extend({
    link: z.object({ articleId: Id, revision, annotationId: Id }).strict().optional(),
    /** Refuse an entity like one already registered (same type and name, or same Wikidata id): the command line asks for this. */
    unique: z.boolean().optional()
  }).strict(),
  updateEntity: EntityFields.partial().extend({ id: Id }).strict(),
  mergeEntities: z.object({ from: Id, into: Id }).strict(),
  getEntity: z.object({ id: Id }).strict(),
  splitMention: z.object({ articleId: Id, revision, annotationId: Id }).strict(),
  findOccurrences: z.object({ articleId: Id, annotationId: Id, scope: Scope }).strict(),
  tagOccurrences: z.object({ articleId: Id, revision, annotationId: Id, items: z.array(OccurrenceTarget).min(1).max(10_000) }).strict(),
  suggest: z.object({ articleId: Id, source: Id.optional() }).strict(),
  acceptSuggestions: z
    .object({ articleId: Id, revision, source: Id.optional(), items: z.array(z.object({ start: offset, end: offset, type: typeName, entity: Id.optional() }).strict()).min(1).max(10_000) })
    .strict(),
  /** Remembers suggestions turned down in this article (one undo step): not offered again. */
  rejectSuggestions: z
    .object({ articleId: Id, source: Id.optional(), items: z.array(z.object({ start: offset, end: offset, type: typeName }).strict()).min(1).max(10_000) })
    .strict()
}
