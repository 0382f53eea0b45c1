import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import { getEntity } from '../services/annotation/entity-page'
import * as ops from '../services/annotation/registry-ops'

/** Tag schema and entity registry operations (issue 5). */
export const entityHandlers = (
  ctx: AppContext
): Pick<Handlers, 'getRegistry' | 'updateSchema' | 'createEntity' | 'updateEntity' | 'mergeEntities' | 'getEntity'> => {
  const session = () => annotationSession(ctx)
  return {
    getRegistry: async () => ops.getRegistry(session()),
    updateSchema: async (input) => ops.updateSchema(session(), input),
    createEntity: async (input) => ops.createEntity(session(), input),
    updateEntity: async (input) => ops.updateEntity(session(), input),
    mergeEntities: async (input) => ops.mergeEntities(session(), input),
    getEntity: async ({ id }) => getEntity(session(), id)
  }
}
