/**
 * Every change to an article or to the registry is a command: a pure function
 * `(doc, input, ctx) => { doc, inverse, event, value, mergeKey? }`, one per file, in the
 * manner of tropy's src/commands. `inverse` is itself a command given as data
 * ({ kind, input }), captured while the command runs, so undo is "run the inverse" and
 * redo is "run the inverse's inverse". Article commands append `event` to the article's
 * history (the registry has none; the caller may log it). Expected failures throw
 * AppFailure with a stable code. Running a command and then its inverse gives back the
 * original document, apart from the append-only history, which records both.
 */
export type * from './types'
export { addAnnotation, buildAnnotation, findSame } from './add-annotation'
export { addAnnotations, type AddAnnotationsResult } from './add-annotations'
export { updateAnnotation } from './update-annotation'
export { updateMetadata } from './update-metadata'
export { cleanTag, updateTags } from './update-tags'
export { deleteAnnotation, deleteAnnotations } from './delete-annotations'
export { restoreAnnotations } from './restore-annotations'
export { relinkEntities } from './relink-entities'
export { retypeAnnotations } from './retype-annotations'
export { addRelation } from './add-relation'
export { updateRelation } from './update-relation'
export { deleteRelation, restoreRelation } from './delete-relation'
export { forgetRejections, rejectionKey, rejectSuggestions } from './reject-suggestions'
export { createEntity } from './create-entity'
export { updateEntity } from './update-entity'
export { mergeEntities, type MergeResult } from './merge-entities'
export { putEntities } from './put-entities'
export { updateSchema, type SchemaChange } from './update-schema'
export { runArticleCommand, runRegistryCommand } from './run'
export {
  HISTORY_LIMIT,
  MERGE_WINDOW_MS,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
  type HistoryEntry,
  type Runner,
  type Step
} from './history'
