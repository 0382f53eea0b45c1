import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { AppFailure } from '@shared/ipc/result'
import { ArticleDoc, Id, SCHEMA_VERSION } from '@shared/model'
import { DurableAdapter } from './durable-adapter'
import { writeFileDurable } from './durable-write'
import { keepLastGoodCopy } from './last-good-copy'
import { migrate, MigrationError, versionOf } from './migrations'
import { NotRegularFileError } from './regular-file'
import { stampOf, type ShardStamp } from './shard-cache'
import { stableStringify } from './stable-json'

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
  /** Written by a newer Scriptorium: not damage, and never to be touched by this one. */
  | { status: 'newer'; version: number }

/** Short, readable account of a zod failure: `path: message; ...`. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
  if (error.issues.length > max) parts.push(`and ${error.issues.length - max} more`)
  return parts.join('; ')
}

/** How a shard is validated: zod by default; the archive's own reads pass its trusted parser (frozen documents). */
export type ShardParser = (value: unknown) => { success: true; data: ArticleDoc } | { success: false; error: z.ZodError }
const zodParse: ShardParser = (value) => ArticleDoc.safeParse(value)

/** Reads one shard without writing anything: parse, migrate, validate, check its id. */
export async function readShard(file: string, expectedId: string, parse: ShardParser = zodParse): Promise<ShardLoad> {
  const db = new Low<unknown>(new DurableAdapter<unknown>(file), null)
  try {
    await db.read()
  } catch (error) {
    if (error instanceof SyntaxError) return { status: 'damaged', reason: `not valid JSON (${error.message})` }
    if (error instanceof NotRegularFileError) return { status: 'damaged', reason: error.message }
    throw error
  }
  // A file holding JSON `null` reads as null too: only an absent file is missing.
  if (db.data === null) return existsSync(file) ? { status: 'damaged', reason: 'holds null, not an article' } : { status: 'missing' }
  const version = storedVersion(db.data)
  if (version !== undefined && version > SCHEMA_VERSION) return { status: 'newer', version }
  let migrated
  try {
    migrated = migrate('article', db.data)
  } catch (error) {
    if (error instanceof MigrationError) return { status: 'damaged', reason: error.message }
    throw error
  }
  const parsed = parse(migrated.doc)
  if (!parsed.success) return { status: 'damaged', reason: `does not match the article schema (${describeIssues(parsed.error)})` }
  if (parsed.data.article.id !== expectedId) {
    return { status: 'damaged', reason: `holds article ${parsed.data.article.id}, not ${expectedId}` }
  }
  return { status: 'ok', doc: parsed.data, migrated: migrated.changed }
}

/** Reads one shard (see readShard); a migrated shard is written back durably before returning. */
export async function loadShard(file: string, expectedId: string, parse: ShardParser = zodParse): Promise<ShardLoad> {
  const result = await readShard(file, expectedId, parse)
  if (result.status === 'ok' && result.migrated) await writeShard(file, result.doc)
  return result
}

/** Keeps the shard's previous bytes as its last good copy, then replaces it durably; answers the new file's stamp. */
export async function writeShard(file: string, doc: ArticleDoc): Promise<ShardStamp> {
  await keepLastGoodCopy(file)
  return stampOf(await writeFileDurable(file, stableStringify(doc)))
}

function storedVersion(raw: unknown): number | undefined {
  try {
    return versionOf(raw)
  } catch {
    return undefined
  }
}
