import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationHandlers } from './annotations'
import { appHandlers } from './app'
import { archivistHandlers } from './archivist'
import { articleHandlers } from './articles'
import { batchHandlers } from './batch'
import { bundleHandlers } from './bundle'
import { concordanceHandlers } from './concordance'
import { entityHandlers } from './entities'
import { exploreHandlers } from './explore'
import { importHandlers } from './import'
import { interchangeHandlers } from './interchange'
import { memoryHandlers } from './memory'
import { searchHandlers } from './search'
import { translationHandlers } from './translation'

/** Every feature contributes its handlers; the type makes a missing operation a compile error. */
export function createHandlers(ctx: AppContext): Handlers {
  return { ...appHandlers(ctx), ...articleHandlers(ctx), ...importHandlers(ctx), ...annotationHandlers(ctx), ...entityHandlers(ctx), ...archivistHandlers(ctx), ...translationHandlers(ctx), ...interchangeHandlers(ctx), ...memoryHandlers(ctx), ...bundleHandlers(ctx), ...searchHandlers(ctx), ...batchHandlers(ctx), ...exploreHandlers(ctx), ...concordanceHandlers(ctx) }
}
