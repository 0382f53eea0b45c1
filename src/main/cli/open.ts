import type { Translate } from '../i18n'
import { AppContext } from '../app-context'
import { createDispatcher, toAppError, type Dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { defaultArchiveDir, userDataDir } from '../paths'
import { SettingsStore } from '../settings-store'
import type { CliIo, ParsedValues } from './command'

export interface Session {
  ctx: AppContext
  dispatch: Dispatch
}

/**
 * `--archive DIR`, else SCRIPTORIUM_ARCHIVE, else undefined: the archive the desktop app last
 * opened (settings), or its default folder.
 */
export function archiveDirFrom(values: ParsedValues, env: NodeJS.ProcessEnv): string | undefined {
  const flag = values.archive
  if (typeof flag === 'string' && flag.length > 0) return flag
  return env.SCRIPTORIUM_ARCHIVE || undefined
}

/**
 * Opens the archive for one command and closes it afterwards, whatever happens. A failure to
 * open (locked, unwritable) is printed as one translated line and gives exit code 1.
 */
export async function withSession(
  values: ParsedValues,
  io: CliIo,
  t: Translate,
  work: (session: Session) => Promise<number>
): Promise<number> {
  let ctx: AppContext
  try {
    const settings = await SettingsStore.open(userDataDir(io.env))
    // The default folder is derived from io.env too, never from this process's environment.
    const archiveDir = archiveDirFrom(values, io.env) ?? settings.get().archivePath ?? defaultArchiveDir(io.env)
    ctx = await AppContext.start({ archiveDir, settings, t, mode: 'browser', readOnly: values['no-repair'] === true })
  } catch (error) {
    io.err(toAppError(error, t).message)
    return 1
  }
  try {
    return await work({ ctx, dispatch: createDispatcher(createHandlers(ctx), t) })
  } finally {
    await ctx.close()
  }
}
