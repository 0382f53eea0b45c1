import { EntityNames } from '@shared/annotation'
import type { ArticleChange, EntitySummary, UndoResult } from '@shared/ipc/annotation-contract'
import { diffArticle, revisionOf, type ArticleDelta } from '@shared/ipc/article-delta'
import type { ArticleView } from '@shared/ipc/contract'
import { describeStep } from '@shared/ipc/step-label'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc, Entity } from '@shared/model'
import type { Archive } from '../../archive/archive'
import { commandContext } from './env'
import { ChangeFeed } from '../../change-feed'
import { MentionIndex } from './mention-index'
import { publishApplied } from './publish'
import { applyParts, type Applied, type Part } from './parts'
import { reanchorDoc, withReanchored } from './reanchor-doc'
import { ARTICLE_SCOPE_PREFIX, LIBRARY_SCOPE, REGISTRY_SCOPE, UndoStacks, articleScope } from './undo-stacks'

/**
 * Everything annotation keeps for one open archive during a session: the undo stacks, the
 * mention index, and a queue so that changes (and undo/redo) run one at a time.
 */
export class AnnotationSession {
  readonly stacks = new UndoStacks()
  readonly index: MentionIndex
  private queue: Promise<unknown> = Promise.resolve()
  private names: { entities: readonly Entity[]; revision: number; names: EntityNames } | null = null
  private readonly deltas = new WeakMap<ArticleDoc, { before: ArticleDoc; delta: ArticleDelta }>()

  constructor(
    readonly archive: Archive,
    readonly actor: string,
    private readonly feed: ChangeFeed = new ChangeFeed()
  ) {
    this.index = new MentionIndex(archive)
  }

  /** Runs `work` after every change queued before it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Applies a new change and records its inverse as one undo step of `scope`. */
  async change(scope: string, parts: Part[], action?: string): Promise<Applied> {
    const applied = await applyParts(this.env(), parts, action ?? parts[0]?.command.kind)
    // Only a batch tag can change nothing (every range tagged already): no empty undo step.
    if (applied.inverse.length === 0) throw new AppFailure('annotation.allTagged', 'Every one of these is already tagged', {}, 'items')
    const first = applied.outcomes[0]
    // A step named by its caller (an XLIFF import, a tag-all…) is a whole of its own: never merged into the edit before it.
    const mergeKey = parts.length === 1 && action === undefined ? first?.mergeKey : undefined
    const name = action ?? first?.event.action ?? 'change'
    const articleId = scope.startsWith(ARTICLE_SCOPE_PREFIX) ? scope.slice(ARTICLE_SCOPE_PREFIX.length) : undefined
    const label = articleId === undefined ? { action: name } : describeStep(name, applied.before.get(articleId), applied.docs.get(articleId))
    this.stacks.record(scope, applied.inverse, name, mergeKey, label)
    publishApplied(this.feed, this, applied)
    return applied
  }

  /**
   * Refuses a write made against a revision the article has left (another window changed it
   * meanwhile). Call inside `exclusive`, so that nothing changes between check and write.
   */
  async assertRevision(articleId: string, revision: number | undefined): Promise<void> {
    if (revision === undefined) return
    const current = revisionOf(await this.archive.read(articleId))
    if (current !== revision) {
      throw new AppFailure('article.changedElsewhere', 'This article was changed in another window meanwhile', { revision, current }, 'revision')
    }
  }

  /** Undo or redo in one scope (an article, the library, or the registry when neither is named). */
  async undoRedo(direction: 'undo' | 'redo', articleId: string | undefined, revision?: number, library = false): Promise<UndoResult> {
    if (articleId !== undefined && !library) await this.assertRevision(articleId, revision)
    const scope = library ? LIBRARY_SCOPE : articleId === undefined ? REGISTRY_SCOPE : articleScope(articleId)
    const top = this.stacks.peek(scope, direction)
    if (top) await this.guardRemovals(top)
    const done = await this.stacks.step(scope, direction, (parts, action) => applyParts(this.env(direction), parts, action))
    if (done) publishApplied(this.feed, this, done.applied)
    const change = articleId === undefined || library ? null : await this.articleChange(done?.applied ?? null, articleId)
    const registryChanged = Boolean(done?.applied.inverse.some((part) => part.scope === 'registry'))
    return { action: done?.action ?? null, change, registryChanged, undo: this.stacks.state(scope) }
  }

