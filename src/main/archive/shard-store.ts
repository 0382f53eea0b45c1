import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { AppFailure } from '@shared/ipc/result'
import { ArticleDoc, Id } from '@shared/model'
import { DurableAdapter } from './durable-adapter'
import { migrate, MigrationError } from './migrations'

/** `articles/<id>.json`; anything else in articles/ is not a shard. */
export const SHARD_NAME = /^([A-Za-z0-9_-]{1,64})\.json$/

export function shardFile(articlesDir: string, id: string): string {
  // Ids are validated by the model already; refuse anything else before it reaches a path.
  if (!Id.safeParse(id).success) throw new AppFailure('article.notFound', `No article with id ${JSON.stringify(id)}`, { id })
  return join(articlesDir, `${id}.json`)
}

export type ShardLoad =
  | { status: 'ok'; doc: ArticleDoc; migrated: boolean }
  | { status: 'missing' }
  | { status: 'damaged'; reason: string }

/** Short, readable account of a zod failure: `path: message; ...`. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
  if (error.issues.length > max) parts.push(`and ${error.issues.length - max} more`)
  return parts.join('; ')
}

/**
 * Reads one shard: parse, migrate to the current schema, validate, check that it is the
 * article its file name says. A migrated shard is written back durably before returning.
 */
export async function loadShard(file: string, expectedId: string): Promise<ShardLoad> {
  const db = new Low<unknown>(new DurableAdapter<unknown>(file), null)
  try {
    await db.read()
  } catch (error) {
    if (error instanceof SyntaxError) return { status: 'damaged', reason: `not valid JSON (${error.message})` }
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { status: 'damaged', reason: 'a folder, not a file' }
    throw error
  }
  if (db.data === null) return { status: 'missing' }
  let migrated
  try {
    migrated = migrate('article', db.data)
  } catch (error) {
    if (error instanceof MigrationError) return { status: 'damaged', reason: error.message }
    throw error
  }
  const parsed = ArticleDoc.safeParse(migrated.doc)
  if (!parsed.success) return { status: 'damaged', reason: `does not match the article schema (${describeIssues(parsed.error)})` }
  if (parsed.data.article.id !== expectedId) {
    return { status: 'damaged', reason: `holds article ${parsed.data.article.id}, not ${expectedId}` }
  }
  if (migrated.changed) await writeShard(file, parsed.data)
  return { status: 'ok', doc: parsed.data, migrated: migrated.changed }
}

export async function writeShard(file: string, doc: ArticleDoc): Promise<void> {
  const db = new Low<ArticleDoc>(new DurableAdapter<ArticleDoc>(file), doc)
  await db.write()
}
