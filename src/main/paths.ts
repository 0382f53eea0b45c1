import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * The per-user folder Electron calls `userData` (settings, the default archive). Computed here
 * without Electron so the CLI and the desktop app agree; SCRIPTORIUM_HOME overrides it.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SCRIPTORIUM_HOME) return resolve(env.SCRIPTORIUM_HOME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Scriptorium')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Scriptorium')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Scriptorium')
}

export const defaultArchiveDir = (env: NodeJS.ProcessEnv = process.env): string => join(userDataDir(env), 'archive')

/**
 * The application's root folder (the one holding package.json), found by walking up: code
 * runs from src/main in tests, from out/main or a chunk folder below it when built.
 */
export function appRoot(from = here): string {
  let dir = resolve(from)
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) return resolve(here, '../..')
    dir = parent
  }
  return dir
}

export const resourcesDir = (): string => join(appRoot(), 'resources')

/** The built renderer that the loopback server serves. */
export const rendererDir = (): string => join(appRoot(), 'out', 'renderer')
