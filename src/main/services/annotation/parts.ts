import {
  runArticleCommand,
  runRegistryCommand,
  type ArticleCommand,
  type CommandContext,
  type Outcome,
  type RegistryCommand
} from '@shared/annotation'
import type { ArticleDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import { planTrashCommand, type TrashCommand, type TrashFiles } from '../trash/trash-command'
import { newId } from './env'

/** One piece of an undo step: a command on the registry, on one article, or on trash/. */
export type Part =
  | { scope: 'registry'; command: RegistryCommand }
  | { scope: 'article'; articleId: string; command: ArticleCommand }
  | { scope: 'trash'; command: TrashCommand }

export interface Applied {
  /** The parts that reverse this application (an undo step, or a redo step after undo). */
  inverse: Part[]
  /** Outcomes in the order the parts were given. */
  outcomes: Outcome<unknown, unknown, unknown>[]
  /** Each changed article as written. */
  docs: Map<string, ArticleDoc>
  /** Each changed article as it was before the first of these parts touched it. */
  before: Map<string, ArticleDoc>
}

export interface PartEnv {
  archive: Archive
  ctx: CommandContext
  /** Called with every article written, so derived indexes follow. */
  onArticle(doc: ArticleDoc): void
}

/**
 * Registry parts run first, then article parts, then trash parts, in both directions: article
 * commands are checked against the registry (types after a rename, entities after a merge or
 * a create), and every compound step in this service is built so that order is right for it
 * and for its inverse.
 */
const RANK: Record<Part['scope'], number> = { registry: 0, article: 1, trash: 2 }
const ordered = (parts: Part[]): number[] => parts.map((_, i) => i).sort((a, b) => RANK[parts[a]!.scope] - RANK[parts[b]!.scope] || a - b)

/** Runs the parts in memory, in order, against the registry and articles read once each. */
async function runInMemory(env: PartEnv, parts: Part[], read: (id: string) => Promise<ArticleDoc>) {
  const outcomes: Outcome<unknown, unknown, unknown>[] = new Array(parts.length)
  const inverse: Part[] = []
  const docs = new Map<string, ArticleDoc>()
  const before = new Map<string, ArticleDoc>()
  const trash: TrashFiles = { moves: [], files: [], removes: [] }
  let registry = env.archive.registry()
  let registryChanged = false
  for (const i of ordered(parts)) {
    const part = parts[i]!
    let outcome: Outcome<unknown, Part['command'], unknown>
    if (part.scope === 'trash') {
      const planned = await planTrashCommand(env.archive, part.command, env.ctx)
      trash.moves.push(...planned.files.moves)
      trash.files.push(...planned.files.files)
      trash.removes.push(...planned.files.removes)
      outcome = planned.outcome
    } else if (part.scope === 'registry') {
      const result = runRegistryCommand(structuredClone(registry), part.command, env.ctx)
      if (!result.unchanged) [registry, registryChanged] = [result.doc, true]
      outcome = result
    } else {
      const entityIds = new Set(registry.entities.map((e) => e.id))
      const prefix = part.command.kind === 'addRelation' ? 'r' : 'n'
      const ctx = { ...env.ctx, newId: () => newId(prefix), schema: registry.schema, hasEntity: (id: string) => entityIds.has(id) }
      const current = docs.get(part.articleId) ?? (await read(part.articleId))
      if (!before.has(part.articleId)) before.set(part.articleId, current)
      const result = runArticleCommand(current, part.command, ctx)
      if (!result.unchanged) docs.set(part.articleId, result.doc)
      outcome = result
    }
    outcomes[i] = outcome
    if (!outcome.unchanged) inverse.push(inverseOf(part, outcome.inverse))
  }
  return { outcomes, inverse: inverse.reverse(), docs, before, registry: registryChanged ? registry : undefined, trash }
}

const inverseOf = (part: Part, command: Part['command']): Part =>
  part.scope === 'registry'
    ? { scope: 'registry', command: command as RegistryCommand }
    : part.scope === 'trash'
      ? { scope: 'trash', command: command as TrashCommand }
      : { scope: 'article', articleId: part.articleId, command: command as ArticleCommand }

const articleIdsOf = (part: Part): string[] =>
  part.scope === 'article' ? [part.articleId] : part.scope === 'trash' && part.command.kind === 'moveArticles' ? part.command.ids : []

/**
 * Applies the parts of one step as one compound change of the archive: every command runs
 * in memory first (a failing one leaves nothing written), then the registry, every changed
 * article and the trash's moves and records are written together through the archive's journal, so a crash midway
 * leaves the step wholly applied or not at all. `label` names it in `check`'s report.
 */
export async function applyParts(env: PartEnv, parts: Part[], label = 'change'): Promise<Applied> {
  // Held for the whole step: the articles it changes, and those it moves to or from the trash.
  const ids = [...new Set(parts.flatMap(articleIdsOf))]
  const { value, articles } = await env.archive.compound(ids, async (read) => {
    const run = await runInMemory(env, parts, read)
    return { change: { label, registry: run.registry, articles: [...run.docs.values()], ...run.trash }, value: run }
  })
  const docs = new Map(articles.map((doc) => [doc.article.id, doc]))
  for (const doc of articles) env.onArticle(doc)
  // Articles a part read but did not change are answered as they are.
  for (const [id, doc] of value.before) if (!docs.has(id)) docs.set(id, doc)
  return { inverse: value.inverse, outcomes: value.outcomes, docs, before: value.before }
}
