import type { CommandContext, Outcome } from './types'

/** One undo (or redo) step: the command that reverses it and what to call it in a menu. */
export interface HistoryEntry<C> {
  command: C
  /** The action of the change it reverses, e.g. "annotation.add" (for "Undo add"). */
  action: string
  mergeKey?: string
  /** Milliseconds; when the step was last extended. */
  at: number
}

export interface History<C> {
  undo: HistoryEntry<C>[]
  redo: HistoryEntry<C>[]
}

export type Runner<D, C, X extends CommandContext = CommandContext> = (doc: D, command: C, ctx: X) => Outcome<D, C, unknown>

/** Consecutive edits with the same merge key within this window are one undo step. */
export const MERGE_WINDOW_MS = 2000
/** Oldest steps are forgotten past this depth. */
export const HISTORY_LIMIT = 500

export const emptyHistory = <C>(): History<C> => ({ undo: [], redo: [] })

/**
 * Records a change just made. When it continues the previous step (same merge key, e.g.
 * the same annotation's note, within the window), the previous inverse is kept — it
 * already restores the state before the first keystroke — and only its time moves on, as
 * tropy's history reducer does. Any new change clears the redo stack.
 */
export function record<D, C>(history: History<C>, outcome: Outcome<D, C, unknown>, atMs: number): History<C> {
  const top = history.undo[history.undo.length - 1]
  if (top && outcome.mergeKey && top.mergeKey === outcome.mergeKey && atMs - top.at <= MERGE_WINDOW_MS) {
    return { undo: [...history.undo.slice(0, -1), { ...top, at: atMs }], redo: [] }
  }
  const entry: HistoryEntry<C> = { command: outcome.inverse, action: outcome.event.action, mergeKey: outcome.mergeKey, at: atMs }
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] }
}

export interface Step<D, C> {
  history: History<C>
  doc: D
  outcome: Outcome<D, C, unknown>
}

/**
 * Runs the top step of one stack (`from`); its own inverse goes onto the other stack, so
 * undo and redo are the same move in opposite directions. Null when the stack is empty.
 */
function move<D, C, X extends CommandContext>(
  via: 'undo' | 'redo',
  history: History<C>,
  doc: D,
  run: Runner<D, C, X>,
  ctx: X,
  atMs: number
): Step<D, C> | null {
  const from = via === 'undo' ? history.undo : history.redo
  const to = via === 'undo' ? history.redo : history.undo
  const top = from[from.length - 1]
  if (!top) return null
  const outcome = run(doc, top.command, { ...ctx, via })
  const entry: HistoryEntry<C> = { command: outcome.inverse, action: top.action, at: atMs }
  const moved = { from: from.slice(0, -1), to: [...to, entry] }
  const next = via === 'undo' ? { undo: moved.from, redo: moved.to } : { undo: moved.to, redo: moved.from }
  return { history: next, doc: outcome.doc, outcome }
}

/** Runs the top inverse; its own inverse becomes the redo step. Null when nothing to undo. */
export const undo = <D, C, X extends CommandContext>(history: History<C>, doc: D, run: Runner<D, C, X>, ctx: X, atMs: number) =>
  move('undo', history, doc, run, ctx, atMs)

/** Re-applies the last undone step. Null when nothing to redo. */
export const redo = <D, C, X extends CommandContext>(history: History<C>, doc: D, run: Runner<D, C, X>, ctx: X, atMs: number) =>
  move('redo', history, doc, run, ctx, atMs)
