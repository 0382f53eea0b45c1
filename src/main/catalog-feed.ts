import type { Archive } from './archive/archive'
import type { ChangeFeed } from './change-feed'

/** Articles written within this window travel as one catalog event (an import writes many). */
export const CATALOG_BATCH_MS = 30

/**
 * Publishes the library rows of the articles `archive` writes, batched. Answers a function
 * that stops watching (when the app switches archives).
 */
export function watchCatalog(archive: Archive, feed: ChangeFeed): () => void {
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const send = () => {
    timer = undefined
    const rows = new Map(archive.list().map(({ textHash: _hash, ...row }) => [row.id, row]))
    const ids = [...pending]
    pending.clear()
    const put = ids.flatMap((id) => rows.get(id) ?? [])
    feed.publish({ type: 'catalog', put, removed: ids.filter((id) => !rows.has(id)) })
  }
  const stop = archive.onArticleWritten((id) => {
    pending.add(id)
    timer ??= setTimeout(send, CATALOG_BATCH_MS)
  })
  return () => {
    stop()
    if (timer) clearTimeout(timer)
  }
}
