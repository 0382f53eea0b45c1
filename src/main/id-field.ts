import { AppFailure } from '@shared/ipc/result'

/** Failures that mean "this id names nothing", and the param that carries the id. */
const MISSING_ID = /\.(notFound|unknownAnnotation|unknownEntity|unknownSource)$/
const ID_PARAMS = ['id', 'entity', 'source'] as const

/** Dotted paths (`from`, `link.articleId`, `ids.1`) of the input's string values equal to `value`. */
function pathsOf(input: unknown, value: string, prefix: string[] = []): string[] {
  if (input === value) return [prefix.join('.')]
  if (input === null || typeof input !== 'object') return []
  return Object.entries(input).flatMap(([key, child]) => pathsOf(child, value, [...prefix, key]))
}

/**
 * A not-found failure names the input field that held the missing id, as a validation error
 * names its field: `from` or `into` of a merge, `ids.1` of a delete, `link.articleId`. Services
 * deep down (the archive, the shared commands) know the id but not which field it came in, so
 * the dispatcher, which has both, fills it in. A field the service named and the input holds
 * is kept.
 */
export function withIdField(error: unknown, input: unknown): unknown {
  if (!(error instanceof AppFailure) || !MISSING_ID.test(error.code)) return error
  const id = ID_PARAMS.map((key) => error.params?.[key]).find((v): v is string => typeof v === 'string')
  if (id === undefined) return error
  const paths = pathsOf(input, id).filter((path) => path !== '')
  if (paths.length === 0 || (error.field !== undefined && paths.includes(error.field))) return error
  return new AppFailure(error.code, error.message, error.params, paths[0])
}
