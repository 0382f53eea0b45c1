import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ImportOutcome } from '@shared/model'
import { importPaths } from '../../../../../src/main/services/import/import-paths'
import { IsolatedParser } from '../../../../../src/main/services/import/parse-isolated'
import { deps, FakeTarget, translator } from '../../../../fixtures/import/helpers'
import { GOOD_MARKDOWN, slowButValidHtml, writeHostileFolder } from '../../../../fixtures/hostile/inputs'

const root = mkdtempSync(join(tmpdir(), 'scriptorium-hostile-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

async function collect(gen: AsyncGenerator<ImportOutcome>): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = []
  for await (const outcome of gen) out.push(outcome)
  return out
}

describe('hostile files', () => {
  it('each fails alone with its own translated reason, quickly, and the batch goes on', async () => {
    const dir = join(root, 'hostile')
    writeHostileFolder(dir)
    const target = new FakeTarget()
    const started = Date.now()
    const outcomes = await collect(importPaths([dir], deps(target)))
    expect(outcomes.map((o) => [o.file.slice(dir.length + 1), o.status, o.reasonCode])).toEqual([
      ['a-deep-lists.md', 'failed', 'import.tooComplex'],
      ['b-nested-divs.html', 'failed', 'import.tooComplex'],
      ['c-good.md', 'imported', undefined],
      ['d-unclosed-tags.html', 'failed', 'import.tooManyParts'],
      ['e-entities.html', 'failed', 'import.tooManyParts']
    ])
    expect(outcomes[0]!.reason).toBe('The file is too complex to read safely: it nests 3000 levels deep (the limit is 100). Nothing was imported from it.')
    expect(target.docs.size).toBe(1)
    // Before: out of memory after 134 s for the first file alone.
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('explains the refusal in Chinese too', async () => {
    const dir = join(root, 'hostile-zh')
    const [deep] = writeHostileFolder(dir)
    const [outcome] = await collect(importPaths([deep!], deps(new FakeTarget(), 'zh-CN')))
    expect(outcome!.reason).toBe('文件结构过于复杂，无法安全读取：嵌套深达 3000 层（上限为 100 层）。未从中导入任何内容。')
  })
})

describe('IsolatedParser', () => {
  it('stops a file that parses too long, and parses the next one in a fresh worker', async () => {
    const parser = new IsolatedParser({ timeoutMs: 5000, heapMb: 256 })
    try {
      // Warm up: starting the worker is not part of what a file may spend.
      await expect(parser.parse('good.md', bytes(GOOD_MARKDOWN))).resolves.toMatchObject({ format: 'md' })
      const started = Date.now()
      // About 22 s of parsing on this 2-core machine, four times the limit, so a fast machine still
      // times out; the limit leaves a loaded machine time to start the worker for the warm-up.
      await expect(parser.parse('slow.html', bytes(slowButValidHtml(1600)))).rejects.toMatchObject({ code: 'import.timedOut', params: { seconds: 5 } })
      expect(Date.now() - started).toBeLessThan(15_000)
      const next = await parser.parse('good.md', bytes(GOOD_MARKDOWN))
      expect(next.parsed.title).toBe('Harbour reopens')
    } finally {
      await parser.close()
    }
  })

  it('stops a file that needs more memory than the worker may use, and the process lives on', async () => {
    const parser = new IsolatedParser({ timeoutMs: 30_000, heapMb: 40 })
    try {
      await expect(parser.parse('good.md', bytes(GOOD_MARKDOWN))).resolves.toMatchObject({ format: 'md' })
      const paragraphs = Array.from({ length: 60_000 }, (_, i) => `<p>Paragraph ${i} of a very long article about the harbour.</p>`).join('')
      await expect(parser.parse('huge.html', bytes(`<html><body>${paragraphs}</body></html>`))).rejects.toMatchObject({
        code: 'import.outOfMemory',
        params: { limit: 40 }
      })
      await expect(parser.parse('good.md', bytes(GOOD_MARKDOWN))).resolves.toMatchObject({ format: 'md' })
    } finally {
      await parser.close()
    }
  })

  it('words both limits in English and Chinese', () => {
    expect(translator('en')('errors:import.timedOut', { seconds: 30 })).toBe('Reading the file took longer than 30 seconds and was stopped. Nothing was imported from it.')
    expect(translator('zh-CN')('errors:import.outOfMemory', { limit: 512 })).toBe('读取该文件所需内存超过 512 MB，已被停止。未从中导入任何内容。')
  })
})

describe('the reasons', () => {
  it('write large counts with the separators of the language', () => {
    const params = { count: 1_000_006, limit: 400_000 }
    expect(translator('en')('errors:import.tooManyParts', params)).toBe(
      'The file has 1,000,006 tags and character references, more than the 400,000 that can be read safely. Nothing was imported from it.'
    )
    expect(translator('zh-CN')('errors:import.tooManyParts', params)).toBe('文件含有 1,000,006 个标签和字符引用，超过可安全读取的上限 400,000 个。未从中导入任何内容。')
  })
})
