import {
  runArticleCommand,
  runRegistryCommand,
  type ArticleCommand,
  type CommandContext,
  type Outcome,
  type RegistryCommand
} from '@shared/annotation'
import type { ArticleDoc, RegistryDoc } from '@shared/model'
import type { Archive } from '../../archive/archive'
import { runTrashCommand, type TrashCommand } from '../trash/trash-command'
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

async function runPart(
  env: PartEnv,
  part: Part,
  onBefore: (doc: ArticleDoc) => void = () => undefined
): Promise<Outcome<unknown, Part['command'], unknown> & { doc: unknown }> {
  if (part.scope === 'registry') {
    let outcome: Outcome<RegistryDoc, RegistryCommand, unknown> | undefined
    await env.archive.updateRegistry((registry) => (outcome = runRegistryCommand(registry, part.command, env.ctx)).doc)
    return outcome!
  }
  if (part.scope === 'trash') return runTrashCommand(env.archive, part.command, env.ctx)
  const registry = env.archive.registry()
  const entityIds = new Set(registry.entities.map((e) => e.id))
  const prefix = part.command.kind === 'addRelation' ? 'r' : 'n'
  const ctx = { ...env.ctx, newId: () => newId(prefix), schema: registry.schema, hasEntity: (id: string) => entityIds.has(id) }
  let outcome: Outcome<ArticleDoc, ArticleCommand, unknown> | undefined
  const doc = await env.archive.update(part.articleId, (current) => {
    onBefore(current)
    return (outcome = runArticleCommand(current, part.command, ctx)).doc
  })
  env.onArticle(doc)
  return { ...outcome!, doc }
}

const inverseOf = (part: Part, command: Part['command']): Part =>
  part.scope === 'registry'
    ? { scope: 'registry', command: command as RegistryCommand }
    : part.scope === 'trash'
      ? { scope: 'trash', command: command as TrashCommand }
      : { scope: 'article', articleId: part.articleId, command: command as ArticleCommand }

/**
 * Applies the parts of one step, each durably (its shard, or the registry). If one fails,
 * the parts already applied are reversed, newest first, and the failure is rethrown, so a
 * step is all or nothing as far as the commands can tell.
 */
export async function applyParts(env: PartEnv, parts: Part[]): Promise<Applied> {
  const outcomes: Outcome<unknown, unknown, unknown>[] = new Array(parts.length)
  const done: Part[] = []
  const docs = new Map<string, ArticleDoc>()
  const before = new Map<string, ArticleDoc>()
  try {
    for (const i of ordered(parts)) {
      const part = parts[i]!
      const outcome = await runPart(env, part, (doc) => {
        if (!before.has(doc.article.id)) before.set(doc.article.id, doc)
      })
      outcomes[i] = outcome
      if (!outcome.unchanged) done.push(inverseOf(part, outcome.inverse))
      if (part.scope === 'article') docs.set(part.articleId, outcome.doc as ArticleDoc)
    }
  } catch (error) {
    const undoCtx = { ...env, ctx: { ...env.ctx, via: 'undo' as const } }
    for (const inverse of done.reverse()) await runPart(undoCtx, inverse).catch(() => undefined)
    throw error
  }
  return { inverse: done.reverse(), outcomes, docs, before }
}
