export { ANNO_CONTEXT, webAnnotationFiles } from './serialize'
