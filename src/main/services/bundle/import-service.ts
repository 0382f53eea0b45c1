import type { BagProblem } from '@shared/formats/bagit'
import { planMerge, type BundlePreview } from '@shared/bundle/merge-plan'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import { textHash } from '../../archive/text-hash'
import { readInWorker, type WorkerRun } from './bundle-isolated'
import type { BundleContent } from './read-bundle'
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

/** The archive's article each bundle article is: the same id, else the same main text. */
function counterparts(archive: Archive, docs: readonly ArticleDoc[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const doc of docs) {
    const id = archive.has(doc.article.id) ? doc.article.id : archive.findByTextHash(textHash(doc.versions[0]!.text))
    if (id) ids.set(doc.article.id, id)
  }
  return ids
}

const stamp = (actor: string) => ({ actor, at: new Date().toISOString() })

/** What importing would do, without changing anything (`--dry-run`, the dialog's preview). */
export async function previewBundle(archive: Archive, content: BundleContent, actor: string): Promise<BundlePreview> {
  const existing = new Map<string, ArticleDoc>()
  for (const [bundleId, id] of counterparts(archive, content.docs)) existing.set(bundleId, await archive.read(id))
  return planMerge({ ...content, registry: archive.registry(), existing, stamp: stamp(actor) }).preview
}

/**
 * Imports a verified bundle as one compound change: every new and merged article and the
 * registry land together or not at all (a crash midway is finished or undone at the next open).
 */
export async function applyBundle(archive: Archive, content: BundleContent, actor: string): Promise<BundlePreview> {
  const pairs = counterparts(archive, content.docs)
  const held = [...new Set([...content.docs.map((d) => d.article.id), ...pairs.values()])]
  const { value } = await archive.compound(held, async (read) => {
    const existing = new Map<string, ArticleDoc>()
    for (const [bundleId, id] of pairs) existing.set(bundleId, await read(id))
    const plan = planMerge({ ...content, registry: archive.registry(), existing, stamp: stamp(actor) })
    return { change: { label: 'bundle.import', articles: plan.articles, ...(plan.registry ? { registry: plan.registry } : {}) }, value: plan.preview }
  })
  return value
}
