import type { Translate } from '../i18n'
import { AppFailure } from '@shared/ipc/result'
import { AppContext } from '../app-context'
import { createDispatcher, toAppError, type Dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { defaultArchiveDir, userDataDir } from '../paths'
import { SettingsStore } from '../settings-store'
import type { CliIo, ParsedValues } from './command'
import { snapshotArchive, type Snapshot } from './snapshot'

export interface Session {
  ctx: AppContext
  dispatch: Dispatch
  /** The archive folder named (ctx.archive.dir is a private copy when `snapshot`). */
  archiveDir: string
  /** True when the app holds the archive: the command reads a copy and changes nothing. */
  snapshot: boolean
}

export interface SessionOptions {
  /** The command only reads: while another process holds the archive, it reads a copy. */
  readOnly?: boolean
  /** The command serves the app: the search index is opened in the background at once. */
  warmSearch?: boolean
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

const isLocked = (error: unknown): error is AppFailure => error instanceof AppFailure && error.code === 'archive.locked'

/**
 * Opens the archive for one command and closes it afterwards, whatever happens. A failure to
 * open (locked, unwritable) is printed as one translated line and gives exit code 1. A
 * read-only command on an archive the app holds reads a snapshot instead (see snapshot.ts),
 * saying so on stderr; a writing command still refuses, naming the process.
 */
export async function withSession(
  values: ParsedValues,
  io: CliIo,
  t: Translate,
  work: (session: Session) => Promise<number>,
  options: SessionOptions = {}
): Promise<number> {
  let ctx: AppContext
  let snapshot: Snapshot | undefined
  let archiveDir: string
  try {
    const settings = await SettingsStore.open(userDataDir(io.env))
    // The default folder is derived from io.env too, never from this process's environment.
    archiveDir = archiveDirFrom(values, io.env) ?? settings.get().archivePath ?? defaultArchiveDir(io.env)
    try {
      ctx = await AppContext.start({ archiveDir, settings, t, mode: 'browser', readOnly: values['no-repair'] === true, warmSearch: options.warmSearch })
    } catch (error) {
      if (!options.readOnly || !isLocked(error)) throw error
      snapshot = await snapshotArchive(archiveDir)
      ctx = await AppContext.start({ archiveDir: snapshot.dir, settings, t, mode: 'browser', readOnly: true, warmSearch: options.warmSearch }).catch(async (failure: unknown) => {
        await snapshot?.remove()
        throw failure
      })
      io.err(t('cli:readOnly.snapshot', { pid: error.params?.pid ?? '?', host: error.params?.host ?? '?' }))
    }
  } catch (error) {
    io.err(toAppError(error, t).message)
    return 1
  }
  try {
    return await work({ ctx, dispatch: createDispatcher(createHandlers(ctx), t), archiveDir, snapshot: snapshot !== undefined })
  } finally {
    await ctx.close()
    await snapshot?.remove()
  }
}
