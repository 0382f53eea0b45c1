import type { Contract } from './contract'

/**
 * The contract's operation names, without the contract. The sandboxed preload may require only
 * `electron`, `events`, `timers` and `url`, so it cannot load the contract (zod and every model
 * schema); it reads the names from here. The compiler refuses a name the contract lacks and
 * names any operation of the contract this list lacks.
 */
const names = [
  'appInfo',
  'archiveInfo',
  'openArchive',
  'listArticles',
  'getArticle',
  'importFiles',
  'importContent',
  'getSettings',
  'updateSettings',
  'addAnnotation',
  'addAnnotations',
  'updateAnnotation',
  'deleteAnnotations',
  'addRelation',
  'updateRelation',
  'deleteRelation',
  'undo',
  'redo',
  'undoState',
  'getRegistry',
  'updateSchema',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'getEntity',
  'splitMention',
  'findOccurrences',
  'tagOccurrences',
  'suggest',
  'acceptSuggestions',
  'rejectSuggestions',
  'updateArticle',
  'deleteArticles',
  'deleteEntity',
  'listTrash',
  'restoreFromTrash',
  'addTranslation',
  'markMachineTranslation',
  'getSegments',
  'postEdit',
  'splitSegment',
  'mergeSegments',
  'moveBoundary',
  'runQa',
  'ignoreQaFinding',
  'exportFormats',
  'startExport',
  'saveExport',
  'startBundleCheck',
  'startBundleApply',
  'jobStatus',
  'cancelJob',
  'exportXliff',
  'importXliff',
  'memoryMatches',
  'memoryConcordance',
  'exportTmx',
  'importTmx',
  'cancelTmxImport',
  'search',
  'tagArticles',
  'previewLink',
  'linkMentions',
  'articleTags',
  'searchIds',
  'explore',
  'searchStatus',
  'concordance',
  'tagConcordance'
] as const satisfies readonly (keyof Contract)[]

/** The list itself, or (failing to compile where it is assigned) the operations it lacks. */
type EveryOperation<Listed extends readonly string[]> =
  [Exclude<keyof Contract, Listed[number]>] extends [never] ? Listed : { unlisted: Exclude<keyof Contract, Listed[number]> }

export const operationNames: EveryOperation<typeof names> = names
