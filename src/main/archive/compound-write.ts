import { join } from 'node:path'
import type { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { ArticleLoader } from './article-loader'
import type { Catalog } from './catalog'
import { compoundSteps, type CompoundChange } from './compound'
import { writeFileDurable } from './durable-write'
import { runJournaled, unfinishedFailure } from './journal'
import { keepLastGoodCopy } from './last-good-copy'
import type { ArchivePaths } from './layout'
import type { PendingSummaries } from './pending-summaries'
import { stampOf } from './shard-cache'
import { shardFile } from './shard-store'
import { summarize } from './summary'
import { deepFreeze, validateArticle, validateRegistry } from './validate'

/**
 * The registry and articles of a compound change as the model accepts them, frozen. Every
 * write raises the revision, as Archive.update does: a stale view can always tell.
 * `seen` holds the stored documents the change was built from.
 */
export function validateCompound(change: CompoundChange, seen: Map<string, ArticleDoc>): { registry?: RegistryDoc; articles: ArticleDoc[] } {
  const registry = change.registry === undefined ? undefined : deepFreeze(validateRegistry(change.registry))
  const articles = (change.articles ?? []).map((doc) =>
    validateArticle({ ...doc, revision: (seen.get(doc?.article?.id)?.revision ?? 0) + 1 }, doc?.article?.id, seen.get(doc?.article?.id))
  )
  return { registry, articles }
}

/** What writing a compound change needs from the archive that holds it. */
export interface CompoundWriteHost {
  paths: ArchivePaths
  pending: PendingSummaries
  loader: ArticleLoader
  catalog: Catalog
  /** The journal could not be finished: later writes must be refused until the next open finishes it. */
  unfinished(failure: AppFailure): void
}

/**
 * Writes the files of a validated compound change whole or not at all: one file by its own
 * durable write, several through the intent journal. The catalog gets the new summaries.
 */
export async function writeCompound(
  host: CompoundWriteHost,
  change: CompoundChange,
  registry: RegistryDoc | undefined,
  articles: ArticleDoc[]
): Promise<void> {
  const { paths, pending, loader } = host
  const steps = compoundSteps(registry, articles, change)
  const only = steps.length === 1 ? steps[0] : undefined
  // Listed before the write, so a crash before the catalog's next save is reconciled at open.
  for (const doc of articles) {
    await pending.willWrite(doc.article.id)
    await keepLastGoodCopy(shardFile(paths.articles, doc.article.id))
  }
  try {
    // One file needs no journal: its own durable write is already all or nothing.
    if (only?.op === 'write') {
      const stats = await writeFileDurable(join(paths.dir, ...only.path.split('/')), only.text)
      if (articles.length === 1) loader.cached(articles[0]!, stampOf(stats))
    } else if (steps.length > 0) {
      // Not cached: read again once, rather than trust a stat taken after the journal was applied.
      for (const doc of articles) loader.forget(doc.article.id)
      await runJournaled(paths.dir, { label: change.label, steps }).catch((error: unknown) => unfinishedFailure(error, host.unfinished))
    }
    for (const doc of articles) host.catalog.set(summarize(doc))
  } catch (error) {
    for (const doc of articles) loader.forget(doc.article.id)
    throw error
  } finally {
    for (const doc of articles) pending.done(doc.article.id)
  }
}
