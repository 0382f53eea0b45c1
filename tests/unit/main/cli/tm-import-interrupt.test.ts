import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { capture, cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const EARLIER = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The park opens</seg></tuv><tuv xml:lang="zh"><seg>公园开放</seg></tuv></tu></body></tmx>`

function bigTmx(count: number): string {
  const units = Array.from(
    { length: count },
    (_, i) => `<tu><tuv xml:lang="zh"><seg>第${i}号村举办丰收节，共有${i % 300}名村民参加。</seg></tuv><tuv xml:lang="en"><seg>Village No. ${i} held a harvest festival with ${i % 300} villagers.</seg></tuv></tu>`
  )
  return `<tmx version="1.4"><header srclang="zh"/><body>\n${units.join('\n')}\n</body></tmx>`
}

describe('scriptorium tm import, interrupted', () => {
  it('Ctrl+C mid-import leaves the memory byte for byte as it was, and says so; the same file then imports', async () => {
    const home = await tempDir()
    const archive = join(home, 'archive')
    const run = (argv: string[]) => cli([...argv, '--archive', archive], home)
    const earlier = join(home, 'earlier.tmx')
    const big = join(home, 'big.tmx')
    await writeFile(earlier, EARLIER)
    await writeFile(big, bigTmx(40_000))
    expect((await run(['tm', 'import', earlier])).code).toBe(0)
    const imported = join(archive, 'memory', 'imported.json')
    const before = await readFile(imported)

    const { io, out, err, interrupt } = capture({ SCRIPTORIUM_HOME: home })
    const exit = runCli(['tm', 'import', big, '--archive', archive], io, createTranslator('en'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    interrupt()
    expect(await exit).toBe(1)
    expect(out).toEqual([])
    expect(err).toEqual([`Interrupted: nothing of ${big} was added to the memory.`])
    expect((await readFile(imported)).equals(before)).toBe(true)
    const search = await run(['tm', 'search', '第12345号村', '--json'])
    expect(JSON.parse(search.stdout)).toEqual([])

    const again = await run(['tm', 'import', big, '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toEqual({ file: big, added: 40_000, unchanged: 0, skipped: 0 })
    expect(JSON.parse((await run(['tm', 'search', '第12345号村', '--json'])).stdout)[0]).toMatchObject({ source: '第12345号村举办丰收节，共有45名村民参加。', article: null })
  })
})
