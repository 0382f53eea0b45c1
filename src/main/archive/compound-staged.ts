import type { ArticleDoc, ArticleSummary, RegistryDoc } from '@shared/model'
import { REGISTRY_PATH, shardPath } from './compound'
import type { CompoundWriteHost } from './compound-write'
import { runJournaled, unfinishedFailure, UnfinishedJournal, type JournalStep } from './journal'
import { JournalStaging } from './journal-staging'
import { keepLastGoodCopy } from './last-good-copy'
import { shardFile } from './shard-store'
import { stableStringify } from './stable-json'
import { summarize } from './summary'
import { deepFreeze, validateArticle, validateRegistry } from './validate'

/** What a staged compound change's builder may do, one article at a time. */
export interface StagedChange {
  /** The stored article (one of those the change holds). */
  read(id: string): Promise<ArticleDoc>
  /** The new version of one article (held by the change; each at most once): validated, then staged on disk and let go. */
  stage(doc: ArticleDoc): Promise<void>
}

/** The builder's answer: the change's name, the new registry if any, and a value to return. */
export interface StagedOutcome<T> {
  label: string
  registry?: RegistryDoc
  value: T
}

/**
 * A compound change of more articles than memory should hold at once (a bundle import): each
 * new version is validated and staged on disk as the builder makes it, and only summaries are
 * kept; then one journal plan names the staged files and the registry, and lands them whole
 * or not at all, as `writeCompound` does for a change held in memory.
 */
export async function writeStagedCompound<T>(
  host: CompoundWriteHost,
  held: ReadonlySet<string>,
  load: (id: string) => Promise<ArticleDoc>,
  build: (change: StagedChange) => Promise<StagedOutcome<T>>
): Promise<{ value: T; registry: RegistryDoc | undefined; written: string[] }> {
  const staging = await JournalStaging.create(host.paths.journal)
  const steps: JournalStep[] = []
  const summaries: ArticleSummary[] = []
  const staged = new Set<string>()
  const revisions = new Map<string, number>()
  // Only the last article read is kept: validation reuses it when that article is staged next.
  let lastRead: ArticleDoc | undefined
  const change: StagedChange = {
    read: async (id) => {
      if (!held.has(id)) throw new Error(`A staged change read ${id}, which it does not hold`)
      const doc = await load(id)
      revisions.set(id, doc.revision ?? 0)
      return (lastRead = doc)
    },
    stage: async (doc) => {
      const id = doc?.article?.id
      if (!held.has(id) || staged.has(id)) throw new Error(`A staged change cannot write ${id}`)
      staged.add(id)
      const previous = lastRead?.article.id === id ? lastRead : undefined
      const valid = validateArticle({ ...doc, revision: (revisions.get(id) ?? 0) + 1 }, id, previous)
      summaries.push(summarize(valid))
      steps.push({ op: 'place', path: shardPath(id), from: await staging.stage(stableStringify(valid)) })
    }
  }
  const written: string[] = []
  // Once the plan is durable, its staged files belong to it (applied now, or at the next open).
  let planned = false
  try {
    const { label, registry: proposed, value } = await build(change)
    const registry = proposed === undefined ? undefined : deepFreeze(validateRegistry(proposed))
    if (registry) steps.unshift({ op: 'write', path: REGISTRY_PATH, text: stableStringify(registry) })
    if (steps.length > 0) {
      await staging.settle()
      written.push(...staged)
      await prepareShards(host, written)
      await runJournaled(host.paths.dir, { label, steps }, staging.id).catch((error: unknown) => {
        planned = error instanceof UnfinishedJournal
        return unfinishedFailure(error, host.unfinished)
      })
      planned = true
      for (const summary of summaries) host.catalog.set(summary)
    }
    return { value, registry, written }
  } finally {
    for (const id of written) host.pending.done(id)
    if (!planned) await staging.discard()
  }
}

/** As writeCompound does before writing shards: listed as pending, last good copies kept, caches dropped. */
async function prepareShards(host: CompoundWriteHost, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await host.pending.willWrite(id)
    await keepLastGoodCopy(shardFile(host.paths.articles, id))
    host.loader.forget(id)
  }
}
