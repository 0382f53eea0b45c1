import { open, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { toAppError } from '../../../../src/main/dispatch'
import { createTranslator } from '../../../../src/main/i18n'
import { annotation, makeDoc } from './helpers'
import { useSmallDisks } from './small-disk'

const disks = useSmallDisks()

/** Fills the disk with one file until the kernel answers ENOSPC. */
async function fill(file: string): Promise<void> {
  const handle = await open(file, 'w')
  try {
    for (;;) await handle.write(Buffer.alloc(4096, 1))
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  } finally {
    await handle.close()
  }
}

describe('a full disk (a real tmpfs, ENOSPC from the kernel)', () => {
  it('refuses a change with "disk full" in both languages, changes nothing, and still closes', async (context) => {
    if (!disks.mountable()) context.skip('mounting a tmpfs needs root and mount rights')
    const disk = await disks.mount(1024)
    const dir = join(disk!.dir, 'archive')
    const archive = await Archive.open(dir)
    await archive.create(makeDoc('a'))
    await archive.flush()
    const filler = join(disk!.dir, 'filler')
    await fill(filler)

    const failure = await archive.create(makeDoc('b', 'A long text. '.repeat(2000))).catch((error: unknown) => error)
    expect(toAppError(failure, createTranslator('en'))).toMatchObject({ code: 'archive.diskFull', message: expect.stringContaining('disk is full') })
    expect(toAppError(failure, createTranslator('zh-CN')).message).toContain('磁盘已满')
    const grown = await archive.update('a', (doc) => void doc.annotations.push(...Array.from({ length: 200 }, (_, i) => annotation(`n${i}`)))).catch((e: unknown) => e)
    expect(toAppError(grown, createTranslator('en')).code).toBe('archive.diskFull')

    expect(archive.list().map((s) => s.id)).toEqual(['a'])
    expect((await archive.read('a')).annotations).toEqual([])
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual(['a.json'])
    await archive.close()

    await rm(filler)
    const reopened = await Archive.open(dir)
    expect(reopened.list().map((s) => s.id)).toEqual(['a'])
    await reopened.create(makeDoc('b'))
    await reopened.close()
  })
})
