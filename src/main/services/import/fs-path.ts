import { basename, sep } from 'node:path'

/**
 * A path to read. Linux file names are bytes, not text: a name that is not UTF-8 (an old
 * GBK-named file, say) is kept as those bytes, so that it can still be opened, and shown with
 * its bad bytes escaped (`\xB9`).
 */
export type FsPath = string | Buffer

/** Length of the valid UTF-8 sequence at `i`, or 0 (overlong forms and surrogates are invalid). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  if (b < 0x80) return 1
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => bytes[i + k] !== undefined && bytes[i + k]! >= low && bytes[i + k]! <= high
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1)
    return second && cont(2) ? 3 : 0
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1)
    return second && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** Bytes as text: valid UTF-8 decoded, every other byte written `\xNN`. */
export function escapeBytes(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) {
      out += `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`
      i += 1
    } else {
      out += Buffer.from(bytes.subarray(i, i + length)).toString('utf8')
      i += length
    }
  }
  return out
}

export const isUtf8Name = (name: Buffer): boolean => escapeBytes(name) === name.toString('utf8')

/** How a path is shown and reported. */
export const displayPath = (path: FsPath): string => (typeof path === 'string' ? path : escapeBytes(path))

/** The last part of a path, as shown. */
export const displayName = (path: FsPath): string => basename(displayPath(path))

/** `dir/name`, as text while both are UTF-8, as bytes once either is not. */
export function childPath(dir: FsPath, name: Buffer): FsPath {
  if (typeof dir === 'string' && isUtf8Name(name)) return dir.endsWith(sep) ? dir + name.toString('utf8') : `${dir}${sep}${name.toString('utf8')}`
  const head = typeof dir === 'string' ? Buffer.from(dir) : dir
  return Buffer.concat([head, head[head.length - 1] === sep.charCodeAt(0) ? Buffer.alloc(0) : Buffer.from(sep), name])
}
