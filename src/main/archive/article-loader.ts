import type { ArticleDoc } from '@shared/model'
import type { Catalog } from './catalog'
import { readArticle, type ShardReader } from './read-article'
import { currentStamp, ShardCache, type CachedShard, type ShardStamp } from './shard-cache'
import { shardFile } from './shard-store'
import { summarize } from './summary'
import { validateArticle } from './validate'

/**
 * Reads articles through the shard cache: a shard whose file has not changed since it was
 * read or written answers its frozen, validated document without reading the file again.
 */
export class ArticleLoader {
  /** Shards parsed and validated, frozen, keyed by the stamp of their file: a save does not read its shard again. */
  private readonly shards = new ShardCache()

  constructor(
    private readonly reader: ShardReader,
    private readonly catalog: Catalog
  ) {}

  /**
   * Reads a shard inside its article's queue; keeps the catalog and quarantine in step. The
   * file's stamp is taken before it is read, so a file replaced meanwhile is read again next time.
   */
  async load(id: string): Promise<ArticleDoc> {
    const stamp = await currentStamp(shardFile(this.reader.paths.articles, id))
    const known = stamp && this.shards.get(id, stamp)
    if (known) {
      this.catalog.set(known.summary)
      if (this.catalog.dirty) this.reader.catalogChanged()
      return known.doc
    }
    let doc = await readArticle(this.reader, id)
    // A copy restored from backups/ was read by plain zod: freeze it as every other, but do not cache it (its file was replaced).
    if (!Object.isFrozen(doc)) doc = validateArticle(doc, id)
    else if (stamp) this.cached(doc, stamp)
    return doc
  }

  /** Remembers a frozen, validated document as the content of the file with `stamp`. */
  cached(doc: ArticleDoc, stamp: ShardStamp): CachedShard {
    const entry = { doc, summary: summarize(doc) }
    this.shards.put(doc.article.id, stamp, entry)
    return entry
  }

  /** The file may change behind the cache (a journal, a move, a failed write): read it again next time. */
  forget(id: string): void {
    this.shards.forget(id)
  }
}
