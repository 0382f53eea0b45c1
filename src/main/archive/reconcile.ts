import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Catalog } from './catalog'
import type { DamageNote } from './damage-log'
import { quarantineMove, type QuarantineEntry } from './quarantine'
import { loadShard, readShard, SHARD_NAME } from './shard-store'
import { repairDamagedShard, repairMissingShard } from './shard-repair'
import { summarize } from './summary'

const READ_CONCURRENCY = 16

export interface ReconcileResult {
  migrated: number
  quarantined: QuarantineEntry[]
  /** Losses and repairs, for the damage log. */
  notes: DamageNote[]
  /** Shards written by a newer Scriptorium: left untouched, and the archive must not be written. */
  newer: string[]
  /** Catalog entries whose summary was out of date and has been refreshed from the shard. */
  refreshed: number
}

export interface ReconcileInput {
  articlesDir: string
  quarantineDir: string
  names: string[]
  catalog: Catalog
  /** Where deleted shards go: a listed shard found there was deleted before a crash, not lost. */
  trashedDir: string
  /** Listed shards to read again: written after the last catalog save (see PendingSummaries). */
  reread?: string[]
  /** False for an archive open read-only: damage is reported, nothing is moved or written. */
  writable?: boolean
}

function sortNames(names: string[]): { onDisk: Set<string>; unknown: string[] } {
  const onDisk = new Set<string>()
  const unknown: string[] = []
  for (const name of names) {
    const match = SHARD_NAME.exec(name)
    if (match?.[1]) onDisk.add(match[1])
    else if (!name.startsWith('.')) unknown.push(name) // dotfiles (.DS_Store, .gitkeep) are left alone
  }
  return { onDisk, unknown }
}

/** Shards the catalog lacks, and those written after it was saved. */
function shardsToRead(onDisk: Set<string>, catalog: Catalog, reread: string[] = []): string[] {
  const again = new Set(reread)
  return [...onDisk].filter((id) => !catalog.has(id) || again.has(id))
}

async function inParallel(items: string[], work: (item: string) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as string)
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker))
}

/**
 * Makes the catalog agree with articles/: shards it does not list, and listed shards written
 * after its last save, are read (migrated, validated) and summarised; damaged shards are moved
 * to quarantine/ and replaced by their last good copy; a listed shard that is gone is restored
 * from its copy or reported lost; files that are not shards are moved to quarantine/. This is
 * what makes a shard written durably just before a crash appear, with its counts, after
 * reopening even though the catalog batch never happened. A healthy open costs one readdir.
 */
export async function reconcile(input: ReconcileInput): Promise<ReconcileResult> {
  return input.writable === false ? reconcileReadOnly(input) : reconcileAndRepair(input)
}

/** Listed ids whose shard is gone: deleted ones (in the trash) are forgotten silently, the rest answered. */
async function goneIds(onDisk: Set<string>, catalog: Catalog, trashedDir: string): Promise<string[]> {
  const gone: string[] = []
  for (const id of [...catalog.ids()].filter((id) => !onDisk.has(id))) {
    if (await stat(join(trashedDir, `${id}.json`)).then(() => true, () => false)) catalog.delete(id)
    else gone.push(id)
  }
  return gone
}

async function reconcileAndRepair({ articlesDir, quarantineDir, trashedDir, names, catalog, reread }: ReconcileInput): Promise<ReconcileResult> {
  const result: ReconcileResult = { migrated: 0, quarantined: [], notes: [], newer: [], refreshed: 0 }
  const { onDisk, unknown } = sortNames(names)
  for (const name of unknown) {
    const file = join(articlesDir, name)
    if ((await stat(file)).isDirectory()) continue
    const entry = await quarantineMove(quarantineDir, file, 'not an article shard (expected <id>.json)')
    result.quarantined.push(entry)
    result.notes.push({ kind: 'quarantined', file: `articles/${name}`, detail: `${entry.reason}; moved to quarantine/${entry.storedAs}` })
  }
  for (const id of await goneIds(onDisk, catalog, trashedDir)) {
    const repair = await repairMissingShard(join(articlesDir, `${id}.json`), id)
    if (repair.doc) catalog.set(summarize(repair.doc))
    else catalog.delete(id)
    result.notes.push(repair.note)
  }

  await inParallel(shardsToRead(onDisk, catalog, reread), async (id) => {
    const file = join(articlesDir, `${id}.json`)
    const listed = catalog.get(id)
    const load = await loadShard(file, id)
    if (load.status === 'ok') {
      catalog.set(summarize(load.doc))
      if (load.migrated) result.migrated++
      if (listed && catalog.get(id) !== listed) result.refreshed++
    } else if (load.status === 'damaged') {
      const repair = await repairDamagedShard(quarantineDir, file, id, load.reason)
      if (repair.doc) catalog.set(summarize(repair.doc))
      else catalog.delete(id)
      if (repair.quarantined) result.quarantined.push(repair.quarantined)
      result.notes.push(repair.note)
    } else if (load.status === 'newer') {
      catalog.delete(id)
      result.newer.push(id)
    }
  })
  if (result.refreshed > 0) {
    result.notes.push({ kind: 'catalogRefreshed', file: 'archive.json', detail: `${result.refreshed} article summaries were older than their files (a crash before the catalog was saved)` })
  }
  return result
}

/** The same agreement, in memory only: what cannot be read is left out of the catalog and reported. */
async function reconcileReadOnly({ articlesDir, trashedDir, names, catalog, reread }: ReconcileInput): Promise<ReconcileResult> {
  const result: ReconcileResult = { migrated: 0, quarantined: [], notes: [], newer: [], refreshed: 0 }
  const { onDisk } = sortNames(names)
  for (const id of await goneIds(onDisk, catalog, trashedDir)) {
    catalog.delete(id)
    result.notes.push({ kind: 'unreadable', file: `articles/${id}.json`, detail: 'the file is missing (not restored: the archive is open read-only)' })
  }
  await inParallel(shardsToRead(onDisk, catalog, reread), async (id) => {
    const load = await readShard(join(articlesDir, `${id}.json`), id)
    if (load.status === 'ok') catalog.set(summarize(load.doc))
    else catalog.delete(id)
    if (load.status === 'damaged') {
      result.quarantined.push({ file: `${id}.json`, reason: load.reason, storedAs: '' })
      result.notes.push({ kind: 'unreadable', file: `articles/${id}.json`, detail: `${load.reason} (left in place: the archive is open read-only)` })
    }
    if (load.status === 'newer') result.newer.push(id)
  })
  return result
}
