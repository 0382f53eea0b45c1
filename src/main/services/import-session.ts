import { textHash } from '../archive'
import type { AppContext } from '../app-context'
import type { Translate } from '../i18n'
import type { ImportDeps } from './import'

/** The importer's dependencies for the archive open now (it serialises writes per archive). */
export function importDeps(ctx: AppContext, t: Translate = ctx.t): ImportDeps {
  return { target: ctx.archive, hash: textHash, t }
}
