import { createHash, randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Entry } from 'yauzl'
import { openZipInBlocks } from '../../../../src/main/services/bundle/block-reader'
import { ZipStream } from '../../../../src/main/services/bundle/zip-stream'
import { openEntry, readHashed } from '../../../../src/main/services/bundle/zip-entry'
import { removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const openFiles = (): number => readdirSync('/proc/self/fd').length

describe('reading a zip in blocks', () => {
  it('reads every entry byte for byte, across block edges (a stored 700 KB entry, 2,000 small ones), then closes the file', async () => {
    const files: [string, Buffer][] = [['bag/big.bin', randomBytes(700 * 1024)]]
    for (let i = 0; i < 2_000; i += 1) files.push([`bag/small-${i}.txt`, Buffer.from(`entry ${i} `.repeat(1 + (i % 40)))])
    const path = join(await tempDir('scriptorium-block-reader-'), 'in.zip')
    const handle = await open(path, 'wx')
    const zip = new ZipStream(handle, new Date(2024, 0, 1))
    for (const [name, data] of files) await zip.add(name, data)
    await zip.finish()
    await handle.close()

    const before = openFiles()
    const reader = await openZipInBlocks(path, { lazyEntries: true, autoClose: false })
    const read = new Map<string, string>()
    await new Promise<void>((resolve, reject) => {
      reader.on('error', reject)
      reader.on('end', resolve)
      reader.on('entry', (entry: Entry) =>
        openEntry(reader, entry)
          .then((stream) => readHashed(stream, entry.uncompressedSize, false))
          .then((hashed) => void read.set(entry.fileName, hashed.sha256))
          .then(() => reader.readEntry(), reject)
      )
      reader.readEntry()
    })
    reader.close()
    await new Promise((resolve) => setTimeout(resolve, 50))

    expect(read.size).toBe(files.length)
    for (const [name, data] of files) expect(read.get(name), name).toBe(sha(data))
    expect(openFiles()).toBe(before)
  })

  it('refuses a file that is not a zip and leaves no file open', async () => {
    const path = join(await tempDir('scriptorium-block-reader-'), 'not.zip')
    const handle = await open(path, 'wx')
    await handle.writeFile('plain text, no central directory')
    await handle.close()
    const before = openFiles()
    await expect(openZipInBlocks(path, { lazyEntries: true })).rejects.toThrow(/signature not found/)
    expect(openFiles()).toBe(before)
  })
})
