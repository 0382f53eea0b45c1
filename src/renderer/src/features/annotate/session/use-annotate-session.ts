import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { applyDelta, changesLinks, isOlderRead, revisionOf } from '@shared/ipc/article-delta'
import type { ArticleView } from '@shared/ipc/contract'
import type { ArticleChange, StepLabel, UndoState } from '@shared/ipc/annotation-contract'
import type { AppError, Result } from '@shared/ipc/result'
import type { AnnotationAttributes } from '@shared/model'
import { api, subscribeChanges } from '../../../api'
import type { DetailsPatch } from '../../details/details-draft'
import { useRegistry } from '../../entities/registry-context'
import { shareUnchanged } from './share'

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoAction: null, redoAction: null, undoLabel: null, redoLabel: null }

/** An update to `next` that keeps the current object when equal: the toolbar then does not re-render. */
const undoState = (next: UndoState) => (before: UndoState) => (JSON.stringify(before) === JSON.stringify(next) ? before : next)

/** Refused because another window changed the article first: the view is read again. */
const CHANGED_ELSEWHERE = 'article.changedElsewhere'

export interface AnnotationPatch {
  type?: string
  note?: string
  entity?: string | null
  attributes?: AnnotationAttributes
}

/**
 * The article being annotated, its undo state and the app's registry (schema + entities), with
 * one function per change. Every change answers a delta, applied to the view we hold; a
 * view that was not at the delta's starting revision is read again whole.
 */
