import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA, SCHEMA_VERSION } from '@shared/model'
import { availableFormats } from '../../../../src/main/services/bundle/formats'
import { writeBundle } from '../../../../src/main/services/bundle/write-bundle'
import { readZipBag } from '../../../../src/main/services/bundle/zip-read'
import { goldenDocs, goldenEntities } from '../../../fixtures/bundle/golden-docs'
import { removeTempDirs, tempDir } from '../annotation/helpers'

afterEach(removeTempDirs)

const GOLDEN = join(__dirname, '../../../fixtures/bundle/golden-manifest-sha256.txt')

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}

/**
 * Every format's bytes, pinned: the payload manifest (a sha256 per file) of a bundle of fixed
 * articles must match the one recorded before the export was made faster. A change of output
 * shows here as the files whose hash moved; update the golden file only for a change you mean.
 */
describe('bundle output is byte-for-byte stable', () => {
  it('writes the same payload as recorded, in every format', async () => {
    const out = join(await tempDir('scriptorium-golden-'), 'golden.zip')
    const docs = goldenDocs()
    const request = { out, formats: availableFormats(), locale: 'en', organization: 'Golden', agent: 'Scriptorium test', description: 'golden', readme: 'Read me.\n' }
    await writeBundle(request, { schemaVersion: SCHEMA_VERSION, schema: DEFAULT_SCHEMA, entities: goldenEntities }, docs.length, each(docs))
    const bag = await readZipBag(out, (path) => path === 'manifest-sha256.txt')
    expect(bag.problems).toEqual([])
    const lines = (text: string): string[] => text.trimEnd().split('\n')
    expect(lines(bag.texts.get('manifest-sha256.txt')!)).toEqual(lines(await readFile(GOLDEN, 'utf8')))
  })
})
