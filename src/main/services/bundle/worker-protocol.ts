import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { ExportRequest, ExportSummary } from './write-bundle'
import type { ReadBundle } from './read-bundle'
import type { ZipLimits } from './zip-read'

/** What the bundle worker is asked: write a bundle (articles follow on request) or read one. */
export type WorkerTask =
  | { kind: 'export'; request: ExportRequest; registry: RegistryDoc; total: number }
  | { kind: 'read'; path: string; limits?: ZipLimits }

/** Messages to the worker after the task: the next articles (none left when `end`), or stop. */
export type ToWorker = { type: 'docs'; docs: ArticleDoc[]; end: boolean } | { type: 'cancel' }

/** Messages from the worker. */
export type FromWorker =
  | { type: 'pull' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: ExportSummary | ReadBundle }
  | { type: 'failed'; code: string; params: Record<string, string | number> }
