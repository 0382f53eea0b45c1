import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { toAppError } from '../../../../src/main/dispatch'
import { createTranslator } from '../../../../src/main/i18n'
import { annotation, makeDoc, removeTempDirs, tempDir } from './helpers'
import { useSmallDisks } from './small-disk'

const disks = useSmallDisks()

afterEach(async () => {
  await removeTempDirs()
})

/** Every file under `dir` with its bytes, to show that nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'latin1')
  }
  return files
}

async function archiveWith(dir: string, ids: string[]): Promise<void> {
  const archive = await Archive.open(dir)
  for (const id of ids) await archive.create(makeDoc(id))
  await archive.update(ids[0]!, (doc) => void doc.annotations.push(annotation('n1')))
  await archive.close()
}

describe('an archive opened read-only', () => {
  it('reads what it can, reports damage without repairing it, and writes nothing at all', async () => {
    const dir = join(await tempDir(), 'arch')
    await archiveWith(dir, ['a', 'b', 'c'])
    await writeFile(join(dir, 'articles', 'b.json'), '{"truncated": ')
    await rm(join(dir, 'articles', 'c.json'))
    await writeFile(join(dir, 'articles', '.a.json.123-abcd.tmp'), 'a killed write')
    const before = await snapshot(dir)

    const archive = await Archive.open(dir, { readOnly: true })
    expect(archive.readOnly).toEqual({ code: 'archive.readOnly', params: { dir } })
    // c is gone (seen at open); b is damaged (seen when read).
    expect(archive.list().map((s) => s.id)).toEqual(['a', 'b'])
    expect(archive.report.damage.map((d) => `${d.kind} ${d.file}`)).toEqual(['unreadable articles/c.json'])
    await expect(archive.read('b')).rejects.toMatchObject({ code: 'article.unreadable' })
    expect(archive.list().map((s) => s.id)).toEqual(['a'])
    expect((await archive.read('a')).annotations).toHaveLength(1)
    const refused = await archive.update('a', (doc) => void (doc.article.title = 'changed')).catch((error: unknown) => error)
    expect(toAppError(refused, createTranslator('en')).message).toBe('This archive is open read-only, so nothing can be changed.')
    expect(toAppError(refused, createTranslator('zh-CN')).message).toBe('此档案库以只读方式打开，无法进行任何更改。')
    await archive.close()

    expect(await snapshot(dir)).toEqual(before)
    // Opened normally afterwards, the same damage is repaired.
    const writable = await Archive.open(dir)
    expect(writable.readOnly).toBeUndefined()
    await expect(writable.read('b')).rejects.toMatchObject({ code: 'article.damaged' })
    expect(writable.list().map((s) => s.id)).toEqual(['a'])
    expect(await readdir(join(dir, 'quarantine'))).toEqual(['b.json'])
    await writable.close()
  })

  it('a damaged shard found by reading is left in place with its own message', async () => {
    const dir = join(await tempDir(), 'arch')
    await archiveWith(dir, ['a', 'b'])
    const archive = await Archive.open(dir, { readOnly: true })
    await writeFile(join(dir, 'articles', 'b.json'), 'garbage')
    const failure = await archive.read('b').catch((error: unknown) => error)
    expect(toAppError(failure, createTranslator('en'))).toMatchObject({ code: 'article.unreadable', message: expect.stringContaining('left as it is') })
    await archive.close()
    expect(await readFile(join(dir, 'articles', 'b.json'), 'utf8')).toBe('garbage')
  })

  it('on a read-only mount (EROFS from the kernel, even as root) opens read-only by itself', async (context) => {
    if (!disks.mountable()) context.skip('mounting a tmpfs needs root and mount rights')
    const disk = await disks.mount(1024)
    const dir = join(disk!.dir, 'arch')
    await archiveWith(dir, ['a', 'b'])
    await disk!.makeReadOnly()
    const archive = await Archive.open(dir, { seed: () => [makeDoc('never')] })
    expect(archive.readOnly?.code).toBe('archive.readOnly')
    expect(archive.list().map((s) => s.id)).toEqual(['a', 'b'])
    expect((await archive.read('a')).annotations).toHaveLength(1)
    await expect(archive.create(makeDoc('c'))).rejects.toMatchObject({ code: 'archive.readOnly' })
    await archive.close()
  })
})
