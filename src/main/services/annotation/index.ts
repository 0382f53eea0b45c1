import type { AppContext } from '../../app-context'
import { osActor } from './env'
import { AnnotationSession } from './session'

export { AnnotationSession } from './session'
export { articleScope, REGISTRY_SCOPE } from './undo-stacks'

const sessions = new WeakMap<AppContext, AnnotationSession>()

/**
 * The annotation session of the archive open now. Switching archives starts a new one:
 * undo stacks and the mention index belong to one archive and are dropped with it.
 */
export function annotationSession(ctx: AppContext): AnnotationSession {
  const current = sessions.get(ctx)
  if (current && current.archive === ctx.archive) return current
  const session = new AnnotationSession(ctx.archive, osActor(), ctx.feed)
  sessions.set(ctx, session)
  return session
}
