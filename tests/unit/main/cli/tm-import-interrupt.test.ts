import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { bigTmx, EARLIER_TMX } from '../memory/fixtures'
import { capture, cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

describe('scriptorium tm import, interrupted', () => {
  it('Ctrl+C mid-import leaves the memory byte for byte as it was, and says so; the same file then imports', async () => {
    const home = await tempDir()
    const archive = join(home, 'archive')
    const run = (argv: string[]) => cli([...argv, '--archive', archive], home)
    const earlier = join(home, 'earlier.tmx')
    const big = join(home, 'big.tmx')
    await writeFile(earlier, EARLIER_TMX)
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
