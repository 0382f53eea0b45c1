import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { sep } from 'node:path'
import type { ImportOutcome } from '@shared/model'
import { importFile } from './import-file'
import { childPath, displayPath, type FsPath } from './fs-path'
import { failed, failedFrom, fromSystemError } from './outcome'
import type { ImportDeps, Translate } from './types'

/** Stable order, the same on every platform and locale: by byte (for UTF-8, by code point). */
const byName = (a: Dirent<Buffer>, b: Dirent<Buffer>): number => Buffer.compare(a.name, b.name)

/** One input of a batch: a file to import, or a path that already failed (missing, unreadable). */
export type BatchInput = { path: FsPath } | { failure: ImportOutcome }

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
 * (".name") inside them are skipped; a folder already being walked is not entered again,
 * which ends symlink loops. A symbolic link inside a folder is followed only while it stays
 * inside that folder (a `passwd.txt -> /etc/passwd` planted in a download is reported, not
 * imported); a link named on the command line is followed wherever it leads. Names that are
 * not UTF-8 are kept as bytes. Cheap (names only), so a caller can count the files first to
 * show a real progress bar.
 */
export async function* expandPaths(paths: readonly string[], t: Translate): AsyncGenerator<BatchInput> {
  const named = new Set(paths)
  for (const path of paths) {
    if (pairedAnn(path, named)) continue
    let top: Buffer
    try {
      top = await realpath(path, { encoding: 'buffer' })
      if (!(await stat(top)).isDirectory()) {
        yield { path }
        continue
      }
    } catch (error) {
      yield { failure: failedFrom(path, fromSystemError(error), 'import.unreadable', t) }
      continue
    }
    yield* walk(path, { t, top }, new Set())
  }
}

/** A brat `.ann` whose `.txt` is in the batch too: the `.txt` imports the pair, once. */
function pairedAnn(name: string, names: ReadonlySet<string>): boolean {
  return /\.ann$/i.test(name) && (names.has(name.replace(/\.ann$/i, '.txt')) || names.has(name.replace(/\.ann$/i, '.TXT')))
}

interface Walk {
  t: Translate
  /** The real path of the folder named on the command line (as bytes): links may not lead out of it. */
  top: Buffer
}

/** `real` is `top` or below it; compared as bytes, so names that are not UTF-8 compare right. */
function inside(real: Buffer, top: Buffer): boolean {
  if (real.equals(top)) return true
  const slash = sep.charCodeAt(0)
  const prefix = top[top.length - 1] === slash ? top : Buffer.concat([top, Buffer.from(sep)])
  return real.length > prefix.length && real.subarray(0, prefix.length).equals(prefix)
}

async function* walk(dir: FsPath, w: Walk, ancestors: Set<string>): AsyncGenerator<BatchInput> {
  let entries: Dirent<Buffer>[]
  let key: string
  try {
    const info = await stat(dir)
    key = `${info.dev}:${info.ino}`
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' })
  } catch (error) {
    yield { failure: failedFrom(displayPath(dir), fromSystemError(error), 'import.unreadable', w.t) }
    return
  }
  if (ancestors.has(key)) return
  const within = new Set(ancestors).add(key)
  const names = new Set(entries.map((e) => e.name.toString('latin1')))
  for (const entry of entries.sort(byName)) {
    if (entry.name[0] === 0x2e) continue // hidden: ".name"
    if (pairedAnn(entry.name.toString('latin1'), names)) continue
    const path = childPath(dir, entry.name)
    let isDirectory = entry.isDirectory()
    if (entry.isSymbolicLink()) {
      const real = await realpath(path, { encoding: 'buffer' }).catch(() => null)
      // A dangling link is reported by importFile as not found.
      if (real !== null && !inside(real, w.top)) {
        yield { failure: failed(displayPath(path), 'import.outsideFolder', {}, w.t) }
        continue
      }
      isDirectory = real !== null && (await stat(real).then((s) => s.isDirectory(), () => false))
    }
    if (isDirectory) yield* walk(path, w, within)
    else yield { path }
  }
}
