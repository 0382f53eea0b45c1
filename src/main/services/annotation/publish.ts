import type { ArticleDoc } from '@shared/model'
import type { ChangeFeed } from '../../change-feed'
import type { Applied } from './parts'
import type { AnnotationSession } from './session'
import { articleScope } from './undo-stacks'

/** True when an annotation gained, lost or changed its entity: mention counts moved. */
function linksMoved(before: ArticleDoc, after: ArticleDoc): boolean {
  const was = new Map(before.annotations.map((a) => [a.id, a.entity]))
  const now = new Map(after.annotations.map((a) => [a.id, a.entity]))
  for (const [id, entity] of now) if ((was.get(id) ?? null) !== entity) return true
  for (const [id, entity] of was) if (!now.has(id) && entity !== null) return true
  return false
}

/**
 * Tells every window what one applied step changed: each article's delta with its undo
 * state, and the registry when the step touched it or moved links (its mention counts; an
 * article moved to or from the trash takes its mentions along).
 */
export function publishApplied(feed: ChangeFeed, session: AnnotationSession, applied: Applied): void {
  let registry = applied.inverse.some((part) => part.scope === 'registry' || (part.scope === 'trash' && part.command.kind === 'moveArticles'))
  for (const [id, after] of applied.docs) {
    const before = applied.before.get(id) ?? after
    registry ||= linksMoved(before, after)
    const delta = session.delta(before, after)
    feed.publish({ type: 'article', change: { delta, undo: session.stacks.state(articleScope(id)) } })
  }
  if (registry) feed.publish({ type: 'registry' })
}
