import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleDoc } from '@shared/model'
import { Archive } from '../../../../src/main/archive'
import { annotation, makeDoc, tempDir } from './helpers'

/** What the journal and staged-compound tests share: an archive of given ids, its shards as stored, a tag and an entity. */

export const shardOnDisk = async (dir: string, id: string): Promise<ArticleDoc> =>
  JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as ArticleDoc

export async function archiveWith(ids: string[]): Promise<{ dir: string; archive: Archive }> {
  const dir = join(await tempDir(), 'archive')
  const archive = await Archive.open(dir, { seed: () => ids.map((id) => makeDoc(id)) })
  return { dir, archive }
}

export const HU_TAO = { id: 'e_1', type: 'PERSON', name: 'Hu Tao', names: {}, aliases: [], identifiers: {}, description: '' }

export const tagged = (doc: ArticleDoc): ArticleDoc => ({ ...doc, annotations: [annotation('n1')] })
