/**
 * The format pairs a bundle carries, each `(input: FormatInput) => FormatFile[]` with paths
 * relative to `data/articles/<id>/`. `textFiles` and `bratFiles` both write `<lang>.txt` with the
 * same content (brat's offsets count in it): a bundle writes it once.
 */
export { bratFiles, parseBrat } from '../brat'
export { conllFiles, parseConll } from '../conll'
export { parseDoccano, type DoccanoRecord } from '../doccano'
export { bundleIndexHtml, type IndexLocale } from '../html'
export { teiFiles } from '../tei'
export { textFiles } from '../text'
export { anchorWebAnnotations, readWebAnnotations, webAnnotationFiles } from '../web-annotation'
export type { ImportedAnnotations, ImportedReference, ImportedRelation, ImportedSpan } from './imported'
export type { FormatFile, FormatInput, Translate } from './types'
export { versionStems } from './version-stems'
