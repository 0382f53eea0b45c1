import type { BagProblem } from '@shared/formats/bagit'
import { MergePlanner, type BundlePreview } from '@shared/bundle/merge-plan'
import { textTwins } from '@shared/bundle/text-twins'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import { articlesInWorker, readInWorker, type WorkerRun } from './bundle-isolated'
import type { BundleArticle, BundleContent } from './read-bundle'
import type { ZipLimits } from './zip-read'

/** A bundle that failed its checks: nothing of it is imported. */
export class BundleRefused extends AppFailure {
  constructor(readonly problems: BagProblem[]) {
    super(problems.some((p) => p.problem === 'newerVersion') ? 'bundle.newerVersion' : 'bundle.invalid', 'The bundle was refused', { count: problems.length })
  }
}

/** Reads and verifies a bundle in a worker; a bundle with any problem is refused (BundleRefused). */
export function verifiedBundle(path: string, limits?: ZipLimits, progress?: (done: number, total: number) => void): WorkerRun<BundleContent> {
  const run = readInWorker({ kind: 'read', path, ...(limits ? { limits } : {}) }, { progress })
  return {
    cancel: run.cancel,
    result: run.result.then((read) => {
      if (read.problems.length > 0 || !read.content) throw new BundleRefused(read.problems)
      return read.content
    })
  }
}

/**
 * The archive's article each bundle article is: the same id, else the same main text. An
 * archive article is merged with one bundle article at most (one with its id first, else the
 * first with its text): another bundle article of the same text is added as a new article
 * under its own id, and the preview lists it among those added, as a twin (`textTwins`).
 */
function counterparts(archive: Archive, articles: readonly BundleArticle[]): Map<string, string> {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const article of articles) {
    if (!archive.has(article.id)) continue
    ids.set(article.id, article.id)
    taken.add(article.id)
  }
  for (const article of articles) {
    if (ids.has(article.id)) continue
    const id = archive.findByTextHash(article.textHash)
    if (id === undefined || taken.has(id)) continue
    ids.set(article.id, id)
    taken.add(id)
  }
  return ids
}

/** Which added bundle articles repeat a text already held, and the titles of the archive articles they name. */
function twinsOf(archive: Archive, articles: readonly BundleArticle[], pairs: ReadonlyMap<string, string>) {
  const twins = textTwins(articles, pairs, (hash) => archive.findByTextHash(hash))
  const named = new Set([...twins.values()].flatMap((twin) => (twin.in === 'archive' ? [twin.sameTextAs] : [])))
  const archiveTitles = new Map(named.size === 0 ? [] : archive.list().flatMap((summary) => (named.has(summary.id) ? [[summary.id, summary.title] as const] : [])))
  return { twins, archiveTitles }
}

const stamp = (actor: string) => ({ actor, at: new Date().toISOString() })

/**
 * Plans the merge article by article as the worker reads them again from the bundle: each
 * article is merged (`write` is handed what changes) and let go, so no step holds them all.
 */
async function mergeArticles(
  archive: Archive,
  content: BundleContent,
  actor: string,
  read: (id: string) => Promise<ArticleDoc>,
  write: (doc: ArticleDoc) => Promise<void>
): Promise<{ preview: BundlePreview; registry: RegistryDoc | undefined }> {
  const pairs = counterparts(archive, content.articles)
  const planner = new MergePlanner({ entities: content.entities, schema: content.schema, registry: archive.registry(), stamp: stamp(actor), ...twinsOf(archive, content.articles, pairs) })
  for await (const bundled of articlesInWorker(content)) {
    const id = pairs.get(bundled.article.id)
    const doc = planner.add(bundled, id === undefined ? undefined : await read(id))
    if (doc) await write(doc)
  }
  return planner.finish()
}

/** What importing would do, without changing anything (`--dry-run`, the dialog's preview). */
export async function previewBundle(archive: Archive, content: BundleContent, actor: string): Promise<BundlePreview> {
  const { preview } = await mergeArticles(archive, content, actor, (id) => archive.read(id), async () => undefined)
  return preview
}

/**
 * Imports a verified bundle as one compound change: every new and merged article and the
 * registry land together or not at all (a crash midway is finished or undone at the next
 * open). Merged articles are staged on disk one by one rather than held.
 */
export async function applyBundle(archive: Archive, content: BundleContent, actor: string): Promise<BundlePreview> {
  const pairs = counterparts(archive, content.articles)
  const held = [...new Set([...content.articles.map((a) => a.id), ...pairs.values()])]
  return archive.stagedCompound(held, async (change) => {
    const { preview, registry } = await mergeArticles(archive, content, actor, change.read, change.stage)
    return { label: 'bundle.import', ...(registry ? { registry } : {}), value: preview }
  })
}
