import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SCHEMA_VERSION, type ArticleDoc } from '@shared/model'
import { recordFromDoc, type SearchRecord } from '@shared/search'
import { readShard, SHARD_NAME } from '../../archive/shard-store'

/** A shard's stamp: changes whenever the file is replaced (every write is a rename of a new file). */
export const stampOf = (info: { mtimeMs: number; size: number; ino: number }): string => `${info.mtimeMs}:${info.size}:${info.ino}`

/** Every article shard's id and stamp (a shard that vanished meanwhile is left out). */
export async function shardStamps(articlesDir: string): Promise<Map<string, string>> {
  const names = await readdir(articlesDir).catch(() => [] as string[])
  const stamps = new Map<string, string>()
  for (const name of names) {
    const id = SHARD_NAME.exec(name)?.[1]
    if (!id) continue
    const info = await stat(join(articlesDir, name)).catch(() => null)
    if (info?.isFile()) stamps.set(id, stampOf(info))
  }
  return stamps
}

/**
 * The search record of one shard and its stamp, or null when it is gone or unreadable (that is
 * the archive's to report and repair; search just leaves it out). A shard of this version is
 * parsed directly; an older one goes through the archive's migrations, read-only.
 */
export async function readRecord(articlesDir: string, id: string): Promise<{ record: SearchRecord; stamp: string } | null> {
  const file = join(articlesDir, `${id}.json`)
  try {
    const info = await stat(file)
    const raw = JSON.parse(await readFile(file, 'utf8')) as ArticleDoc
    if (raw?.schemaVersion === SCHEMA_VERSION && raw.article?.id === id) return { record: recordFromDoc(raw), stamp: stampOf(info) }
    const loaded = await readShard(file, id)
    return loaded.status === 'ok' ? { record: recordFromDoc(loaded.doc), stamp: stampOf(info) } : null
  } catch {
    return null
  }
}
