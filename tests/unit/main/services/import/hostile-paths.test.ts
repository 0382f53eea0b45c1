import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ImportOutcome } from '@shared/model'
import { escapeBytes } from '../../../../../src/main/services/import/fs-path'
import { importPaths } from '../../../../../src/main/services/import/import-paths'
import { deps, FakeTarget } from '../../../../fixtures/import/helpers'

const root = mkdtempSync(join(tmpdir(), 'scriptorium-hostile-paths-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const article = (title: string): string => `${title}\n\nThe council of Ningbo met on Monday to discuss ${title.toLowerCase()} with residents.\n`

async function collect(gen: AsyncGenerator<ImportOutcome>): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = []
  for await (const outcome of gen) out.push(outcome)
  return out
}

/** A download with a planted link to a secret outside it, an outside folder link, and an honest inner link. */
function plantedFolder(name: string): { dir: string; secret: string } {
  const outside = join(root, name, 'outside')
  mkdirSync(outside, { recursive: true })
  const secret = join(outside, 'secret.txt')
  writeFileSync(secret, article('Secret minutes'))
  writeFileSync(join(outside, 'other.txt'), article('Other secret'))
  const dir = join(root, name, 'download')
  mkdirSync(join(dir, 'sub'), { recursive: true })
  writeFileSync(join(dir, 'sub', 'real.txt'), article('Bridge repairs'))
  symlinkSync(secret, join(dir, 'passwd.txt'))
  symlinkSync(outside, join(dir, 'more'))
  symlinkSync(join(dir, 'sub', 'real.txt'), join(dir, 'alias.txt'))
  return { dir, secret }
}

describe('symbolic links', () => {
  it('inside an imported folder are followed only while they stay inside it', async () => {
    const { dir } = plantedFolder('walked')
    const target = new FakeTarget()
    const outcomes = await collect(importPaths([dir], deps(target)))
    expect(outcomes.map((o) => [o.file.slice(dir.length + 1), o.status, o.reasonCode])).toEqual([
      ['alias.txt', 'imported', undefined],
      ['more', 'failed', 'import.outsideFolder'],
      ['passwd.txt', 'failed', 'import.outsideFolder'],
      ['sub/real.txt', 'duplicate', undefined]
    ])
    expect(outcomes[2]!.reason).toBe('This link leads outside the imported folder, so it was not followed.')
    expect([...target.docs.values()].map((d) => d.article.title)).toEqual(['Bridge repairs'])
  })

  it('named on the command line are followed wherever they lead', async () => {
    const { dir } = plantedFolder('named')
    const outcomes = await collect(importPaths([join(dir, 'passwd.txt'), join(dir, 'more')], deps()))
    expect(outcomes.map((o) => [o.status, o.title])).toEqual([
      ['imported', 'Secret minutes'],
      ['imported', 'Other secret'],
      ['duplicate', 'Secret minutes']
    ])
  })
})

describe('symbolic links and names that are not UTF-8 together', () => {
  it('a link inside the folder to a folder named in GBK is walked; one to a sibling folder sharing the prefix is not', async () => {
    const base = join(root, 'bytes')
    const dir = join(base, 'news')
    mkdirSync(dir, { recursive: true })
    const gbkFolder = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xb1, 0xa8])])
    mkdirSync(gbkFolder)
    writeFileSync(Buffer.concat([gbkFolder, Buffer.from('/inner.txt')]), article('Inner story'))
    symlinkSync(gbkFolder, join(dir, 'link-to-gbk'))
    mkdirSync(join(base, 'news-evil'))
    writeFileSync(join(base, 'news-evil', 'loot.txt'), article('Loot'))
    symlinkSync(join(base, 'news-evil', 'loot.txt'), join(dir, 'prefix-trick.txt'))
    const outcomes = await collect(importPaths([dir], deps()))
    expect(outcomes.map((o) => [o.file.slice(dir.length + 1), o.status, o.reasonCode])).toEqual([
      ['link-to-gbk/inner.txt', 'imported', undefined],
      ['prefix-trick.txt', 'failed', 'import.outsideFolder'],
      ['\\xB1\\xA8/inner.txt', 'duplicate', undefined]
    ])
  })
})

describe('file names that are not UTF-8', () => {
  it('are imported from their bytes and shown with the bad bytes escaped', async () => {
    const dir = join(root, 'legacy')
    mkdirSync(dir, { recursive: true })
    // "报告.txt" in GBK, as an old Windows zip leaves it on Linux.
    const gbkName = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74])
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), gbkName]), article('Harbour report'))
    const target = new FakeTarget()
    const [outcome] = await collect(importPaths([dir], deps(target)))
    expect(outcome).toMatchObject({ status: 'imported', file: `${dir}/\\xB1\\xA8\\xB8\\xE6.txt`, title: 'Harbour report' })
    expect(target.docs.get(outcome!.id!)!.article.origin.fileName).toBe('\\xB1\\xA8\\xB8\\xE6.txt')
  })

  it('escape only the bytes that are not UTF-8', () => {
    expect(escapeBytes(Buffer.from('新闻-ok.txt'))).toBe('新闻-ok.txt')
    expect(escapeBytes(Buffer.from([0x61, 0xe6, 0x96, 0xb0, 0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toBe('a新\\xFF\\xC0\\xAF\\xED\\xA0\\x80')
  })
})
