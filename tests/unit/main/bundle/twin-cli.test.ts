import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { openApp, removeTempDirs as removeAppDirs } from '../annotation/helpers'
import { cli, removeTempDirs, tempDir } from '../cli/helpers'

afterAll(async () => {
  await removeTempDirs()
  await removeAppDirs()
})

/** A bundle of one seeded sample and a copy of it under another id and title. */
async function bundleWithCopy(): Promise<{ out: string; sample: { id: string; title: string } }> {
  const source = await openApp()
  const sample = source.ctx.archive.list()[0]!
  const doc = await source.ctx.archive.read(sample.id)
  await source.ctx.archive.create({ ...doc, article: { ...doc.article, id: 'sample_copy', title: 'Second copy' } })
  const out = join(await tempDir('scriptorium-bundle-twin-'), 'copy.zip')
  await exportBundle(source.ctx.archive, { ids: [sample.id, 'sample_copy'], formats: ['json'], out, version: 'test', locale: 'en' }, createTranslator('en')).result
  await source.close()
  return { out, sample }
}

describe('scriptorium import FILE.zip with an article whose text the archive already holds', () => {
  it('says so in --json and in words, before and after applying, in English and Chinese', async () => {
    const { out, sample } = await bundleWithCopy()
    const home = await tempDir()
    const archive = join(await tempDir(), 'archive')
    // The archive is seeded with the same sample: the bundle's copy is added beside it.
    await cli(['list', '--archive', archive], home)

    const dry = await cli(['import', out, '--dry-run', '--json', '--archive', archive], home)
    expect(dry.code).toBe(0)
    const preview = JSON.parse(dry.stdout)
    expect(Object.keys(preview)).toEqual(['added', 'updated', 'conflicts'])
    expect(preview.added.articles).toEqual(['sample_copy'])
    expect(preview.added.twins).toEqual([{ article: 'sample_copy', title: 'Second copy', sameTextAs: sample.id, sameTextTitle: sample.title, in: 'archive' }])

    const words = await cli(['import', out, '--dry-run', '--archive', archive], home)
    expect(words.out).toContain(`“Second copy” (sample_copy) would be added with the same text as “${sample.title}” already in the archive (${sample.id}): the archive would keep both.`)
    const chinese = await cli(['import', out, '--dry-run', '--archive', archive], home, { t: createTranslator('zh-CN') })
    expect(chinese.out).toContain(`《Second copy》（sample_copy）将作为新文章添加，但其正文与档案中已有的《${sample.title}》（${sample.id}）相同：档案中将保留两份。`)

    const applied = await cli(['import', out, '--archive', archive], home)
    expect(applied.code).toBe(0)
    expect(applied.out).toContain(`“Second copy” (sample_copy) was added with the same text as “${sample.title}” already in the archive (${sample.id}): the archive keeps both.`)
    const ids = (JSON.parse((await cli(['list', '--json', '--archive', archive], home)).stdout) as { id: string }[]).map((row) => row.id)
    expect(ids).toContain('sample_copy')
    expect(ids).toContain(sample.id)
  }, 60_000)
})
