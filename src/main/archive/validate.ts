import { AppFailure } from '@shared/ipc/result'
import { ArticleDoc, RegistryDoc } from '@shared/model'
import { describeIssues } from './shard-store'

/** Freezes a document the archive keeps in memory and hands out, so nobody edits it in place. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

export function validateRegistry(doc: unknown): RegistryDoc {
  const parsed = RegistryDoc.safeParse(doc)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.join('.')
  throw new AppFailure('registry.invalid', `Invalid registry: ${describeIssues(parsed.error)}`, {}, field)
}

/** The article as the model accepts it, or AppFailure('article.invalid') naming the first bad field. */
export function validateArticle(doc: unknown, id: string | undefined): ArticleDoc {
  const parsed = ArticleDoc.safeParse(doc)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.join('.')
  const params = typeof id === 'string' ? { id } : undefined
  throw new AppFailure('article.invalid', `Invalid article: ${describeIssues(parsed.error)}`, params, field)
}
