import { existsSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleDoc } from '../../../../src/shared/model'
import { Archive } from '../../../../src/main/archive'
import { createTranslator } from '../../../../src/main/i18n'
import { exportBundle } from '../../../../src/main/services/bundle/export-service'
import { exportedShards } from '../../../../src/main/services/bundle/export-shards'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { annotation, makeDoc, removeTempDirs, tempDir } from '../archive/helpers'

afterEach(removeTempDirs)

const t = createTranslator('en')
const letters = (n: number) => Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, '0')}`)

/** An open archive of these articles, each changed once after its creation (so each has a last good copy). */
async function archiveOf(ids: string[]): Promise<Archive> {
  const archive = await Archive.open(join(await tempDir(), 'arch'))
  for (const id of ids) await archive.create(makeDoc(id))
  for (const id of ids) await archive.update(id, (doc) => void doc.annotations.push(annotation(`${id}-first`)))
  return archive
}

async function exportTo(archive: Archive, ids: string[]): Promise<string> {
  const out = join(await tempDir(), 'bundle.zip')
  await exportBundle(archive, { ids, formats: ['json'], out, version: 'test', locale: 'en' }, t).result
  return out
}

/** The article.json of each article in a bundle, parsed. */
async function bundled(zip: string): Promise<Map<string, ArticleDoc>> {
  const bag = await readZipBag(zip, (path) => path.endsWith('/article.json'))
  expect(bag.problems).toEqual([])
  return new Map([...bag.texts].map(([path, text]) => [path.split('/')[2]!, JSON.parse(text) as ArticleDoc]))
}

describe('export reads each shard itself', () => {
  it('sees every article as it is shortly before its turn: a change made meanwhile to a later one is exported', async () => {
    const ids = letters(12)
    const archive = await archiveOf(ids)
    const asked: string[] = []
    const shards = exportedShards(join(archive.dir, 'articles'), ids, async (id) => (asked.push(id), archive.read(id)))
    const first = await shards.next()
    expect(first.value).toMatchObject({ article: { id: 'a00' } })
    await archive.update('a11', (doc) => void doc.annotations.push(annotation('a11-during-export')))
    const rest: ArticleDoc[] = []
    for await (const doc of shards) rest.push(doc)
    expect(rest.map((d) => d.article.id)).toEqual(ids.slice(1))
    expect(rest.at(-1)!.annotations.map((a) => a.id)).toEqual(['a11-first', 'a11-during-export'])
    expect(asked).toEqual([])
    await archive.close()
  })

  it('hands a damaged shard to the archive, which puts back its last good copy: the export carries that copy', async () => {
    const archive = await archiveOf(['a', 'b', 'c'])
    await writeFile(join(archive.dir, 'articles', 'b.json'), '{ "schemaVersion": 1, "article": ')
    const docs = await bundled(await exportTo(archive, ['a', 'b', 'c']))
    expect([...docs.keys()]).toEqual(['a', 'b', 'c'])
    expect(docs.get('a')!.annotations.map((a) => a.id)).toEqual(['a-first'])
    expect(docs.get('b')!.annotations).toEqual([])
    expect(archive.report.quarantined).toEqual([expect.objectContaining({ file: 'b.json' })])
    await archive.close()
  })

  it('fails with article.damaged when a damaged shard has no good copy; no bundle is left and the shard is quarantined', async () => {
    const archive = await Archive.open(join(await tempDir(), 'arch'))
    for (const id of ['a', 'b']) await archive.create(makeDoc(id))
    await writeFile(join(archive.dir, 'articles', 'b.json'), 'not json at all')
    const out = join(await tempDir(), 'bundle.zip')
    const run = exportBundle(archive, { ids: ['a', 'b'], formats: ['json'], out, version: 'test', locale: 'en' }, t)
    await expect(run.result).rejects.toMatchObject({ code: 'article.damaged', params: { id: 'b' } })
    expect(await readdir(join(out, '..'))).toEqual([])
    expect(archive.has('b')).toBe(false)
    expect(existsSync(join(archive.dir, 'quarantine', 'b.json'))).toBe(true)
    await archive.close()
  })
})
