/** XLIFF interchange: 2.1 and 1.2 writers, the 2.x reader, and planning an import. */
export * from './types'
export { serializeXliff21 } from './xliff21'
export { serializeXliff12, STATE_12 } from './xliff12'
export { readXliff21, XliffRefused, type XliffProblemCode, type XliffRead, type XliffUnitRead } from './xliff21-read'
export { xliffArticle, versionMentions } from './from-article'
export { planXliffImport, type XliffImportPlan } from './plan-import'
