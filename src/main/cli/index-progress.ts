import type { AppContext } from '../app-context'
import type { Translate } from '../i18n'
import type { CliIo } from './command'

/**
 * Runs work that may have to build the search index first (a cold archive), showing the
 * build's progress on the terminal's status line meanwhile and clearing it after.
 */
export async function withIndexProgress<T>(ctx: AppContext, io: CliIo, t: Translate, work: () => Promise<T>): Promise<T> {
  const stop = ctx.search.onProgress((done, total) => io.status?.(t('cli:search.indexing', { done, total })))
  try {
    return await work()
  } finally {
    stop()
    io.status?.('')
  }
}
