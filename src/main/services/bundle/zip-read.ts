import { open } from 'node:fs/promises'
import type { Entry, ZipFile } from 'yauzl'
import type { BagFile, BagProblem, BagProblemCode } from '@shared/formats/bagit'
import { openZipInBlocks } from './block-reader'
import { EntryOverrun, openEntry, readHashed } from './zip-entry'

/**
 * What a bundle may cost to read. A zip declares its sizes; we refuse what it declares beyond
 * these before reading a byte of it, and count what actually comes out while inflating, so a
 * lying header cannot get past them either.
 */
export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
  /** Uncompressed / compressed, checked for entries over `ratioFloorBytes` (a bomb inflates 1000:1). */
  maxRatio: number
  ratioFloorBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024
}

/**
 * Which files' text a reading wants: true keeps it in `texts`, a function is handed it as soon
 * as the file is read (and nothing keeps it), false reads it only to hash it.
 */
export type KeepText = (name: string) => boolean | ((text: string) => void)

/** A bag read from a zip: its base directory, each file's size and hash, the texts asked for. */
export interface ZipBag {
  root: string
  files: Map<string, BagFile>
  texts: Map<string, string>
  problems: BagProblem[]
}

class Refused extends Error {
  constructor(readonly problem: BagProblem) {
    super(problem.problem)
  }
}

const refuse = (file: string, problem: BagProblemCode): Refused => new Refused({ file, problem })

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** The yauzl error that says an entry's name would land outside the folder it is unpacked in. */
function unsafeName(message: string): boolean {
  return /^(absolute path|invalid relative path|invalid characters in fileName)/.test(message)
}

async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(4)
    await handle.read(head, 0, 4, 0)
    return head.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

async function classifyOpenError(path: string, file: string, error: Error): Promise<Refused> {
  if (unsafeName(error.message)) return refuse(file, 'unsafePath')
  if (/signature not found/.test(error.message)) return refuse(file, (await looksLikeZip(path).catch(() => false)) ? 'truncated' : 'notZip')
  return refuse(file, 'truncated')
}

const openZip = (path: string): Promise<ZipFile> => openZipInBlocks(path, { lazyEntries: true, autoClose: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false })

/**
 * Reads a bag serialised as a zip with one top-level folder: hashes every file, keeps the text
 * of those `keep` names, and checks names, links, duplicates and sizes on the way. The first
 * refusal stops the reading (what comes after an unsafe or lying entry is not worth trusting).
 */
export async function readZipBag(path: string, keep: KeepText, limits: ZipLimits = DEFAULT_ZIP_LIMITS, onProgress?: (bytes: number) => void): Promise<ZipBag> {
  const bag: ZipBag = { root: '', files: new Map(), texts: new Map(), problems: [] }
  const zipName = path.split(/[\\/]/).pop() ?? path
  let zip: ZipFile
  try {
    zip = await openZip(path)
  } catch (error) {
    bag.problems.push((await classifyOpenError(path, zipName, error as Error)).problem)
    return bag
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw refuse(zipName, 'tooManyEntries')
    await walk(zip, bag, keep, limits, onProgress)
  } catch (error) {
    if (!(error instanceof Refused)) throw error
    bag.problems.push(error.problem)
  } finally {
    zip.close()
  }
  return bag
}

function walk(zip: ZipFile, bag: ZipBag, keep: KeepText, limits: ZipLimits, onProgress?: (bytes: number) => void): Promise<void> {
  let total = 0
  const seen = new Set<string>()
  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      zip.close()
      if (error instanceof Refused) return reject(error)
      // yauzl names the entry after a colon ("invalid relative path: bag/../x").
      const message = String((error as Error).message)
      const unsafe = unsafeName(message)
      reject(new Refused({ file: unsafe ? message.slice(message.indexOf(': ') + 2) : '', problem: unsafe ? 'unsafePath' : 'truncated' }))
    }
    zip.on('error', fail)
    zip.on('end', () => resolve())
    zip.on('entry', (entry: Entry) => {
      readEntry(entry).then(() => zip.readEntry(), fail)
    })
    const readEntry = async (entry: Entry): Promise<void> => {
      const name = entry.fileName
      if (seen.has(name.toLowerCase())) throw refuse(name, 'duplicateEntry')
      seen.add(name.toLowerCase())
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
      if (mode === S_IFLNK) throw refuse(name, 'symlink')
      const slash = name.indexOf('/')
      const root = slash > 0 ? name.slice(0, slash) : ''
      if (!root) throw refuse(name, 'layout')
      if (bag.root && bag.root !== root) throw refuse(name, 'layout')
      bag.root = root
      if (name.endsWith('/')) return
      if (entry.uncompressedSize > limits.maxEntryBytes) throw refuse(name, 'tooLarge')
      total += entry.uncompressedSize
      if (total > limits.maxTotalBytes) throw refuse(name, 'tooLarge')
      if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) throw refuse(name, 'compressionRatio')
      const inner = name.slice(slash + 1)
      const wanted = keep(inner)
      const take = wanted === true ? (text: string) => void bag.texts.set(inner, text) : wanted || undefined
      bag.files.set(inner, await hashEntry(zip, entry, name, take, limits, onProgress))
    }
    zip.readEntry()
  })
}

async function hashEntry(zip: ZipFile, entry: Entry, name: string, keepText: ((text: string) => void) | undefined, limits: ZipLimits, onProgress?: (bytes: number) => void): Promise<BagFile> {
  const stream = await openEntry(zip, entry).catch((error: Error) => Promise.reject(refuse(name, unsafeName(error.message) ? 'unsafePath' : 'truncated')))
  let read
  try {
    // yauzl checks the declared size at the end; stop at once if it is overrun before that.
    read = await readHashed(stream, Math.min(entry.uncompressedSize, limits.maxEntryBytes), keepText !== undefined, onProgress)
  } catch (error) {
    if (error instanceof EntryOverrun) throw refuse(name, 'tooLarge')
    // yauzl's own check of the declared size: more bytes than declared is a lie about size.
    throw refuse(name, /too many bytes/.test((error as Error).message) ? 'tooLarge' : 'truncated')
  }
  if (keepText && read.bytes) keepText(read.bytes.toString('utf8'))
  return { size: read.size, sha256: read.sha256 }
}
