import type { Contract } from './contract'

/**
 * The contract's operation names, without the contract. The sandboxed preload may require only
 * `electron`, `events`, `timers` and `url`, so it cannot load the contract (zod and every model
 * schema); it reads the names from here. The compiler refuses a name the contract lacks, and
 * tests/unit/shared/ipc/operation-names.test.ts fails when the contract has one this list lacks.
 */
export const operationNames = [
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
  'acceptSuggestions'
] as const satisfies readonly (keyof Contract)[]
