import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { rawZip } from '../../../fixtures/bundle/raw-zip'
import { cli, removeTempDirs, tempDir } from '../cli/helpers'

afterAll(removeTempDirs)

async function setUp() {
  const home = await tempDir()
  const dir = await tempDir('scriptorium-bundle-cli-')
  const archive = join(dir, 'archive')
  const list = await cli(['list', '--json', '--archive', archive], home)
  const ids = (JSON.parse(list.stdout) as { id: string }[]).map((row) => row.id)
  return { home, dir, archive, ids }
}

/** The bundle's entries, re-zipped with `change` applied to each (path below the root, text). */
async function rewrite(zip: string, out: string, change: (path: string, text: string) => string): Promise<void> {
  const bag = await readZipBag(zip, () => true)
  await writeFile(out, rawZip([...bag.texts].map(([path, text]) => ({ name: `${bag.root}/${path}`, data: change(path, text) }))))
}

describe('scriptorium export', () => {
  it('writes a valid bag of the articles named, with a JSON summary', async () => {
    const { home, dir, archive, ids } = await setUp()
    const out = join(dir, 'two.zip')
    const run = await cli(['export', ids[0]!, ids[1]!, '--out', out, '--formats', 'json', '--json', '--archive', archive], home)
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.stdout)
    expect(summary).toMatchObject({ out, articles: 2, files: 2 + 3 + 4 })
    const bag = await readZipBag(out, () => true)
    expect(bag.root).toBe('two')
    expect([...bag.files.keys()].sort()).toEqual(
      [...ids.slice(0, 2).map((id) => `data/articles/${id}/article.json`), 'data/README.txt', 'data/entities.json', 'data/schema.json', 'bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'].sort()
    )
    expect(bag.texts.get('bag-info.txt')).toMatch(/^Source-Organization: archive\nBagging-Date: \d{4}-\d\d-\d\d\nPayload-Oxum: \d+\.5\nBag-Software-Agent: Scriptorium .+\nExternal-Description: 2 articles/)
    expect(summary.bytes).toBeGreaterThan(0)
  }, 60_000)

  it('refuses bad usage (exit 2) and an unknown article (exit 1) without leaving a file', async () => {
    const { home, dir, archive, ids } = await setUp()
    const out = join(dir, 'x.zip')
    expect((await cli(['export', '--out', out, '--archive', archive], home)).code).toBe(2)
    expect((await cli(['export', ids[0]!, '--all', '--out', out, '--archive', archive], home)).code).toBe(2)
    expect((await cli(['export', '--all', '--archive', archive], home)).code).toBe(2)
    const bad = await cli(['export', '--all', '--out', out, '--formats', 'json,nope', '--archive', archive], home)
    expect(bad.code).toBe(2)
    expect(bad.err[0]).toContain('“nope”')
    const missing = await cli(['export', 'no-such-article', '--out', out, '--archive', archive], home)
    expect(missing.code).toBe(1)
    expect((await cli(['export', '--all', '--out', join(dir, 'absent', 'x.zip'), '--archive', archive], home)).code).toBe(1)
    expect((await readdir(dir)).filter((name) => name !== 'archive')).toEqual([])
  }, 60_000)
})

describe('scriptorium import FILE.zip', () => {
  it('previews with --dry-run (nothing changes), then applies', async () => {
    const { home, dir, archive, ids } = await setUp()
    const out = join(dir, 'one.zip')
    await cli(['export', ids[0]!, '--out', out, '--archive', archive], home)
    const other = join(dir, 'other')
    await cli(['delete', ...(JSON.parse((await cli(['list', '--json', '--archive', other], home)).stdout) as { id: string }[]).map((r) => r.id), '--archive', other], home)
    const dry = await cli(['import', out, '--dry-run', '--json', '--archive', other], home)
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({ added: { articles: [ids[0]] }, updated: { articles: [] }, conflicts: [] })
    expect(JSON.parse((await cli(['list', '--json', '--archive', other], home)).stdout)).toEqual([])
    const applied = await cli(['import', out, '--archive', other], home)
    expect(applied.code).toBe(0)
    expect(applied.stdout).toContain('Added 1 articles')
    expect((JSON.parse((await cli(['list', '--json', '--archive', other], home)).stdout) as { id: string }[]).map((r) => r.id)).toEqual([ids[0]])
  }, 60_000)

  it('refuses a tampered bundle and one from a newer Scriptorium, with the reasons; the archive is unchanged', async () => {
    const { home, dir, archive, ids } = await setUp()
    const out = join(dir, 'one.zip')
    await cli(['export', ids[0]!, '--out', out, '--archive', archive], home)
    const other = join(dir, 'other')
    await cli(['list', '--archive', other], home)
    const before = await readdir(join(other, 'articles'))
    const tampered = join(dir, 'tampered.zip')
    await rewrite(out, tampered, (path, text) => (path.endsWith('article.json') ? text.replace('"title": "', '"title": "X') : text))
    const refused = await cli(['import', tampered, '--json', '--archive', other], home)
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout).refused).toContainEqual({ file: `data/articles/${ids[0]}/article.json`, problem: 'checksumMismatch' })
    const newer = join(dir, 'newer.zip')
    await rewrite(out, newer, (path, text) => (path === 'bag-info.txt' ? text.replace('Scriptorium-Bundle-Version: 1', 'Scriptorium-Bundle-Version: 7') : text))
    const text = await cli(['import', newer, '--archive', other], home)
    expect(text.code).toBe(1)
    expect(text.err.join('\n')).toContain('newer version of Scriptorium')
    const truncated = join(dir, 'truncated.zip')
    await writeFile(truncated, (await readFile(out)).subarray(0, 2000))
    expect((await cli(['import', truncated, '--archive', other], home)).code).toBe(1)
    expect(await readdir(join(other, 'articles'))).toEqual(before)
    expect(await readdir(join(other, 'quarantine'))).toEqual([])
  }, 60_000)
})
