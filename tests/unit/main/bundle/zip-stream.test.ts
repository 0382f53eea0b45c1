import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { ZipStream } from '../../../../src/main/services/bundle/zip-stream'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

async function writeZip(files: [string, Buffer][]): Promise<{ path: string; size: number }> {
  const path = join(await tempDir('scriptorium-zip-stream-'), 'out.zip')
  const handle = await open(path, 'wx')
  try {
    const zip = new ZipStream(handle, new Date(2024, 4, 8, 10, 30, 20))
    for (const [name, data] of files) await zip.add(name, data)
    return { path, size: await zip.finish() }
  } finally {
    await handle.close()
  }
}

/** Every entry as yauzl (the reader bundles go through) sees it. */
function entries(path: string): Promise<{ name: string; method: number; size: number; modified: Date }[]> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: false }, (error, zip) => {
      if (error) return reject(error)
      const found: { name: string; method: number; size: number; modified: Date }[] = []
      zip.on('entry', (e: yauzl.Entry) => found.push({ name: e.fileName, method: e.compressionMethod, size: e.uncompressedSize, modified: e.getLastModDate() }))
      zip.on('end', () => resolve(found))
      zip.on('error', reject)
    })
  )
}

describe('the streaming zip writer', () => {
  it('writes a zip that yauzl and unzip read back byte for byte: deflated text, stored when that is smaller, UTF-8 names', async () => {
    const text = Buffer.from('The Xinxiang Council met volunteers at the harbour. '.repeat(50))
    const files: [string, Buffer][] = [
      ['bag/data/articles/a/en.txt', text],
      ['bag/data/articles/a/zh 文章.txt', Buffer.from('胡涛在阜新市考察。')],
      ['bag/data/empty.txt', Buffer.alloc(0)],
      ['bag/data/random.bin', randomBytes(300)]
    ]
    const { path, size } = await writeZip(files)
    const bag = await readZipBag(path, () => true)
    expect(bag.problems).toEqual([])
    for (const [name, data] of files.slice(0, 3)) expect(bag.texts.get(name.slice('bag/'.length))).toBe(data.toString('utf8'))
    expect(bag.files.get('data/random.bin')?.size).toBe(300)
    const listed = await entries(path)
    expect(listed.map((e) => [e.name, e.method])).toEqual([
      ['bag/data/articles/a/en.txt', 8],
      ['bag/data/articles/a/zh 文章.txt', 0],
      ['bag/data/empty.txt', 0],
      ['bag/data/random.bin', 0]
    ])
    expect(listed[0]!.modified).toEqual(new Date(2024, 4, 8, 10, 30, 20))
    const { size: onDisk } = await stat(path)
    expect(size).toBe(onDisk)
    if (existsSync('/usr/bin/unzip')) expect(execFileSync('/usr/bin/unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/No errors detected/)
  })

  it('switches to ZIP64 past 65,535 entries, and every entry is still found', async () => {
    const files = Array.from({ length: 70_000 }, (_, i): [string, Buffer] => [`bag/data/${i}.txt`, Buffer.from(`file ${i}\n`)])
    const { path } = await writeZip(files)
    const listed = await entries(path)
    expect(listed).toHaveLength(70_000)
    expect(listed[69_999]).toMatchObject({ name: 'bag/data/69999.txt', size: 'file 69999\n'.length })
    if (existsSync('/usr/bin/unzip')) expect(execFileSync('/usr/bin/unzip', ['-tq', path], { encoding: 'utf8' })).toMatch(/No errors detected/)
  }, 60_000)
})
