import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ImportedMemoryDoc, type MemoryUnit } from '@shared/model'
import { Backups } from './backups'
import type { DamageNote } from './damage-log'
import { writeFileDurable } from './durable-write'
import { KeyedQueue } from './keyed-queue'
import { quarantineMove } from './quarantine'
import { readRegularFile } from './regular-file'
import { stableStringify } from './stable-json'

/** Where the translation memory keeps what no shard holds: units imported from TMX. */
export const MEMORY_DIR = 'memory'
export const IMPORTED_MEMORY_FILE = `${MEMORY_DIR}/imported.json`

export interface ImportedMemoryRead {
  units: MemoryUnit[]
  damage: DamageNote[]
}

const queue = new KeyedQueue()

function parse(text: string): ImportedMemoryDoc {
  return ImportedMemoryDoc.parse(JSON.parse(text))
}

/**
 * `memory/imported.json`: a durable source document (not derived, so not under index/). Each
 * write is atomic (durable-write) and leaves a backup in `backups/memory/`; a damaged file is
 * moved to quarantine and the newest backup that reads put back, as the registry's would be.
 */
export class ImportedMemoryFile {
  readonly file: string
  private readonly backups: Backups
  private readonly quarantine: string

  constructor(readonly archiveDir: string) {
    this.file = join(archiveDir, MEMORY_DIR, 'imported.json')
    this.backups = new Backups(join(archiveDir, 'backups', MEMORY_DIR), 'imported')
    this.quarantine = join(archiveDir, 'quarantine')
  }

  /** The units; none when there is no file. Damage is repaired unless `readOnly`, and reported. */
  read(readOnly: boolean): Promise<ImportedMemoryRead> {
    return queue.run(this.file, async () => {
      let text: string
      try {
        text = await readRegularFile(this.file)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { units: [], damage: [] }
        return this.damaged(readOnly, (error as Error).message)
      }
      try {
        return { units: parse(text).units, damage: [] }
      } catch (error) {
        return this.damaged(readOnly, error instanceof SyntaxError ? `not JSON: ${error.message}` : 'not an imported memory document')
      }
    })
  }

  /** Replaces the units, durably, and keeps a backup of what was written. */
  write(units: MemoryUnit[]): Promise<void> {
    return queue.run(this.file, async () => {
      const text = stableStringify({ schemaVersion: 1, units } satisfies ImportedMemoryDoc)
      await mkdir(join(this.archiveDir, MEMORY_DIR), { recursive: true })
      await writeFileDurable(this.file, text)
      await this.backups.offer(() => text, true)
    })
  }

  /** Size and time of the file, or null when absent: whether the index's copy is current. */
  async stamp(): Promise<string | null> {
    const info = await stat(this.file).catch(() => null)
    return info ? `${info.mtimeMs}:${info.size}` : null
  }

  private async damaged(readOnly: boolean, reason: string): Promise<ImportedMemoryRead> {
    if (readOnly) return { units: [], damage: [{ kind: 'unreadable', file: IMPORTED_MEMORY_FILE, detail: reason }] }
    const moved = await quarantineMove(this.quarantine, this.file, reason)
    for await (const backup of this.backups.newestFirst()) {
      try {
        const doc = parse(backup.text)
        await writeFileDurable(this.file, backup.text)
        return { units: doc.units, damage: [{ kind: 'restored', file: IMPORTED_MEMORY_FILE, detail: `${reason}; damaged copy in quarantine/${moved.storedAs}, restored from backups/${MEMORY_DIR}/${backup.name}` }] }
      } catch {
        // An unreadable backup: try the one before it.
      }
    }
    return { units: [], damage: [{ kind: 'quarantined', file: IMPORTED_MEMORY_FILE, detail: `${reason}; moved to quarantine/${moved.storedAs}, no backup to restore` }] }
  }
}
