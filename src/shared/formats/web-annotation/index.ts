export { anchorWebAnnotations, type AnchorResult, type AnchoredSpan } from './anchor'
export { readWebAnnotations, type ForeignAnnotation, type ForeignLink } from './read'
export { ANNO_CONTEXT, webAnnotationFiles } from './serialize'
