import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import type { ImportOutcome } from '@shared/model'
import { importPaths } from '../../../../../src/main/services/import/import-paths'
import { deps, FakeTarget } from '../../../../fixtures/import/helpers'
import { LIANHE, SONGMEI } from '../../../../fixtures/news'

const root = mkdtempSync(join(tmpdir(), 'scriptorium-batch-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function collect(gen: AsyncGenerator<ImportOutcome>): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = []
  for await (const outcome of gen) out.push(outcome)
  return out
}

/** A folder of good and bad files, with a subfolder, hidden files and a symlink loop. */
function mixedFolder(): string {
  const dir = join(root, 'mixed')
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true })
  mkdirSync(join(dir, '.hidden-dir'))
  copyFileSync(SONGMEI.file, join(dir, 'b-songmei.txt'))
  writeFileSync(join(dir, 'a-empty.txt'), '')
  writeFileSync(join(dir, 'c-binary.txt'), Uint8Array.from([0, 1, 2, 3, 0, 0, 255]))
  writeFileSync(join(dir, 'd-page.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>')
  writeFileSync(join(dir, 'e-image.png'), 'png')
  writeFileSync(join(dir, '.hidden.txt'), 'Hidden\n\nNot to be imported.')
  writeFileSync(join(dir, '.hidden-dir', 'inside.txt'), 'Inside\n\nNot to be imported either.')
  copyFileSync(LIANHE.file, join(dir, 'sub', 'lianhe.txt'))
  writeFileSync(join(dir, 'sub', 'deeper', 'gbk.txt'), iconv.encode('标题\n\n正文第一段。', 'gbk'))
  writeFileSync(join(dir, 'sub', 'deeper', 'title-only.txt'), '  Only a title\n\n')
  copyFileSync(SONGMEI.file, join(dir, 'sub', 'deeper', 'z-songmei-copy.txt'))
  symlinkSync(dir, join(dir, 'sub', 'loop')) // a link back to the top: must not be walked forever
  return dir
}

describe('importPaths', () => {
  it('imports a folder recursively, in name order, one outcome per file, skipping hidden entries', async () => {
    const target = new FakeTarget()
    const dir = mixedFolder()
    const outcomes = await collect(importPaths([dir], deps(target)))
    const summary = outcomes.map((o) => [o.file.slice(dir.length + 1), o.status, o.reasonCode ?? ''])
    expect(summary).toEqual([
      ['a-empty.txt', 'failed', 'import.empty'],
      ['b-songmei.txt', 'imported', ''],
      ['c-binary.txt', 'failed', 'import.binary'],
      ['d-page.html', 'failed', 'import.noArticle'],
      ['e-image.png', 'failed', 'import.unsupportedType'],
      ['sub/deeper/gbk.txt', 'imported', ''],
      ['sub/deeper/title-only.txt', 'imported', ''],
      ['sub/deeper/z-songmei-copy.txt', 'duplicate', ''],
      ['sub/lianhe.txt', 'imported', '']
    ])
    expect(outcomes[7]!.id).toBe(outcomes[1]!.id)
    expect(outcomes[5]!.encoding).toBe('gb18030')
    expect(target.docs.size).toBe(4)
    for (const failed of outcomes.filter((o) => o.status === 'failed')) expect(failed.reason).toBeTruthy()
  })

  it('yields each outcome only once its article is durable', async () => {
    const target = new FakeTarget()
    const dir = join(root, 'durable')
    mkdirSync(dir)
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `${i}.txt`), `Title ${i}\n\nBody number ${i}.`)
    for await (const outcome of importPaths([dir], deps(target))) {
      expect(outcome.status).toBe('imported')
      expect(target.docs.has(outcome.id!)).toBe(true)
    }
    expect(target.docs.size).toBe(5)
  })

  it('takes files and folders together, and reports a missing path without stopping', async () => {
    const target = new FakeTarget()
    const dir = join(root, 'single')
    mkdirSync(dir)
    writeFileSync(join(dir, 'one.md'), '# One\n\nFirst.')
    const hidden = join(root, '.named-explicitly.txt')
    writeFileSync(hidden, 'Named\n\nA hidden file named on the command line is imported.')
    const outcomes = await collect(importPaths([join(root, 'nope'), dir, LIANHE.file, hidden], deps(target)))
    expect(outcomes.map((o) => [o.status, o.reasonCode])).toEqual([
      ['failed', 'import.notFound'],
      ['imported', undefined],
      ['imported', undefined],
      ['imported', undefined]
    ])
    expect(outcomes[0]!.reason).toBe('The file or folder does not exist.')
  })
})
