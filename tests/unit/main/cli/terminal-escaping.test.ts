import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { escapeControls } from '../../../../src/main/cli/terminal-text'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const ESC = '\u001b'
const BEL = '\u0007'
/** What a hostile article carries: a title that retitles the terminal, a source that paints it red. */
const TITLE = `Harbour news${ESC}]0;pwned${BEL}`
const SOURCE = `${ESC}[31mRed Daily`
const FILE = `report${ESC}[2J.md`

async function hostileArchive(): Promise<{ home: string; archive: string; file: string }> {
  const home = await tempDir()
  const file = join(home, FILE)
  // Long enough that four control characters do not make the file look binary.
  const body = 'The harbour of Ningbo reopened on Monday after the storm, the port authority said. '.repeat(8)
  await writeFile(file, `---\ntitle: "${TITLE}"\nsource: "${SOURCE}"\n---\n\n${body}\n`)
  return { home, archive: join(home, 'archive'), file }
}

/** Lines that still hold a control character a terminal would obey. */
const raw = (lines: string[]): string[] => lines.filter((line) => escapeControls(line) !== line)

describe('CLI output of archive content with control characters', () => {
  it('is escaped in what people read: import, list and show', async () => {
    const { home, archive, file } = await hostileArchive()
    const imported = await cli(['import', file, '--archive', archive], home)
    expect(imported.code).toBe(0)
    expect(imported.out[0]).toContain('report\\x1B[2J.md')
    const listed = await cli(['list', '--archive', archive], home)
    const rows = JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as { id: string; title: string }[]
    const shown = await cli(['show', rows.find((r) => r.title === TITLE)!.id, '--archive', archive], home)
    for (const run of [imported, listed, shown]) expect(raw([...run.out, ...run.err])).toEqual([])
    expect(listed.stdout).toContain('Harbour news\\x1B]0;pwned\\x07')
    expect(shown.out[0]).toBe('Harbour news\\x1B]0;pwned\\x07')
    expect(shown.stdout).toContain('\\x1B[31mRed Daily')
  })

  it('stays exact in JSON', async () => {
    const { home, archive, file } = await hostileArchive()
    const imported = await cli(['import', '--json', file, '--archive', archive], home)
    expect(JSON.parse(imported.stdout).file).toBe(file)
    const rows = JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as { title: string; source: string }[]
    expect(rows.find((r) => r.source === SOURCE)).toMatchObject({ title: TITLE })
  })

  it('is escaped in error messages too', async () => {
    const home = await tempDir()
    const result = await cli([`nope${ESC}]0;x${BEL}`], home)
    expect(result.code).toBe(2)
    expect(raw(result.err)).toEqual([])
    expect(result.err[0]).toContain('nope\\x1B]0;x\\x07')
  })
})

describe('escapeControls', () => {
  it('keeps text, tabs, line feeds and CJK; writes C0, DEL and C1 controls visibly', () => {
    expect(escapeControls('新闻\tline\nnext')).toBe('新闻\tline\nnext')
    expect(escapeControls(`a\rb\u007fc\u009bd${BEL}`)).toBe('a\\x0Db\\x7Fc\\x9Bd\\x07')
  })
})
