import type { Annotation, AnnotationAttributes, RejectedSuggestion, Relation } from '../../model/annotation'
import type { HistoryEvent } from '../../model/article'
import type { Entity } from '../../model/entity'
import type { TagSchema } from '../../model/schema'
import type { TranslationCommand } from '../../translation/commands/types'

/** What every command needs from outside, so that commands stay pure and testable. */
export interface CommandContext {
  actor: string
  /** ISO timestamp of this change. */
  now: string
  newId: () => string
  /** Set by the history helper so the article's history can tell undo/redo from edits. */
  via?: 'undo' | 'redo'
}

/** Article commands also need the archive's tag schema, and may check entity ids. */
export interface ArticleContext extends CommandContext {
  schema: TagSchema
  hasEntity?: (id: string) => boolean
}

/**
 * What running a command gives back: the new document, the command that undoes it
 * (captured while running, as in tropy), the history entry, and a command-specific value.
 * `mergeKey`: consecutive outcomes with the same key may merge into one undo step.
 */
export interface Outcome<D, C, V = undefined> {
  doc: D
  inverse: C
  event: HistoryEvent
  value: V
  mergeKey?: string
  /** True when the command changed nothing (`doc` is the input): no history, no undo step. */
  unchanged?: boolean
}

/** An element removed from an array, with where it was, so an inverse puts it back. */
export interface Placed<T> {
  item: T
  index: number
}

export interface Range {
  start: number
  end: number
}

export interface AddAnnotationInput extends Range {
  type: string
  /** TextVersion id; defaults to the article's first version. */
  source?: string
  note?: string
  entity?: string | null
  attributes?: AnnotationAttributes
}
export interface AddAnnotationsInput {
  items: AddAnnotationInput[]
}
export interface UpdateAnnotationInput {
  id: string
  type?: string
  note?: string
  entity?: string | null
  attributes?: AnnotationAttributes
  /** Only inverses set this, so that undo restores the old timestamp too. */
  modifiedAt?: string
}
export interface DeleteAnnotationsInput {
  ids: string[]
}
export interface RestoreAnnotationsInput {
  annotations: Placed<Annotation>[]
  relations: Placed<Relation>[]
}
export interface RelinkInput {
  /** Old entity id → new entity id (or null to unlink), for every annotation. */
  map?: Record<string, string | null>
  /** Annotation id → entity id (or null), for these annotations only. */
  byAnnotation?: Record<string, string | null>
}
export interface RetypeInput {
  /** Old type → new type, for every annotation. */
  map?: Record<string, string>
  /** Annotation id → type, for these annotations only. */
  byAnnotation?: Record<string, string>
}
export interface AddRelationInput {
  type: string
  from: string
  to: string
  note?: string
}
export interface UpdateRelationInput {
  id: string
  type?: string
  from?: string
  to?: string
  note?: string
}
export interface DeleteRelationInput {
  id: string
}
export interface RestoreRelationInput {
  relation: Placed<Relation>
}
export interface RejectSuggestionsInput {
  /** `source`: TextVersion id, defaults to the article's first version. */
  items: (Range & { type: string; source?: string })[]
}
export interface ForgetRejectionsInput {
  items: RejectedSuggestion[]
}

/** Article details an archivist edits; null clears the date or the web address. */
export interface MetadataInput {
  title?: string
  date?: string | null
  source?: string
  language?: string
  url?: string | null
  /** Only inverses set this: the old values go back as they were, without being checked again. */
  verbatim?: boolean
}

/** Article tags to add and remove; `set` (only inverses use it) puts a whole list back. */
export interface TagsInput {
  add?: string[]
  remove?: string[]
  set?: string[]
}

/** Article commands as data: serialisable, so an undo stack can be kept or logged. */
export type ArticleCommand =
  | { kind: 'addAnnotation'; input: AddAnnotationInput }
  | { kind: 'addAnnotations'; input: AddAnnotationsInput }
  | { kind: 'updateAnnotation'; input: UpdateAnnotationInput }
  | { kind: 'deleteAnnotations'; input: DeleteAnnotationsInput }
  | { kind: 'restoreAnnotations'; input: RestoreAnnotationsInput }
  | { kind: 'relinkEntities'; input: RelinkInput }
  | { kind: 'retypeAnnotations'; input: RetypeInput }
  | { kind: 'addRelation'; input: AddRelationInput }
  | { kind: 'updateRelation'; input: UpdateRelationInput }
  | { kind: 'deleteRelation'; input: DeleteRelationInput }
  | { kind: 'restoreRelation'; input: RestoreRelationInput }
  | { kind: 'rejectSuggestions'; input: RejectSuggestionsInput }
  | { kind: 'forgetRejections'; input: ForgetRejectionsInput }
  | { kind: 'updateMetadata'; input: MetadataInput }
  | { kind: 'updateTags'; input: TagsInput }
  | TranslationCommand

export interface EntityInput {
  type: string
  name: string
  names?: Record<string, string>
  aliases?: string[]
  identifiers?: Entity['identifiers']
  description?: string
}
export interface UpdateEntityInput extends Partial<EntityInput> {
  id: string
}
export interface MergeEntitiesInput {
  /** The entity that disappears. */
  from: string
  /** The entity that stays and gains the other's names and aliases. */
  into: string
}
export interface PutEntitiesInput {
  /** Entities to replace in place (same id) or insert at `index`. */
  put: Placed<Entity>[]
  remove: string[]
}
export interface UpdateSchemaInput {
  schema: TagSchema
  /** Old type name → new name. A type missing from `schema` and from here is deleted. */
  renames?: Record<string, string>
  /** Annotations per type across the archive, counted by the caller (shards live apart). */
  usage?: Record<string, number>
  /** Delete types that annotations still use (the caller asked the user). */
  confirmDelete?: boolean
}

export type RegistryCommand =
  | { kind: 'createEntity'; input: EntityInput & { id?: string } }
  | { kind: 'updateEntity'; input: UpdateEntityInput }
  | { kind: 'mergeEntities'; input: MergeEntitiesInput }
  | { kind: 'putEntities'; input: PutEntitiesInput }
  | { kind: 'updateSchema'; input: UpdateSchemaInput }
