/**
 * The text of BagIt 1.0 tag files (RFC 8493) and their checks, as pure functions: hashing and
 * the zip live in main (services/bundle/). Paths are relative to the bag's base directory and
 * use "/" as the RFC asks (§2.1.3).
 */

export const BAGIT_VERSION = '1.0'
/** The version of our own bundle layout, written in bag-info.txt; a newer one is refused. */
export const BUNDLE_FORMAT_VERSION = 1
export const BUNDLE_VERSION_LABEL = 'Scriptorium-Bundle-Version'

export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'] as const

/** What the reader found for one file of the bag: its size and sha256. */
export interface BagFile {
  size: number
  sha256: string
}

/** One thing wrong with a bag: the file it concerns and a stable code (see bundle problem messages). */
export interface BagProblem {
  file: string
  problem: BagProblemCode
}

export type BagProblemCode =
  | 'notZip'
  | 'truncated'
  | 'unsafePath'
  | 'symlink'
  | 'duplicateEntry'
  | 'tooLarge'
  | 'tooManyEntries'
  | 'compressionRatio'
  | 'layout'
  | 'missingTagFile'
  | 'badDeclaration'
  | 'badBagInfo'
  | 'badManifestLine'
  | 'oxumMismatch'
  | 'missingFile'
  | 'unlistedFile'
  | 'checksumMismatch'
  | 'newerVersion'
  | 'badArticle'

/** §2.1.3: CR, LF and % in a manifest's file name are percent-encoded. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

export function bagitTxt(): string {
  return `BagIt-Version: ${BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n`
}

/** `bytes.count` of the payload (§2.2.2). */
export const payloadOxum = (files: Iterable<BagFile>): string => {
  let bytes = 0
  let count = 0
  for (const file of files) {
    bytes += file.size
    count += 1
  }
  return `${bytes}.${count}`
}

/** Labels and values on one line each; a value's line breaks become spaces (no folding needed). */
export function bagInfoTxt(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\n`).join('')
}

/** `<sha256>  <path>` lines (two spaces are allowed by §2.1.3; one is the minimum), sorted by path. */
export function manifestTxt(files: ReadonlyMap<string, BagFile>): string {
  return [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, file]) => `${file.sha256}  ${encodeManifestPath(path)}\n`)
    .join('')
}

/** Labels and their values; continuation lines (starting with blanks) join the value before them. */
export function parseBagInfo(text: string): Map<string, string[]> | null {
  const fields = new Map<string, string[]>()
  let last: { label: string; index: number } | undefined
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') continue
    if (/^[ \t]/.test(line)) {
      if (!last) return null
      const values = fields.get(last.label)!
      values[last.index] = `${values[last.index]} ${line.trim()}`
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) return null
    const label = line.slice(0, colon).trim()
    const values = fields.get(label) ?? []
    values.push(line.slice(colon + 1).trim())
    fields.set(label, values)
    last = { label, index: values.length - 1 }
  }
  return fields
}

/** The declaration must name version 1.0 (or 0.97, the same layout) and UTF-8. */
export function declarationIsValid(text: string): boolean {
  const fields = parseBagInfo(text)
  const version = fields?.get('BagIt-Version')?.[0]
  const encoding = fields?.get('Tag-File-Character-Encoding')?.[0]
  return (version === '1.0' || version === '0.97') && encoding?.toUpperCase() === 'UTF-8'
}

/** A manifest's lines: path → checksum, and the lines that could not be read. */
export function parseManifest(text: string): { entries: Map<string, string>; bad: number } {
  const entries = new Map<string, string>()
  let bad = 0
  for (const line of text.split(/\r\n|\n/)) {
    if (line === '') continue
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line)
    if (!match) bad += 1
    else entries.set(decodeManifestPath(match[2]!), match[1]!.toLowerCase())
  }
  return { entries, bad }
}

/** Every problem of a bag whose files (below its base directory) were read and hashed. */
export function verifyBag(files: ReadonlyMap<string, BagFile>, textOf: (path: string) => string | undefined): BagProblem[] {
  const problems: BagProblem[] = []
  for (const tag of TAG_FILES) if (!files.has(tag)) problems.push({ file: tag, problem: 'missingTagFile' })
  const declaration = textOf('bagit.txt')
  if (declaration !== undefined && !declarationIsValid(declaration)) problems.push({ file: 'bagit.txt', problem: 'badDeclaration' })
  const payload = [...files.entries()].filter(([path]) => path.startsWith('data/'))
  const info = textOf('bag-info.txt')
  if (info !== undefined) problems.push(...checkBagInfo(info, payload.map(([, file]) => file)))
  const manifest = textOf('manifest-sha256.txt')
  if (manifest !== undefined) problems.push(...checkManifest('manifest-sha256.txt', manifest, new Map(payload), files, true))
  const tagManifest = textOf('tagmanifest-sha256.txt')
  if (tagManifest !== undefined) {
    const tags = new Map([...files.entries()].filter(([path]) => !path.startsWith('data/') && !path.startsWith('tagmanifest-')))
    problems.push(...checkManifest('tagmanifest-sha256.txt', tagManifest, tags, files, false))
  }
  return problems
}

function checkBagInfo(text: string, payload: BagFile[]): BagProblem[] {
  const fields = parseBagInfo(text)
  if (!fields) return [{ file: 'bag-info.txt', problem: 'badBagInfo' }]
  const problems: BagProblem[] = []
  const version = fields.get(BUNDLE_VERSION_LABEL)?.[0]
  if (version !== undefined && !(Number(version) <= BUNDLE_FORMAT_VERSION)) problems.push({ file: 'bag-info.txt', problem: 'newerVersion' })
  const oxum = fields.get('Payload-Oxum')?.[0]
  if (oxum !== undefined && oxum !== payloadOxum(payload)) problems.push({ file: 'bag-info.txt', problem: 'oxumMismatch' })
  return problems
}

/**
 * Both ways: a listed file that is absent or differs, and (for the payload manifest, which
 * must list every payload file, §3) a payload file it does not list.
 */
function checkManifest(
  name: string,
  text: string,
  expected: ReadonlyMap<string, BagFile>,
  files: ReadonlyMap<string, BagFile>,
  complete: boolean
): BagProblem[] {
  const { entries, bad } = parseManifest(text)
  const problems: BagProblem[] = bad > 0 ? [{ file: name, problem: 'badManifestLine' }] : []
  for (const [path, sha256] of entries) {
    const file = files.get(path)
    if (!file) problems.push({ file: path, problem: 'missingFile' })
    else if (file.sha256 !== sha256) problems.push({ file: path, problem: 'checksumMismatch' })
  }
  if (complete) for (const path of expected.keys()) if (!entries.has(path)) problems.push({ file: path, problem: 'unlistedFile' })
  return problems
}
