/** Translation commands: pure, with inverses, run like the annotation commands (see ../../annotation/commands). */
export type * from './types'
export { alignmentIndex, editTranslation, setTranslation } from './core'
export { moveBoundary } from './move-boundary'
export {
  addTranslation,
  findTranslation,
  ignoreQaFinding,
  markMachineTranslation,
  mergeSegments,
  postEdit,
  sourceVersion,
  splitSegment
} from './translation-commands'
