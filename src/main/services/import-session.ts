import { schemaWith } from '@shared/formats/interchange/to-model'
import { textHash } from '../archive'
import type { AppContext } from '../app-context'
import type { Translate } from '../i18n'
import type { ImportDeps } from './import'
import type { AnnotatedTarget } from './import/annotated/import-annotated'

/**
 * Other tools' annotated files land as one compound change: the new articles and the tag and
 * relation types they bring, read and written while the registry is held.
 */
function annotatedTarget(ctx: AppContext): AnnotatedTarget {
  return {
    registry: () => ctx.archive.registry(),
    create: async (docs, types, relationTypes) => {
      const { value: schemaChanged } = await ctx.archive.compound([], async () => {
        const registry = ctx.archive.registry()
        const schema = schemaWith(registry.schema, types, relationTypes)
        return { change: { label: 'import.annotated', articles: docs, ...(schema ? { registry: { ...registry, schema } } : {}) }, value: schema !== null }
      })
      if (schemaChanged) ctx.feed.publish({ type: 'registry' })
    }
  }
}

/** The importer's dependencies for the archive open now (it serialises writes per archive). */
export function importDeps(ctx: AppContext, t: Translate = ctx.t): ImportDeps {
  return { target: ctx.archive, hash: textHash, t, annotated: annotatedTarget(ctx) }
}
