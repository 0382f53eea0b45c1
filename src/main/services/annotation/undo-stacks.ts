import { emptyHistory, record, type History } from '@shared/annotation'
import type { StepLabel, UndoState } from '@shared/ipc/annotation-contract'
import type { Applied, Part } from './parts'

/** Undo scopes: one per article, one for the registry (schema and entities), one for the library (deleting, restoring). */
export const REGISTRY_SCOPE = 'registry'
export const ARTICLE_SCOPE_PREFIX = 'article:'
export const articleScope = (id: string): string => `${ARTICLE_SCOPE_PREFIX}${id}`
export const LIBRARY_SCOPE = 'library'

export type ApplyStep = (parts: Part[], action: string) => Promise<Applied>

/**
 * The session's undo and redo stacks, per scope, kept in memory. A step is a list of parts
 * (see parts.ts), so a change spanning the registry and many articles — tag all
 * occurrences across the archive, a merge, a schema rename — is undone as one.
 */
export class UndoStacks {
  private readonly histories = new Map<string, History<Part[]>>()
  /**
   * Each step's label, keyed by the step's command (its parts array). The shared history
   * keeps that array when merging keystrokes, so a merged step keeps its first label.
   */
  private readonly labels = new WeakMap<Part[], StepLabel>()

  private get(scope: string): History<Part[]> {
    return this.histories.get(scope) ?? emptyHistory<Part[]>()
  }

  state(scope: string): UndoState {
    const { undo, redo } = this.get(scope)
    const undoTop = undo[undo.length - 1]
    const redoTop = redo[redo.length - 1]
    return {
      canUndo: undo.length > 0,
      canRedo: redo.length > 0,
      undoAction: undoTop?.action ?? null,
      redoAction: redoTop?.action ?? null,
      undoLabel: undoTop ? (this.labels.get(undoTop.command) ?? { action: undoTop.action }) : null,
      redoLabel: redoTop ? (this.labels.get(redoTop.command) ?? { action: redoTop.action }) : null
    }
  }

  /** Records a change just made (consecutive edits of one note merge, see shared history). */
  record(scope: string, inverse: Part[], action: string, mergeKey: string | undefined, label?: StepLabel, atMs = Date.now()): void {
    if (label) this.labels.set(inverse, label)
    const event = { at: new Date(atMs).toISOString(), actor: '', action, detail: {} }
    this.histories.set(scope, record(this.get(scope), { doc: null, inverse, event, value: null, mergeKey }, atMs))
  }

  /** The step Undo (or Redo) would run, without taking it off its stack. */
  peek(scope: string, direction: 'undo' | 'redo'): Part[] | null {
    const stack = this.get(scope)[direction]
    return stack[stack.length - 1]?.command ?? null
  }

  /**
   * Runs the top step of one direction; on success it moves to the other stack as the
   * inverse just captured. A failed step stays where it was. Null when the stack is empty.
   */
  async step(scope: string, direction: 'undo' | 'redo', apply: ApplyStep, atMs = Date.now()): Promise<{ action: string; applied: Applied } | null> {
    const history = this.get(scope)
    const stack = history[direction]
    const top = stack[stack.length - 1]
    if (!top) return null
    const applied = await apply(top.command, top.action)
    const label = this.labels.get(top.command)
    if (label) this.labels.set(applied.inverse, label)
    const entry = { command: applied.inverse, action: top.action, at: atMs }
    const rest = stack.slice(0, -1)
    this.histories.set(
      scope,
      direction === 'undo' ? { undo: rest, redo: [...history.redo, entry] } : { undo: [...history.undo, entry], redo: rest }
    )
    return { action: top.action, applied }
  }
}
