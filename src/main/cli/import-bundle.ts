import type { Translate } from '../i18n'
import { resolve } from 'node:path'
import type { BundlePreview } from '@shared/bundle/merge-plan'
import { toAppError } from '../dispatch'
import { osActor } from '../services/annotation/env'
import { applyBundle, BundleRefused, previewBundle, verifiedBundle } from '../services/bundle/import-service'
import { EXIT, type CliIo, type ParsedValues } from './command'
import { withSession } from './open'
import { checkBundleFile, problemLine } from './validate'

export const isBundlePath = (path: string): boolean => /\.zip$/i.test(path)

function printPreview(preview: BundlePreview, dryRun: boolean, io: CliIo, t: Translate): void {
  const { added, updated, conflicts } = preview
  io.out(
    t(dryRun ? 'bundle:cli.wouldImport' : 'bundle:cli.imported', {
      added: added.articles.length,
      updated: updated.articles.length,
      annotations: added.annotations,
      entities: added.entities.length,
      conflicts: conflicts.length
    })
  )
  if (added.types.length > 0) io.out(t('bundle:cli.newTypes', { types: added.types.join(', ') }))
  for (const twin of added.twins ?? []) io.out(t(`bundle:twin.${dryRun ? 'would' : 'was'}.${twin.in}`, { ...twin }))
  for (const conflict of conflicts) io.out(t(`bundle:conflict.${conflict.kind}`, { ...conflict, kept: t(`bundle:kept.${conflict.kept}`) }))
}

/**
 * `scriptorium import FILE.zip [--dry-run] [--json]`: verifies the bundle first (a refused one
 * changes nothing and lists why), then previews or applies the merge. `--json` prints the
 * preview `{"added","updated","conflicts"}` (also when applied), or `{"refused":[{"file","problem"}]}`.
 */
export async function importBundleCommand(values: ParsedValues, path: string, io: CliIo, t: Translate): Promise<number> {
  const file = resolve(path)
  if (!(await checkBundleFile(file, io, t))) return EXIT.someFailed
  const dryRun = values['dry-run'] === true
  return withSession(
    values,
    io,
    t,
    async ({ ctx }) => {
      try {
        const run = verifiedBundle(file)
        void io.interrupted.then(run.cancel)
        const content = await run.result
        const actor = osActor(io.env)
        const preview = dryRun ? await previewBundle(ctx.archive, content, actor) : await applyBundle(ctx.archive, content, actor)
        if (values.json) io.out(JSON.stringify(preview))
        else printPreview(preview, dryRun, io, t)
        return EXIT.ok
      } catch (error) {
        if (!(error instanceof BundleRefused)) {
          io.err(toAppError(error, t).message)
          return EXIT.someFailed
        }
        if (values.json) io.out(JSON.stringify({ refused: error.problems.map(({ file, problem }) => ({ file, problem })) }))
        io.err(toAppError(error, t).message)
        if (!values.json) for (const problem of error.problems) io.err(problemLine(problem, t))
        return EXIT.someFailed
      }
    },
    { readOnly: dryRun }
  )
}
