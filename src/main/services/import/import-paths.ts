import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportOutcome } from '@shared/model'
import { importFile } from './import-file'
import { failedFrom, fromSystemError } from './outcome'
import type { ImportDeps } from './types'

const isHidden = (name: string): boolean => name.startsWith('.')

/** Stable order, the same on every platform and locale: by code unit. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * Imports files and folders, one outcome per file, each yielded as soon as that file is
 * durable in the archive, so a caller can print it at once. Folders are walked recursively in
 * name order; hidden entries (".name") inside them are skipped; symbolic links are followed,
 * but a folder already being walked is not entered again, which ends symlink loops. A path
 * that is missing or unreadable yields a failed outcome and the batch goes on.
 */
export async function* importPaths(paths: readonly string[], deps: ImportDeps): AsyncGenerator<ImportOutcome> {
  for (const path of paths) {
    let isDirectory: boolean
    try {
      isDirectory = (await stat(path)).isDirectory()
    } catch (error) {
      yield failedFrom(path, fromSystemError(error), 'import.unreadable', deps.t)
      continue
    }
    if (isDirectory) yield* walk(path, deps, new Set())
    else yield await importFile(path, deps)
  }
}

async function* walk(dir: string, deps: ImportDeps, ancestors: Set<string>): AsyncGenerator<ImportOutcome> {
  let entries: Dirent[]
  let key: string
  try {
    const info = await stat(dir)
    key = `${info.dev}:${info.ino}`
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    yield failedFrom(dir, fromSystemError(error), 'import.unreadable', deps.t)
    return
  }
  if (ancestors.has(key)) return
  const inside = new Set(ancestors).add(key)
  for (const entry of entries.sort(byName)) {
    if (isHidden(entry.name)) continue
    const path = join(dir, entry.name)
    let isDirectory = entry.isDirectory()
    if (entry.isSymbolicLink()) {
      // A dangling link is reported by importFile as not found.
      isDirectory = await stat(path).then((s) => s.isDirectory(), () => false)
    }
    if (isDirectory) yield* walk(path, deps, inside)
    else yield await importFile(path, deps)
  }
}
