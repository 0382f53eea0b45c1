import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBundle } from '../../../../src/main/services/bundle/read-bundle'
import { DEFAULT_ZIP_LIMITS } from '../../../../src/main/services/bundle/zip-read'
import { bagEntries, rawZip, type RawEntry } from '../../../fixtures/bundle/raw-zip'
import { cli, removeTempDirs, tempDir } from '../cli/helpers'

afterAll(removeTempDirs)

const PAYLOAD = { 'data/README.txt': 'hello\n', 'data/a%b.txt': 'percent\n' }

async function zipFile(content: Buffer | RawEntry[]): Promise<string> {
  const path = join(await tempDir('scriptorium-hostile-zip-'), 'bundle.zip')
  await writeFile(path, Buffer.isBuffer(content) ? content : rawZip(content))
  return path
}

const problemsOf = async (content: Buffer | RawEntry[], limits = DEFAULT_ZIP_LIMITS) => (await readBundle(await zipFile(content), limits)).problems

describe('reading a bundle refuses what could hurt or lie', () => {
  it('accepts a well-formed bag (a % in a name is percent-encoded in the manifest)', async () => {
    expect(await problemsOf(bagEntries(PAYLOAD))).toEqual([])
  })

  it('zip slip: ../ and absolute names', async () => {
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/../../evil.txt', data: 'x' }])).toEqual([{ file: 'bag/../../evil.txt', problem: 'unsafePath' }])
    expect(await problemsOf([{ name: '/etc/evil.txt', data: 'x' }, ...bagEntries(PAYLOAD)])).toEqual([{ file: '/etc/evil.txt', problem: 'unsafePath' }])
  })

  it('a symbolic link', async () => {
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/data/link', data: '/etc/passwd', mode: 0o120777 }])).toEqual([{ file: 'bag/data/link', problem: 'symlink' }])
  })

  it('a zip bomb: a ratio past the limit, and more than the per-file and total limits', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024)
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/data/bomb', data: zeros, deflate: true }])).toEqual([{ file: 'bag/data/bomb', problem: 'compressionRatio' }])
    const small = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1000, maxTotalBytes: 1500 }
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/data/big', data: 'x'.repeat(1001) }], small)).toEqual([{ file: 'bag/data/big', problem: 'tooLarge' }])
    const manyParts = [1, 2, 3].map((n) => ({ name: `bag/data/part${n}`, data: 'x'.repeat(600) }))
    expect(await problemsOf([...bagEntries(PAYLOAD), ...manyParts], small)).toEqual([{ file: 'bag/data/part3', problem: 'tooLarge' }])
  })

  it('a 2 GB declared size is refused before anything is inflated', async () => {
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/data/huge', data: 'tiny', deflate: true, declaredSize: 2 * 1024 ** 3 }])).toEqual([{ file: 'bag/data/huge', problem: 'tooLarge' }])
  })

  it('a size that lies is caught while reading', async () => {
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'bag/data/liar', data: 'x'.repeat(100), deflate: true, declaredSize: 10 }])).toEqual([{ file: 'bag/data/liar', problem: 'tooLarge' }])
  })

  it('duplicate entries', async () => {
    const entries = bagEntries(PAYLOAD)
    expect(await problemsOf([...entries, entries.at(-1)!])).toEqual([{ file: 'bag/data/a%b.txt', problem: 'duplicateEntry' }])
  })

  it('not a zip, and a truncated zip', async () => {
    expect(await problemsOf(Buffer.from('just some text, not a zip at all'))).toEqual([{ file: 'bundle.zip', problem: 'notZip' }])
    const whole = rawZip(bagEntries(PAYLOAD))
    expect(await problemsOf(whole.subarray(0, whole.length - 30))).toEqual([{ file: 'bundle.zip', problem: 'truncated' }])
  })

  it('more than one top-level folder', async () => {
    expect(await problemsOf([...bagEntries(PAYLOAD), { name: 'other/x.txt', data: 'x' }])).toEqual([{ file: 'other/x.txt', problem: 'layout' }])
  })

  it('a manifest that lies: changed, missing and unlisted files, a wrong Payload-Oxum', async () => {
    const changed = bagEntries(PAYLOAD).map((e) => (e.name === 'bag/data/README.txt' ? { ...e, data: 'HELLO\n' } : e))
    expect(await problemsOf(changed)).toEqual([{ file: 'data/README.txt', problem: 'checksumMismatch' }])
    const missing = bagEntries(PAYLOAD).filter((e) => e.name !== 'bag/data/README.txt')
    expect(await problemsOf(missing)).toEqual([
      { file: 'bag-info.txt', problem: 'oxumMismatch' },
      { file: 'data/README.txt', problem: 'missingFile' }
    ])
    const extra = [...bagEntries(PAYLOAD), { name: 'bag/data/extra.txt', data: 'x' }]
    expect(await problemsOf(extra)).toEqual([
      { file: 'bag-info.txt', problem: 'oxumMismatch' },
      { file: 'data/extra.txt', problem: 'unlistedFile' }
    ])
  })

  it('a bag written by a newer Scriptorium is refused as such', async () => {
    const entries = bagEntries(PAYLOAD).map((e) =>
      e.name === 'bag/bag-info.txt' ? { ...e, data: `${String(e.data)}Scriptorium-Bundle-Version: 99\n` } : e
    )
    expect(await problemsOf(entries)).toEqual([{ file: 'bag-info.txt', problem: 'newerVersion' }])
  })
})

describe('scriptorium validate', () => {
  it('exit 0 for a valid bundle; exit 1 with each bad file, as codes in JSON and translated in text', async () => {
    const home = await tempDir()
    const good = await zipFile(bagEntries(PAYLOAD))
    expect(await cli(['validate', good, '--json'], home)).toMatchObject({ code: 0, stdout: '[]' })
    const bad = await zipFile(bagEntries(PAYLOAD).map((e) => (e.name === 'bag/data/README.txt' ? { ...e, data: 'HELLO\n' } : e)))
    const json = await cli(['validate', bad, '--json'], home)
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual([{ file: 'data/README.txt', problem: 'checksumMismatch' }])
    const text = await cli(['validate', bad], home, { t: (await import('../../../../src/main/i18n')).createTranslator('zh-CN') })
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('data/README.txt：校验和不符')
    expect(await cli(['validate', join(home, 'absent.zip')], home)).toMatchObject({ code: 1 })
    expect(await cli(['validate'], home)).toMatchObject({ code: 2 })
  }, 60_000)
})
