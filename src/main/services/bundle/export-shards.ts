import type { ArticleDoc } from '@shared/model'
import { readShard, shardFile, type ShardLoad } from '../../archive/shard-store'
import { articleParser } from '../../archive/trusted-parse'

/** Shards read ahead of the one being written: enough to overlap reading and zipping, few enough to stay flat. */
const READ_AHEAD = 4

/**
 * The articles of an export, read in the worker from the archive's articles/ folder, in the
 * order given; each shard is read (and validated by the archive's own parser, as the archive
 * reads it) shortly before its turn, so the export sees every article as it is then. A shard
 * that is not plainly readable (missing, damaged, newer, or in need of migration) is asked of
 * the archive (`viaArchive`), which repairs, quarantines or refuses it exactly as it does
 * for any other read; only those articles cross from the main thread.
 */
export async function* exportedShards(articlesDir: string, ids: readonly string[], viaArchive: (id: string) => Promise<ArticleDoc>): AsyncGenerator<ArticleDoc> {
  // Any failure to read is left to the archive, which answers it as it always does.
  const read = async (id: string): Promise<ShardLoad> =>
    readShard(shardFile(articlesDir, id), id, (value) => articleParser.safeParse(value)).catch((): ShardLoad => ({ status: 'missing' }))
  const ahead: Promise<ShardLoad>[] = []
  let next = 0
  const fill = (): void => {
    while (ahead.length < READ_AHEAD && next < ids.length) ahead.push(read(ids[next++]!))
  }
  fill()
  for (let index = 0; index < ids.length; index++) {
    const loaded = await ahead.shift()!
    fill()
    yield loaded.status === 'ok' && !loaded.migrated ? loaded.doc : await viaArchive(ids[index]!)
  }
}
