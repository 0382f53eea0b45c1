import { join } from 'node:path'
import { access, constants, mkdir, readdir } from 'node:fs/promises'
import type { RegistryDoc } from '@shared/model'
import { Backups } from './backups'
import type { Catalog } from './catalog'
import type { DamageNote } from './damage-log'
import { isTempName } from './durable-write'
import { recoverJournals, unfinishedFailure, type CompletedJournal } from './journal'
import { lastGoodCopiesDir } from './last-good-copy'
import { createFolders, removeTempFiles, type ArchivePaths } from './layout'
import { loadCatalog, loadRegistry, readRaw } from './load-documents'
import { acquireLock } from './lock'
import { versionOf } from './migrations'
import { missingFolders, type ReadOnlyReason } from './open-checks'
import { PendingSummaries } from './pending-summaries'
import type { QuarantineEntry } from './quarantine'
import { reconcile } from './reconcile'

export interface OpenReport {
  /** Damaged files moved or copied to quarantine/ (storedAs empty: left in place, read-only). */
  quarantined: QuarantineEntry[]
  catalogRebuilt: boolean
  migrated: number
  /** Losses and repairs of this session (also appended to damage.log.json when writable). */
  damage: DamageNote[]
  /** Multi-file changes a crash interrupted, finished by this open (see journal.ts). */
  journals: CompletedJournal[]
}

export interface LoadedArchive {
  lock: { release(): Promise<void> }
  catalog: Catalog
  registry: RegistryDoc
  /** registry.json must be (re)written: new, migrated or restored. */
  writeRegistry: boolean
  isNew: boolean
  report: OpenReport
  /** Found while opening, to be appended to the damage log. */
  damage: DamageNote[]
  readOnly?: ReadOnlyReason
  /** Articles written after the last catalog save (read again here); cleared by the next save. */
  pendingIds: string[]
}

const noLock = { release: async () => undefined }

/**
 * Why the folder cannot be written (a read-only mount, no permission), or undefined. As root,
 * access() still answers EROFS for a read-only mount, though not for missing permission bits.
 */
export async function unwritableReason(dir: string): Promise<ReadOnlyReason | undefined> {
  try {
    await access(dir, constants.W_OK)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { code: 'archive.readOnly', params: { dir } }
    if (code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Reads what an archive folder holds and makes the catalog agree with its shards. Writable:
 * takes the lock, removes temp files, repairs and quarantines. Read-only (asked for, or a
 * folder that cannot be written): writes nothing at all, takes no lock, and reports damage
 * without repairing it.
 */
export async function loadArchive(paths: ArchivePaths, readOnly: ReadOnlyReason | undefined): Promise<LoadedArchive> {
  const writable = readOnly === undefined
  if (writable) await mkdir(paths.dir, { recursive: true })
  const lock = writable ? await acquireLock(paths.dir) : noLock
  try {
    const absentFolders = await missingFolders(paths)
    let shardNames: string[]
    let recovered: Awaited<ReturnType<typeof recoverJournals>> = { quarantined: [], completed: [] }
    if (writable) {
      await createFolders(paths)
      for (const dir of [paths.dir, paths.backups, paths.quarantine, join(paths.trash, 'articles'), join(paths.trash, 'entities')]) await removeTempFiles(dir)
      // Made at the first change of an article, so it may not exist yet.
      await removeTempFiles(lastGoodCopiesDir(paths.dir)).catch(() => undefined)
      await removeTempFiles(paths.journal)
      // Before anything is read: an interrupted compound change is finished first.
      recovered = await recoverJournals(paths.dir, paths.quarantine).catch(unfinishedFailure)
      shardNames = await removeTempFiles(paths.articles)
    } else {
      shardNames = (await readdir(paths.articles).catch(() => [] as string[])).filter((name) => !isTempName(name))
    }
    const [rawCatalog, rawRegistry] = await Promise.all([readRaw(paths.catalog), readRaw(paths.registry)])
    const isNew = rawCatalog.status === 'missing' && rawRegistry.status === 'missing' && shardNames.length === 0
    const report: OpenReport = { quarantined: [...recovered.quarantined], catalogRebuilt: false, migrated: 0, damage: [], journals: recovered.completed }
    const damage: DamageNote[] = []
    // Folders are missing from a new archive, and from version-0 ones, without any loss.
    const existed = rawCatalog.status === 'ok' && safeVersion(rawCatalog.value) > 0
    if (existed) damage.push(...absentFolders)
    const pendingIds = await PendingSummaries.read(paths.index)

    const registry = await loadRegistry(paths, rawRegistry, rawCatalog, new Backups(paths.backups, 'registry'), writable)
    const loaded = await loadCatalog(paths, rawCatalog, isNew, writable)
    for (const entry of [registry.quarantined, loaded.quarantined]) if (entry) report.quarantined.push(entry)
    report.catalogRebuilt = loaded.rebuilt
    report.migrated += Number(registry.migrated) + Number(loaded.migrated)
    damage.push(...documentNotes(report.quarantined))
    if (existed && registry.missingRestoredFrom !== undefined) damage.push(missingRegistryNote(registry.missingRestoredFrom))
    if (rawCatalog.status === 'missing' && loaded.rebuilt) {
      damage.push({ kind: 'catalogRebuilt', file: 'archive.json', detail: 'the catalog was missing; rebuilt from the article files' })
    }

    const reconciled = await reconcile({
      articlesDir: paths.articles,
      quarantineDir: paths.quarantine,
      names: shardNames,
      catalog: loaded.catalog,
      trashedDir: join(paths.trash, 'articles'),
      reread: pendingIds,
      writable
    })
    report.quarantined.push(...reconciled.quarantined)
    report.migrated += reconciled.migrated
    damage.push(...reconciled.notes)
    const newer = reconciled.newer[0]
    return {
      lock,
      catalog: loaded.catalog,
      registry: registry.registry,
      writeRegistry: registry.write && writable,
      isNew,
      report,
      damage,
      pendingIds,
      readOnly: readOnly ?? (newer === undefined ? undefined : { code: 'archive.newerVersion', params: { file: `articles/${newer}.json` } })
    }
  } catch (error) {
    await lock.release()
    throw error
  }
}

/** Notes for the documents (catalog, registry) found damaged while opening. */
function documentNotes(quarantined: QuarantineEntry[]): DamageNote[] {
  return quarantined.map(({ file, reason, storedAs }) => ({
    kind: storedAs ? 'quarantined' : 'unreadable',
    file,
    detail: storedAs ? `${reason}; the damaged file is kept as quarantine/${storedAs}` : reason
  }))
}

function missingRegistryNote(backup: string | null): DamageNote {
  return backup
    ? { kind: 'restored', file: 'registry.json', detail: `the file was missing; restored from backups/${backup}` }
    : { kind: 'lost', file: 'registry.json', detail: 'the file was missing and no backup could be read; the default tag schema with no entities replaces it' }
}

function safeVersion(raw: unknown): number {
  try {
    return versionOf(raw)
  } catch {
    return 0
  }
}
