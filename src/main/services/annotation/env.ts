import { randomBytes } from 'node:crypto'
import { userInfo } from 'node:os'
import type { CommandContext } from '@shared/annotation'

/** Who is making changes: the operating system's user name, as the article history records it. */
export function osActor(env: NodeJS.ProcessEnv = process.env): string {
  let name = ''
  try {
    name = userInfo().username
  } catch {
    // No passwd entry (some containers): fall back to the environment.
  }
  return (name || env.USER || env.USERNAME || 'unknown').slice(0, 200)
}

/** Ids: a one-letter kind, then 64 random bits (path-safe, see model/ids.ts). */
export const newId = (prefix: 'n' | 'r' | 'e'): string => `${prefix}_${randomBytes(8).toString('hex')}`

/** A fresh command context for one change (one timestamp for all its parts). */
export function commandContext(actor: string): CommandContext {
  return { actor, now: new Date().toISOString(), newId: () => newId('n') }
}
