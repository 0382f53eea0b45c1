import type { Entry, ZipFile } from 'yauzl'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import { openZipInBlocks } from './block-reader'
import { parseArticle, type BundleArticle } from './read-bundle'
import { openEntry, readHashed } from './zip-entry'

/** The bundle file is not the one that was checked (it changed or went away since). */
const changed = (file: string): AppFailure => new AppFailure('bundle.changed', `The bundle changed after it was checked (${file})`, { file })

const openZip = (path: string): Promise<ZipFile> =>
  openZipInBlocks(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }).catch(() =>
    Promise.reject(changed(path.split(/[\\/]/).pop() ?? path))
  )

/** The zip's entries of these names (its central directory, read once; no entry data). */
function entriesNamed(zip: ZipFile, names: ReadonlySet<string>): Promise<Map<string, Entry>> {
  const found = new Map<string, Entry>()
  return new Promise((resolve, reject) => {
    zip.on('error', reject)
    zip.on('end', () => resolve(found))
    zip.on('entry', (entry: Entry) => {
      if (names.has(entry.fileName)) found.set(entry.fileName, entry)
      zip.readEntry()
    })
    zip.readEntry()
  })
}

async function entryText(zip: ZipFile, entry: Entry, article: BundleArticle): Promise<string> {
  const stream = await openEntry(zip, entry).catch(() => Promise.reject(changed(article.file)))
  const read = await readHashed(stream, article.size, true).catch(() => Promise.reject(changed(article.file)))
  if (read.size !== article.size || read.sha256 !== article.sha256 || !read.bytes) throw changed(article.file)
  return read.bytes.toString('utf8')
}

/**
 * The articles of a bundle `readBundle` verified, read again one at a time in the order given,
 * each checked against the digest the verification recorded: an import holds one article of
 * the bundle at a time, never all of them.
 */
export async function* readBundleArticles(path: string, root: string, articles: readonly BundleArticle[]): AsyncGenerator<ArticleDoc> {
  const zip = await openZip(path)
  try {
    const entries = await entriesNamed(zip, new Set(articles.map((a) => `${root}/${a.file}`)))
    for (const article of articles) {
      const entry = entries.get(`${root}/${article.file}`)
      if (!entry) throw changed(article.file)
      const doc = parseArticle(await entryText(zip, entry, article), article.id)
      if (typeof doc === 'string') throw changed(article.file)
      yield doc
    }
  } finally {
    zip.close()
  }
}
