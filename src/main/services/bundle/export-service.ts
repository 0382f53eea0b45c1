import type { Translate } from '../../i18n'
import { basename } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import type { Archive } from '../../archive/archive'
import { archivePaths } from '../../archive/layout'
import { exportInWorker, type WorkerRun } from './bundle-isolated'
import type { FormatId } from './formats'
import type { ExportSummary } from './write-bundle'

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
 * Exports articles as a bundle: the worker reads each shard when its turn comes, serialises,
 * hashes and zips it; this thread hands it only the ids, and reads through the archive only a
 * shard the worker could not read plainly (so damage is repaired or refused as on any read).
 */
export function exportBundle(archive: Archive, options: ExportOptions, t: Translate): WorkerRun<ExportSummary> {
  const ids = exportIds(archive, options.ids)
  const count = ids.length
  const formats = options.formats.join(', ')
  return exportInWorker(
    {
      kind: 'export',
      registry: archive.registry(),
      articlesDir: archivePaths(archive.dir).articles,
      ids,
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
      read: (id) => archive.read(id)
    }
  )
}
