import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { makeDoc, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

const seed = () => [makeDoc('s1'), makeDoc('s2')]

describe('a new archive is made whole, then renamed into place', () => {
  it('removes the half-made archive a killed process left, keeps one still being made', async () => {
    const parent = await tempDir()
    // A pid that cannot be running (above Linux's pid_max) and our own, which is.
    const dead = join(parent, '.arch.creating-9999999-0badc0de')
    const live = join(parent, `.arch.creating-${process.pid}-0000beef`)
    for (const folder of [dead, live]) {
      await mkdir(join(folder, 'articles'), { recursive: true })
      await writeFile(join(folder, 'articles', 's1.json'), '{}')
    }
    const archive = await Archive.open(join(parent, 'arch'), { seed })
    expect(archive.list().map((s) => s.id)).toEqual(['s1', 's2'])
    await archive.close()
    expect((await readdir(parent)).sort()).toEqual([`.arch.creating-${process.pid}-0000beef`, 'arch'])
  })

  it('makes the archive in an empty folder the user chose', async () => {
    const dir = join(await tempDir(), 'chosen')
    await mkdir(dir)
    const archive = await Archive.open(dir, { seed })
    expect(archive.list()).toHaveLength(2)
    await archive.close()
    expect((await readdir(dir)).sort()).toEqual(['archive.json', 'articles', 'backups', 'index', 'journal', 'quarantine', 'registry.json', 'trash'])
  })

  it('never seeds a folder that already holds an archive', async () => {
    const dir = join(await tempDir(), 'arch')
    let archive = await Archive.open(dir)
    await archive.create(makeDoc('mine'))
    await archive.close()
    archive = await Archive.open(dir, { seed })
    expect(archive.list().map((s) => s.id)).toEqual(['mine'])
    await archive.close()
  })
})
