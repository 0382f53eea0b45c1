import { join } from 'node:path'
import type { RegistryDoc } from '@shared/model'
import { Backups } from './backups'
import { DamageLog, DAMAGE_LOG_FILE, type DamageNote } from './damage-log'
import type { ArchivePaths } from './layout'
import type { OpenReport } from './load-archive'
import { stableStringify } from './stable-json'

/**
 * What the archive writes beside the change itself: the rolling backups and the damage log.
 * A failure here is noted, never thrown: the change is already stored and durable.
 */
export class Bookkeeping {
  readonly catalogBackups: Backups
  private readonly registryBackups: Backups
  private readonly damageLog: DamageLog

  constructor(
    paths: ArchivePaths,
    private readonly report: OpenReport,
    private readonly readOnly: () => boolean
  ) {
    this.catalogBackups = new Backups(paths.backups, 'archive')
    this.registryBackups = new Backups(paths.backups, 'registry')
    this.damageLog = new DamageLog(join(paths.dir, DAMAGE_LOG_FILE))
  }

  offerRegistry(registry: RegistryDoc): Promise<void> {
    return this.registryBackups.offer(() => stableStringify(registry)).catch((error) => this.failed('backups', error))
  }

  /** Writes the backups that waited for their interval. */
  async flushBackups(): Promise<void> {
    await this.catalogBackups.flushPending().catch((error) => this.failed('backups', error))
    await this.registryBackups.flushPending().catch((error) => this.failed('backups', error))
  }

  /** `file` could not be written after the change itself was stored. */
  async failed(file: string, error: unknown): Promise<void> {
    const detail = `could not be written after the change itself was stored: ${(error as Error)?.message ?? String(error)}`
    await this.appendDamage([{ kind: 'bookkeepingFailed', file, detail }])
  }

  /** Records losses and repairs; the log is itself bookkeeping, so a failure to write it is dropped. */
  async appendDamage(notes: DamageNote[]): Promise<void> {
    if (notes.length === 0) return
    this.report.damage.push(...notes)
    if (!this.readOnly()) await this.damageLog.append(notes).catch(() => undefined)
  }
}
