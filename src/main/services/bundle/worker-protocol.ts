import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { ExportRequest, ExportSummary } from './write-bundle'
import type { BundleArticle, ReadBundle } from './read-bundle'
import type { ZipLimits } from './zip-read'

/**
 * What the bundle worker is asked: write a bundle of these articles (it reads their shards from
 * the archive's articles/ folder itself), read and verify one, or read a verified one's
 * articles again (sent in batches, the next when asked).
 */
export type WorkerTask =
  | { kind: 'export'; request: ExportRequest; registry: RegistryDoc; articlesDir: string; ids: string[] }
  | { kind: 'read'; path: string; limits?: ZipLimits }
  | { kind: 'articles'; path: string; root: string; articles: BundleArticle[] }

/** Messages to the worker after the task: an article read by the archive, send more articles, or stop. */
export type ToWorker = { type: 'doc'; doc: ArticleDoc } | { type: 'more' } | { type: 'cancel' }

/** Messages from the worker. */
export type FromWorker =
  /** A shard the worker could not read plainly: the archive reads it (and repairs or refuses it). */
  | { type: 'read'; id: string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'articles'; docs: ArticleDoc[] }
  | { type: 'done'; value: ExportSummary | ReadBundle | number }
  | { type: 'failed'; code: string; params: Record<string, string | number> }
