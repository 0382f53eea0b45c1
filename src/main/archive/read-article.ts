import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import type { Catalog } from './catalog'
import type { DamageNote } from './damage-log'
import type { ArchivePaths } from './layout'
import type { OpenReport } from './load-archive'
import { loadShard, readShard, shardFile } from './shard-store'
import { articleParser } from './trusted-parse'
import { recoverShard } from './shard-repair'
import { summarize } from './summary'
import type { ArchiveTrash } from './trash'

/** What reading one shard needs from the archive that holds it. */
export interface ShardReader {
  paths: ArchivePaths
  catalog: Catalog
  trash: ArchiveTrash
  report: OpenReport
  readOnly(): boolean
  /** Records losses and repairs (the damage log). */
  appendDamage(notes: DamageNote[]): Promise<void>
  becomeReadOnlyForNewer(file: string): void
  /** The catalog changed and must be saved in the next batch. */
  catalogChanged(): void
}

/**
 * Reads an article's shard (inside its article's queue) and keeps the catalog in step. A
 * damaged or missing shard is put back from its last good copy, or quarantined, and the
 * damage logged; read-only, it is reported and left as it is. A shard read whole is validated
 * by the archive's trusted parser, so it comes back frozen (a restored copy does not).
 */
export async function readArticle(host: ShardReader, id: string): Promise<ArticleDoc> {
  const { catalog } = host
  const file = shardFile(host.paths.articles, id)
  const parse = (value: unknown) => articleParser.safeParse(value)
  const result = host.readOnly() ? await readShard(file, id, parse) : await loadShard(file, id, parse)
  if (result.status === 'ok') {
    catalog.set(summarize(result.doc))
    if (catalog.dirty) host.catalogChanged()
    return result.doc
  }
  if (result.status === 'newer') {
    host.becomeReadOnlyForNewer(`articles/${id}.json`)
    throw new AppFailure('archive.newerVersion', `${file} was written by a newer version of Scriptorium`, { file, version: result.version })
  }
  const notFound = new AppFailure('article.notFound', `No article with id ${id}`, { id })
  if (result.status === 'missing' && !catalog.has(id)) throw notFound
  // Deleted by a change that could not finish (the next open finishes it): never restore an older copy.
  if (result.status === 'missing' && (await host.trash.holdsArticle(id))) {
    catalog.delete(id)
    throw notFound
  }
  if (host.readOnly()) {
    catalog.delete(id)
    if (result.status === 'missing') throw notFound
    await host.appendDamage([{ kind: 'unreadable', file: `articles/${id}.json`, detail: `${result.reason} (left in place: the archive is open read-only)` }])
    throw new AppFailure('article.unreadable', `Article ${id} is damaged (${result.reason}); left as it is, read-only`, { id })
  }
  const repair = await recoverShard(host.paths.quarantine, file, id, result)
  if (repair.quarantined) host.report.quarantined.push(repair.quarantined)
  await host.appendDamage([repair.note])
  if (repair.doc) catalog.set(summarize(repair.doc))
  else catalog.delete(id)
  host.catalogChanged()
  if (repair.doc) return repair.doc
  if (!repair.quarantined) throw notFound
  throw new AppFailure('article.damaged', `Article ${id} was damaged and moved to quarantine: ${repair.quarantined.reason}`, {
    id,
    file: repair.quarantined.storedAs
  })
}
