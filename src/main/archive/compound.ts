import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { JournalStep } from './journal'
import { stableStringify } from './stable-json'

/** A move of one file inside the archive, paths relative to it (e.g. a shard to the trash). */
export interface ArchiveMove {
  from: string
  to: string
}

/** A whole file written inside the archive that is neither the registry nor a shard (a trash record). */
export interface ArchiveFile {
  path: string
  text: string
}

/**
 * What a compound change writes: the new registry, the new version of each article it
 * changes (or creates), other files it writes, files it moves and files it removes. Each
 * file may appear once.
 */
export interface CompoundChange {
  /** Names the change in `check`'s report when a crash left it to finish (e.g. "entity.merge"). */
  label: string
  registry?: RegistryDoc
  articles?: ArticleDoc[]
  moves?: ArchiveMove[]
  files?: ArchiveFile[]
  removes?: string[]
}

export const REGISTRY_PATH = 'registry.json'
export const shardPath = (id: string): string => `articles/${id}.json`

/** The article id a relative path names, when it is a shard (`articles/<id>.json`). */
export function shardIdOf(path: string): string | undefined {
  return /^articles\/([A-Za-z0-9_-]{1,64})\.json$/.exec(path)?.[1]
}

/** The journal steps of a validated change: registry first, then articles, other files, moves and removals. */
export function compoundSteps(registry: RegistryDoc | undefined, articles: ArticleDoc[], change: Pick<CompoundChange, 'moves' | 'files' | 'removes'>): JournalStep[] {
  const steps: JournalStep[] = []
  if (registry) steps.push({ op: 'write', path: REGISTRY_PATH, text: stableStringify(registry) })
  for (const doc of articles) steps.push({ op: 'write', path: shardPath(doc.article.id), text: stableStringify(doc) })
  for (const file of change.files ?? []) steps.push({ op: 'write', path: file.path, text: file.text })
  for (const move of change.moves ?? []) steps.push({ op: 'move', from: move.from, to: move.to })
  for (const path of change.removes ?? []) steps.push({ op: 'remove', path })
  return steps
}
