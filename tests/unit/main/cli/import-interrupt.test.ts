import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { slowButValidHtml } from '../../../fixtures/hostile/inputs'
import { capture, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

describe('scriptorium import, interrupted', () => {
  it('stops at once, even in the middle of a long parse, and leaves a sound archive', async () => {
    const home = await tempDir()
    const input = join(home, 'input')
    await mkdir(input)
    await writeFile(join(input, 'a-first.md'), '# First\n\nThe harbour of Ningbo reopened on Monday after the storm.\n')
    // Tens of seconds of parsing: without the interruption, the batch would wait for it.
    await writeFile(join(input, 'b-slow.html'), slowButValidHtml(400))
    await writeFile(join(input, 'c-never.md'), '# Never\n\nThis file is not reached.\n')
    const { io, out, err, interrupt } = capture({ SCRIPTORIUM_HOME: home })
    const archive = join(home, 'archive')
    const exit = runCli(['import', input, '--archive', archive], io, createTranslator('en'))
    for (let waited = 0; !out.some((line) => line.includes('a-first.md')) && waited < 20_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    const interruptedAt = Date.now()
    interrupt()
    expect(await exit).toBe(1)
    expect(Date.now() - interruptedAt).toBeLessThan(3000)
    expect(err).toEqual(['Interrupted: 2 of 3 files were left unfinished.'])
    const opened = await Archive.open(archive)
    try {
      expect(opened.report.quarantined).toEqual([])
      expect(opened.list().map((a) => a.title)).toContain('First')
      expect(opened.list().map((a) => a.title)).not.toContain('Never')
    } finally {
      await opened.close()
    }
  })
})