  /**
   * Refuses an undo or redo step that cannot run whole: one that changes an article now in
   * the trash, and a registry-only step that removes an entity (undoing its creation) while
   * annotations still link to it (they would point at nothing). Compound steps unlink their
   * own annotations in the same step.
   */
  private async guardRemovals(parts: Part[]): Promise<void> {
    // A step that changes an article now in the trash cannot run: say so rather than "no such article".
    for (const part of parts) {
      if (part.scope !== 'article' || this.archive.has(part.articleId) || !(await this.archive.trash.holdsArticle(part.articleId))) continue
      throw new AppFailure('trash.articleInTrash', `${part.articleId} is in the trash`, { id: part.articleId })
    }
    if (parts.some((p) => p.scope === 'article')) return
    await this.index.ensure()
    for (const part of parts) {
      if (part.scope !== 'registry' || part.command.kind !== 'putEntities') continue
      for (const id of part.command.input.remove) {
        const count = this.index.mentionCount(id)
        if (count > 0) throw new AppFailure('entity.inUse', `${count} annotations link to entity "${id}"`, { id, count })
      }
    }
  }

  private env(via?: 'undo' | 'redo') {
    const ctx = { ...commandContext(this.actor), via }
    return { archive: this.archive, ctx, onArticle: (doc: ArticleDoc) => this.index.put(doc) }
  }

  view(doc: ArticleDoc): ArticleView {
    const linked = new Set(doc.annotations.map((a) => a.entity).filter((e): e is string => e !== null))
    return { doc, entities: this.archive.registry().entities.filter((e) => linked.has(e.id)) }
  }

  /** What `applied` changed in article `id` (nothing when it did not touch it), and its undo state. */
  async articleChange(applied: Applied | null, id: string): Promise<ArticleChange> {
    const after = applied?.docs.get(id) ?? (await this.archive.read(id))
    const before = applied?.before.get(id) ?? after
    return { delta: this.delta(before, after), undo: this.stacks.state(articleScope(id)) }
  }

  /** The delta from `before` to `after`, computed once per applied step: the feed and the answer share it. */
  delta(before: ArticleDoc, after: ArticleDoc): ArticleDelta {
    const known = this.deltas.get(after)
    if (known?.before === before) return known.delta
    const delta = diffArticle(before, after, this.view(after).entities)
    this.deltas.set(after, { before, delta })
    return delta
  }

  /**
   * The suggestion gazetteer: every entity under its names and aliases and under the text of
   * every mention linked to it anywhere in the archive, so it grows as the archive is tagged.
   * Rebuilt only when the (frozen, replaced) entity list or the mention index changed.
   */
  async entityNames(entities: readonly Entity[]): Promise<EntityNames> {
    await this.index.ensure()
    const revision = this.index.revision
    if (this.names?.entities === entities && this.names.revision === revision) return this.names.names
    const linked = this.index.linkedNames()
    const named = entities.map((e) => (linked.has(e.id) ? { ...e, aliases: [...e.aliases, ...(linked.get(e.id) ?? [])] } : e))
    this.names = { entities, revision, names: new EntityNames(named) }
    return this.names.names
  }

  async summary(entity: Entity): Promise<EntitySummary> {
    await this.index.ensure()
    return { ...entity, mentionCount: this.index.mentionCount(entity.id) }
  }

  /**
   * Reads an article for display, re-anchoring its annotations first when their quotes no
   * longer sit at their positions (imported JSON, text edited outside), and persisting the
   * result. Orphans are kept, flagged. Lazy: only the article being opened.
   */
  async open(id: string): Promise<ArticleDoc> {
    const doc = await this.archive.read(id)
    if (!reanchorDoc(doc)) return doc
    return this.exclusive(async () => {
      const saved = await this.archive.update(id, (current) => {
        const result = reanchorDoc(current)
        return result ? withReanchored(current, result, this.actor) : current
      })
      this.index.put(saved)
      if (revisionOf(saved) !== revisionOf(doc)) publishApplied(this.feed, this, { inverse: [], outcomes: [], docs: new Map([[id, saved]]), before: new Map([[id, doc]]) })
      return saved
    })
  }
}
