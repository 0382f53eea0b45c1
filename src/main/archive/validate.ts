import { AppFailure } from '@shared/ipc/result'
import { RegistryDoc, type ArticleDoc } from '@shared/model'
import { describeIssues } from './shard-store'
import { articleParser } from './trusted-parse'

export { deepFreeze } from './deep-freeze'

export function validateRegistry(doc: unknown): RegistryDoc {
  const parsed = RegistryDoc.safeParse(doc)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.join('.')
  throw new AppFailure('registry.invalid', `Invalid registry: ${describeIssues(parsed.error)}`, {}, field)
}

/**
 * The article as the model accepts it, deep-frozen, or AppFailure('article.invalid') naming the
 * first bad field. What it shares with a document validated before is not validated again,
 * and what differs from `previous` (the document it was made from) only in some fields is
 * checked in those (see TrustedParser).
 */
export function validateArticle(doc: unknown, id: string | undefined, previous?: ArticleDoc): ArticleDoc {
  const parsed = articleParser.safeParse(doc, previous)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.join('.')
  const params = typeof id === 'string' ? { id } : undefined
  throw new AppFailure('article.invalid', `Invalid article: ${describeIssues(parsed.error)}`, params, field)
}
