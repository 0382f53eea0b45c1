import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { DamageNote } from './damage-log'
import type { ArchivePaths } from './layout'

/** The folders every archive written since version 1 has; recreated empty when missing. */
export async function missingFolders(paths: ArchivePaths): Promise<DamageNote[]> {
  const notes: DamageNote[] = []
  for (const dir of [paths.articles, paths.backups, paths.quarantine]) {
    const info = await stat(dir).catch(() => undefined)
    if (!info) notes.push({ kind: 'folderMissing', file: basename(dir), detail: 'the folder was missing and has been recreated empty' })
  }
  return notes
}

/** Why an archive is open read-only: every write is refused with this code and its params. */
export interface ReadOnlyReason {
  code: 'archive.newerVersion' | 'archive.readOnly'
  params: Record<string, string | number>
}
