import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { useSmallDisks } from '../archive/small-disk'
import { cli, removeTempDirs, tempDir } from './helpers'

const disks = useSmallDisks()

afterEach(async () => {
  await removeTempDirs()
})

describe('the command line on an archive on a read-only disk (a tmpfs remounted read-only)', () => {
  it('list, show and check --no-repair work; a change is refused with a clear message', async (context) => {
    if (!disks.mountable()) context.skip('mounting a tmpfs needs root and mount rights')
    const disk = await disks.mount(2048)
    const home = await tempDir()
    const archive = join(disk!.dir, 'archive')
    expect((await cli(['list', '--archive', archive], home)).code).toBe(0)
    await disk!.makeReadOnly()

    const list = await cli(['list', '--json', '--archive', archive], home)
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout)).toHaveLength(4)
    expect((await cli(['show', 'sample-1', '--json', '--archive', archive], home)).code).toBe(0)
    const check = await cli(['check', '--no-repair', '--archive', archive], home)
    expect(check.code).toBe(0)
    expect(check.stdout).toContain('Opened read-only')
    const annotate = await cli(['annotate', 'sample-1', '--type', 'PLACE', '--start', '0', '--end', '2', '--archive', archive], home)
    expect(annotate.code).toBe(1)
    expect(annotate.err.join('\n')).toContain('open read-only')
  })
})
