import type { ArticleDoc } from '../../model/documents'
import type { HistoryEvent } from '../../model/article'
import { AppFailure } from '../../ipc/result'
import type { CommandContext, Placed } from './types'

export function fail(code: string, message: string, params?: Record<string, string | number>, field?: string): never {
  throw new AppFailure(code, message, params, field)
}

export function makeEvent(ctx: CommandContext, action: string, detail: Record<string, unknown>): HistoryEvent {
  return { at: ctx.now, actor: ctx.actor, action, detail: ctx.via ? { ...detail, via: ctx.via } : detail }
}

/** The article with `event` appended to its append-only history. */
export function withEvent(doc: ArticleDoc, event: HistoryEvent): ArticleDoc {
  return { ...doc, history: [...doc.history, event] }
}

/** Removes the elements matching `drop`, remembering where each was. */
export function removeWhere<T>(items: readonly T[], drop: (item: T) => boolean): { kept: T[]; removed: Placed<T>[] } {
  const kept: T[] = []
  const removed: Placed<T>[] = []
  items.forEach((item, index) => (drop(item) ? removed.push({ item, index }) : kept.push(item)))
  return { kept, removed }
}

/** Puts removed elements back at their old indices (ascending order keeps indices valid). */
export function insertPlaced<T>(items: readonly T[], placed: readonly Placed<T>[]): T[] {
  const out = [...items]
  for (const { item, index } of [...placed].sort((a, b) => a.index - b.index)) {
    out.splice(Math.min(index, out.length), 0, item)
  }
  return out
}

export const NOTE_MAX = 20_000
