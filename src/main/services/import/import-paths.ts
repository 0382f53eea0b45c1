import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportOutcome } from '@shared/model'
import { importFile } from './import-file'
import { failedFrom, fromSystemError } from './outcome'
import type { ImportDeps, Translate } from './types'

const isHidden = (name: string): boolean => name.startsWith('.')

/** Stable order, the same on every platform and locale: by code unit. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** One input of a batch: a file to import, or a path that already failed (missing, unreadable). */
export type BatchInput = { path: string } | { failure: ImportOutcome }

/**
 * Imports files and folders, one outcome per file, each yielded as soon as that file is
 * durable in the archive, so a caller can print it at once. A path that is missing or
 * unreadable yields a failed outcome and the batch goes on.
 */
export async function* importPaths(paths: readonly string[], deps: ImportDeps): AsyncGenerator<ImportOutcome> {
  for await (const input of expandPaths(paths, deps.t)) yield await importInput(input, deps)
}

export function importInput(input: BatchInput, deps: ImportDeps): Promise<ImportOutcome> {
  return 'failure' in input ? Promise.resolve(input.failure) : importFile(input.path, deps)
}

/**
 * The files a batch names: folders are walked recursively in name order; hidden entries
 * (".name") inside them are skipped; symbolic links are followed, but a folder already being
 * walked is not entered again, which ends symlink loops. Cheap (names only), so a caller can
 * count the files first to show a real progress bar.
 */
export async function* expandPaths(paths: readonly string[], t: Translate): AsyncGenerator<BatchInput> {
  for (const path of paths) {
    let isDirectory: boolean
    try {
      isDirectory = (await stat(path)).isDirectory()
    } catch (error) {
      yield { failure: failedFrom(path, fromSystemError(error), 'import.unreadable', t) }
      continue
    }
    if (isDirectory) yield* walk(path, t, new Set())
    else yield { path }
  }
}

async function* walk(dir: string, t: Translate, ancestors: Set<string>): AsyncGenerator<BatchInput> {
  let entries: Dirent[]
  let key: string
  try {
    const info = await stat(dir)
    key = `${info.dev}:${info.ino}`
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    yield { failure: failedFrom(dir, fromSystemError(error), 'import.unreadable', t) }
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
    if (isDirectory) yield* walk(path, t, inside)
    else yield { path }
  }
}
