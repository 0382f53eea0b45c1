import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { ExportRequest, ExportSummary } from './write-bundle'
import type { BundleArticle, ReadBundle } from './read-bundle'
import type { ZipLimits } from './zip-read'

/**
 * What the bundle worker is asked: write a bundle (articles follow on request), read and
 * verify one, or read a verified one's articles again (sent in batches, the next when asked).
 */
export type WorkerTask =
  | { kind: 'export'; request: ExportRequest; registry: RegistryDoc; total: number }
  | { kind: 'read'; path: string; limits?: ZipLimits }
  | { kind: 'articles'; path: string; root: string; articles: BundleArticle[] }

/** Messages to the worker after the task: the next articles (none left when `end`), send more articles, or stop. */
export type ToWorker = { type: 'docs'; docs: ArticleDoc[]; end: boolean } | { type: 'more' } | { type: 'cancel' }

/** Messages from the worker. */
export type FromWorker =
  | { type: 'pull' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'articles'; docs: ArticleDoc[] }
  | { type: 'done'; value: ExportSummary | ReadBundle | number }
  | { type: 'failed'; code: string; params: Record<string, string | number> }
