import type { AppContext } from '../../app-context'
import { annotationSession, type AnnotationSession } from '../annotation'
import { ExploreService } from './explore-service'

const services = new WeakMap<AnnotationSession, ExploreService>()

/** The Explore figures of the archive open now: one service per annotation session (per archive). */
export function exploreService(ctx: AppContext): ExploreService {
  const session = annotationSession(ctx)
  let service = services.get(session)
  if (!service) services.set(session, (service = new ExploreService(session.archive, session.index)))
  return service
}
