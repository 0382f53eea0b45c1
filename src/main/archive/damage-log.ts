import { writeFileDurable } from './durable-write'
import { KeyedQueue } from './keyed-queue'
import { readRegularFile } from './regular-file'
import { stableStringify } from './stable-json'

export const DAMAGE_LOG_FILE = 'damage.log.json'
/** The oldest entries are dropped past this many, so a recurring fault cannot fill the disk. */
export const DAMAGE_LOG_KEPT = 1000

/**
 * - quarantined: a damaged file moved (or copied) to quarantine/ with nothing to restore it from
 * - unreadable: a damaged file left in place because the archive is open read-only
 * - restored: a damaged or deleted file replaced by its last good copy (the damaged bytes kept)
 * - lost: an article whose shard vanished with no copy to restore
 * - folderMissing: one of the archive's folders was gone (recreated empty)
 * - catalogRebuilt: archive.json was missing and rebuilt from the shards
 * - catalogRefreshed: summaries newer than the catalog, after a crash before its batch write
 * - bookkeepingFailed: a backup or the catalog could not be written after a change was stored
 */
export type DamageKind =
  | 'quarantined'
  | 'unreadable'
  | 'restored' | 'lost' | 'folderMissing' | 'catalogRebuilt' | 'catalogRefreshed' | 'bookkeepingFailed'

export interface DamageNote {
  kind: DamageKind
  /** Path inside the archive, e.g. `articles/b.json`, `quarantine`. */
  file: string
  /** English detail (the reason, where the damaged bytes went), shown as it is. */
  detail: string
}

export interface DamageEntry extends DamageNote {
  at: string
}

export interface DamageLogDoc {
  schemaVersion: 1
  entries: DamageEntry[]
  /** How many entries (counted over the log's whole life) a `check` has already reported. */
  reported: number
  /** How many entries were ever appended, including those dropped past DAMAGE_LOG_KEPT. */
  total: number
}

const emptyLog = (): DamageLogDoc => ({ schemaVersion: 1, entries: [], reported: 0, total: 0 })

/**
 * `damage.log.json`: every loss and repair, kept across runs so that `check` can report what
 * `list`, `serve` or the app repaired earlier. Not derived data, so it lives at the top level.
 * An unreadable log starts afresh rather than blocking the archive.
 */
export async function readDamageLog(file: string): Promise<DamageLogDoc> {
  let raw: unknown
  try {
    raw = JSON.parse(await readRegularFile(file))
  } catch {
    return emptyLog()
  }
  const doc = raw as Partial<DamageLogDoc> | null
  if (!doc || !Array.isArray(doc.entries)) return emptyLog()
  const entries = doc.entries.filter((e): e is DamageEntry => typeof e?.kind === 'string' && typeof e?.file === 'string')
  const total = Number.isInteger(doc.total) ? Math.max(doc.total as number, entries.length) : entries.length
  const reported = Number.isInteger(doc.reported) ? Math.min(doc.reported as number, total) : 0
  return { schemaVersion: 1, entries, reported, total }
}

const queue = new KeyedQueue()

export class DamageLog {
  constructor(readonly file: string) {}

  read(): Promise<DamageLogDoc> {
    return queue.run(this.file, () => readDamageLog(this.file))
  }

  /** Appends durably; the caller decides what a failure to write the log means. */
  append(notes: DamageNote[], at = new Date().toISOString()): Promise<void> {
    if (notes.length === 0) return Promise.resolve()
    return this.change((doc) => {
      doc.entries.push(...notes.map((note) => ({ at, ...note })))
      doc.total += notes.length
      doc.entries.splice(0, Math.max(0, doc.entries.length - DAMAGE_LOG_KEPT))
    })
  }

  /** Records that a check has reported every entry up to now. */
  markReported(): Promise<void> {
    return this.change((doc) => void (doc.reported = doc.total))
  }

  private change(edit: (doc: DamageLogDoc) => void): Promise<void> {
    return queue.run(this.file, async () => {
      const doc = await readDamageLog(this.file)
      edit(doc)
      await writeFileDurable(this.file, stableStringify(doc))
    })
  }
}

/** Entries a check has not reported yet (the log may have dropped the oldest ones). */
export function unreported(doc: DamageLogDoc): DamageEntry[] {
  const firstKept = doc.total - doc.entries.length
  return doc.entries.slice(Math.max(0, doc.reported - firstKept))
}
