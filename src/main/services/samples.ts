import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ArticleDoc } from '@shared/model'
import { alignExistingTranslations } from '@shared/translation/align-existing'
import { resourcesDir } from '../paths'
import { newId } from './annotation/env'

/** The sample articles a new archive starts with (written by us, in resources/samples), their translations aligned. */
export async function loadSamples(dir = join(resourcesDir(), 'samples')): Promise<ArticleDoc[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort()
  const now = new Date().toISOString()
  return Promise.all(
    names.map(async (name) => {
      const parsed = ArticleDoc.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))
      const doc = alignExistingTranslations(parsed, () => newId('n'))
      return { ...doc, article: { ...doc.article, importedAt: now } }
    })
  )
}
