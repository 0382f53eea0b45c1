import type { Translate } from '../../i18n'
import { basename } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import type { Archive } from '../../archive/archive'
import { exportInWorker, type WorkerRun } from './bundle-isolated'
import type { FormatId } from './formats'
import type { ExportSummary } from './write-bundle'

/** Articles are read and handed to the worker this many at a time. */
const BATCH = 25

export interface ExportOptions {
  /** The articles, in this order; all of them when undefined. */
  ids?: readonly string[]
  formats: FormatId[]
  out: string
  version: string
  locale: string
  progress?: (done: number, total: number) => void
}

/** The ids an export names, checked: each must be in the archive. */
export function exportIds(archive: Archive, ids: readonly string[] | undefined): string[] {
  if (ids === undefined) return archive.list().map((s) => s.id).sort()
  for (const id of ids) if (!archive.has(id)) throw new AppFailure('article.notFound', `No article ${id}`, { id }, 'ids')
  return [...new Set(ids)]
}

/**
 * Exports articles as a bundle: this thread reads the shards (it holds the archive); the
 * worker serialises, hashes and zips them.
 */
export function exportBundle(archive: Archive, options: ExportOptions, t: Translate): WorkerRun<ExportSummary> {
  const ids = exportIds(archive, options.ids)
  const count = ids.length
  const formats = options.formats.join(', ')
  let next = 0
  return exportInWorker(
    {
      kind: 'export',
      registry: archive.registry(),
      total: count,
      request: {
        out: options.out,
        formats: options.formats,
        locale: options.locale,
        organization: basename(archive.dir),
        agent: `Scriptorium ${options.version}`,
        description: t('bundle:bag.description', { count, formats }),
        readme: `${t('bundle:bag.readme', { count, formats })}\n`
      }
    },
    {
      progress: options.progress,
      next: async () => {
        const slice = ids.slice(next, (next += BATCH))
        const docs = await Promise.all(slice.map((id) => archive.read(id)))
        return { docs, end: next >= count }
      }
    }
  )
}