export function useAnnotateSession(articleId: string, loaded: ArticleView | null) {
  // The view as changed here, for the article and the read (`loaded`) it started from: a
  // fresh read (coming back to the article) replaces it.
  const [own, setOwn] = useState<{ articleId: string; loaded: ArticleView | null; view: ArticleView } | null>(null)
  const [undo, setUndo] = useState<UndoState>(NO_UNDO)
  const undoRef = useRef(undo)
  // The app's registry (the sidebar's too): read again here when a change touches entities.
  const { status: registryStatus, reload: loadRegistry } = useRegistry()
  const registry = registryStatus.state === 'ready' ? registryStatus.registry : null
  const [error, setError] = useState<AppError | null>(null)
  const view = own?.articleId === articleId && own.loaded === loaded ? own.view : loaded
  const viewRef = useRef(view)
  const current = useRef({ articleId, loaded })
  useLayoutEffect(() => {
    viewRef.current = view
    undoRef.current = undo
    current.current = { articleId, loaded }
  })
  /** The revision every write names: the one this window shows. */
  const revision = useCallback(() => (viewRef.current ? revisionOf(viewRef.current.doc) : undefined), [])
  /** An answer for an article no longer shown (the reader moved on while it travelled). */
  const gone = useCallback(() => current.current.articleId !== articleId, [articleId])

  /** Shows `next` as this article's view (the ref at once: the next answer applies to it). */
  const display = useCallback(
    (next: ArticleView) => {
      viewRef.current = next
      setOwn({ articleId, loaded: current.current.loaded, view: next })
    },
    [articleId]
  )

  /** Shows an article the server answered, keeping the objects of what did not change. */
  const show = useCallback(
    (next: ArticleView) => {
      const shown = viewRef.current
      if (!shown || !isOlderRead(shown, next)) display(shareUnchanged(shown, next))
    },
    [display]
  )

  useEffect(() => {
    let live = true
    void api.undoState({ articleId }).then((result) => live && result.ok && setUndo(undoState(result.value)))
    return () => {
      live = false
    }
  }, [articleId])

  const reloadArticle = useCallback(async () => {
    const article = await api.getArticle({ id: articleId })
    if (gone()) return
    if (article.ok) show(article.value)
    else setError(article.error)
  }, [articleId, show, gone])

  /**
   * Shows what a change did: its delta applied, or the article read again if that cannot
   * be. The registry is read again when the change touched it or moved a link to an entity
   * (its mention counts).
   */
  const follow = useCallback(
    async (change: ArticleChange, registryChanged = false) => {
      if (gone()) return
      const shown = viewRef.current
      // Shown already (the change feed can bring it before the answer), or older than what is.
      if (shown && revisionOf(shown.doc) >= change.delta.to) {
        if (revisionOf(shown.doc) === change.delta.to) setUndo(undoState(change.undo))
        return
      }
      setUndo(undoState(change.undo))
      const next = shown && applyDelta(shown, change.delta)
      if (registryChanged || (next && changesLinks(shown, change.delta))) void loadRegistry()
      if (next) display(next)
      else await reloadArticle()
    },
    [reloadArticle, loadRegistry, display, gone]
  )

  const reload = useCallback(async () => {
    const [state] = await Promise.all([api.undoState({ articleId }), reloadArticle()])
    if (state.ok) setUndo(undoState(state.value))
    await loadRegistry()
  }, [articleId, reloadArticle, loadRegistry])

  /** Shows a refusal; one made against a revision left behind also reads the article again. */
  const refused = useCallback(
    (failure: AppError) => {
      setError(failure)
      if (failure.code === CHANGED_ELSEWHERE) void reload()
    },
    [reload]
  )

  /** Applies an article change's answer; answers the change, or null after showing the error. */
  const apply = useCallback(
    async (result: Result<ArticleChange>): Promise<ArticleChange | null> => {
      if (!result.ok) {
        refused(result.error)
        return null
      }
      setError(null)
      await follow(result.value)
      return result.value
    },
    [follow, refused]
  )

  /**
   * Writes of this window still travelling. While one is, the feed's changes to the article
   * are held until its answer is applied: the echo of our own write would otherwise be drawn
   * once from the feed and again with what the answer brings (selection, status), two renders
   * of the whole text per edit. Then the held changes are followed in order: the echo is shown
   * already and skipped, a change made elsewhere meanwhile is drawn.
   */
  const writes = useRef(0)
  const held = useRef<ArticleChange[]>([])
  const sent = useCallback(
    async <T,>(answer: Promise<T>): Promise<T> => {
      writes.current += 1
      try {
        return await answer
      } finally {
        writes.current -= 1
        // A task later: the caller applies the answer first.
        if (writes.current === 0 && held.current.length > 0) {
          setTimeout(() => {
            void (async () => {
              for (const change of held.current.splice(0)) await follow(change)
            })()
          }, 0)
        }
      }
    },
    [follow]
  )

  // Changes made in other windows and tabs (and the echo of our own) arrive here.
  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event.type === 'resync') return void reload()
        if (event.type !== 'article' || event.change.delta.articleId !== articleId) return
        if (writes.current > 0) held.current.push(event.change)
        else void follow(event.change)
      }),
    [articleId, follow, reload]
  )

  const actions = useMemo(
    () => ({
      /** Tags a span; answers the new annotation's id. */
      async add(source: string, start: number, end: number, type: string): Promise<string | null> {
        const change = await apply(await sent(api.addAnnotation({ articleId, revision: revision(), source, start, end, type })))
        // Adding changes no other annotation: what the delta puts is the new one.
        return change?.delta.annotations.put[0]?.id ?? null
      },
      /** Changes an annotation the view still holds (a note flushed as the editor closes may outlive it). */
      async update(id: string, patch: AnnotationPatch): Promise<ArticleChange | null> {
        if (!viewRef.current?.doc.annotations.some((a) => a.id === id)) return null
        return apply(await sent(api.updateAnnotation({ articleId, revision: revision(), id, ...patch })))
      },
      remove: async (ids: string[]) => apply(await sent(api.deleteAnnotations({ articleId, revision: revision(), ids }))),
      addRelation: async (from: string, to: string, type: string) => apply(await sent(api.addRelation({ articleId, revision: revision(), from, to, type }))),
      updateRelation: async (id: string, patch: { type?: string; note?: string }) =>
        apply(await sent(api.updateRelation({ articleId, revision: revision(), id, ...patch }))),
      deleteRelation: async (id: string) => apply(await sent(api.deleteRelation({ articleId, revision: revision(), id }))),
      /** Saves the article's details; answers the failure for the dialog to show, or null. */
      async updateDetails(patch: DetailsPatch): Promise<AppError | null> {
        const result = await sent(api.updateArticle({ articleId, revision: revision(), ...patch }))
        if (!result.ok) return result.error
        await follow(result.value)
        return null
      },
      tagOccurrences: async (annotationId: string, items: { articleId: string; source?: string; start: number; end: number }[]) =>
        apply(await sent(api.tagOccurrences({ articleId, revision: revision(), annotationId, items }))),
      /** True once the suggestions are in the article (also when they were tagged meanwhile). */
      async acceptSuggestions(source: string, items: { start: number; end: number; type: string; entity?: string }[]): Promise<boolean> {
        const result = await sent(api.acceptSuggestions({ articleId, revision: revision(), source, items }))
        // Tagged since they were suggested (by hand, an undo or a redo): nothing left to add.
        if (!result.ok && result.error.code === 'annotation.allTagged') return true
        return (await apply(result)) !== null
      },
      /** Remembers rejected suggestions in the article (one undo step; idempotent, so no revision); true once stored. */
      rejectSuggestions: async (source: string, items: { start: number; end: number; type: string }[]) =>
        (await apply(await sent(api.rejectSuggestions({ articleId, source, items })))) !== null,
      /** Creates an entity linked to the annotation (one undo step), then reloads both. */
      async createEntity(annotationId: string, type: string, name: string): Promise<boolean> {
        const result = await sent(api.createEntity({ type, name, link: { articleId, revision: revision(), annotationId } }))
        if (!result.ok) {
          refused(result.error)
          return false
        }
        await reload()
        return true
      },
      /** Undoes or redoes the step this window shows as next; answers its label, null when none ran. */
      async step(direction: 'undo' | 'redo'): Promise<StepLabel | null> {
        const shown = undoRef.current
        const label = direction === 'undo' ? shown.undoLabel : shown.redoLabel
        const input = { articleId, revision: revision() }
        const result = await sent(direction === 'undo' ? api.undo(input) : api.redo(input))
        if (!result.ok) {
          refused(result.error)
          return null
        }
        if (gone()) return null
        const { change, registryChanged } = result.value
        // An undone "create entity and link" also changed the registry.
        if (change) await follow(change, registryChanged)
        else {
          setUndo(undoState(result.value.undo))
          if (registryChanged) void loadRegistry()
        }
        const action = result.value.action
        return action === null ? null : label?.action === action ? label : { action }
      }
    }),
    [articleId, apply, follow, reload, refused, loadRegistry, gone, revision, sent]
  )

  /** The view as the last applied change left it (before React renders it): what a queued write builds on. */
  const currentView = useCallback(() => viewRef.current, [])

  // `apply` lets other editors of the article (the translation editor) write through the same
  // session: their answers update this view, its revision and its undo state.
  return { view, undo, registry, error: error ?? (registryStatus.state === 'error' ? registryStatus.error : null), setError, actions, apply, currentView }
}

export type AnnotateSession = ReturnType<typeof useAnnotateSession>
