import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Catalog } from './catalog'
import { quarantineMove, type QuarantineEntry } from './quarantine'
import { loadShard, SHARD_NAME } from './shard-store'
import { summarize } from './summary'

const READ_CONCURRENCY = 16

export interface ReconcileResult {
  migrated: number
  quarantined: QuarantineEntry[]
}

/**
 * Makes the catalog agree with articles/: shards it does not list are read (migrated,
 * validated) and added, entries without a shard dropped, damaged shards and files that are
 * not shards moved to quarantine/. This is what makes a shard written durably just before a
 * crash appear after reopening even though the catalog flush never happened. Only the
 * shards the catalog lacks are read, so a healthy open costs one readdir.
 */
export async function reconcile(articlesDir: string, quarantineDir: string, names: string[], catalog: Catalog): Promise<ReconcileResult> {
  const result: ReconcileResult = { migrated: 0, quarantined: [] }
  const onDisk = new Set<string>()
  const unknown: string[] = []
  for (const name of names) {
    const match = SHARD_NAME.exec(name)
    if (match?.[1]) onDisk.add(match[1])
    else if (!name.startsWith('.')) unknown.push(name) // dotfiles (.DS_Store, .gitkeep) are left alone
  }
  for (const name of unknown) {
    const file = join(articlesDir, name)
    if ((await stat(file)).isDirectory()) continue
    result.quarantined.push(await quarantineMove(quarantineDir, file, 'not an article shard (expected <id>.json)'))
  }
  for (const id of [...catalog.ids()]) if (!onDisk.has(id)) catalog.delete(id)

  const missing = [...onDisk].filter((id) => !catalog.has(id))
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const id = missing[next++] as string
      const file = join(articlesDir, `${id}.json`)
      const load = await loadShard(file, id)
      if (load.status === 'ok') {
        catalog.set(summarize(load.doc))
        if (load.migrated) result.migrated++
      } else if (load.status === 'damaged') {
        result.quarantined.push(await quarantineMove(quarantineDir, file, load.reason))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, missing.length) }, worker))
  return result
}
