import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { createOffsetMap } from '@shared/anchoring'
import type { Entity } from '@shared/model'
import { projectAnnotations, type ProjectedMention } from '@shared/translation/projection'
import type { AnnotateSession } from '../../annotate/session/use-annotate-session'
import { nextUnderClick } from '../../annotate/text/segments'
import type { TranslateActions } from '../use-translate-actions'
import { buildRowMarks, projectionKey, rowHolding, shareRowMarks, type RowMarks } from './row-marks'
import type { EditorTags } from './tags-context'
import { useCellSelection } from './use-cell-selection'
import { useTagWrites } from './use-tag-writes'

/** What the tag editor shows: an annotation, or a projected mention to accept. */
export type OpenTag = { kind: 'annotation'; id: string } | { kind: 'projection'; mention: ProjectedMention }

interface Options {
  session: AnnotateSession
  articleId: string
  /** The translation edited (null while its rows load). */
  targetId: string | null
  actions: TranslateActions
  /** The editor's root: selections and clicks in its cells are followed. */
  root: RefObject<HTMLElement | null>
}

const EMPTY: readonly Entity[] = []

/**
 * Annotations on both columns of the translation editor: each row's marks (its versions'
 * annotations and the mentions projected across the alignment), the words selected in a
 * read-only cell, the tag open in the editor and the writes, all derived from the article the
 * reader's session holds.
 */
export function useEditorAnnotations({ session, articleId, targetId, actions, root }: Options) {
  const { t } = useTranslation()
  const doc = session.view?.doc ?? null
  const registry = session.registry
  const entities = registry?.entities ?? session.view?.entities ?? EMPTY
  const types = useMemo(() => registry?.schema.types ?? [], [registry])
  const colors = useMemo(() => Object.fromEntries(types.map((type) => [type.name, type.color])), [types])

  const alignment = (targetId && doc?.alignments.find((a) => a.target === targetId)) || null
  const source = (alignment?.source && doc?.versions.find((v) => v.id === alignment.source)) || null
  const target = (alignment && doc?.versions.find((v) => v.id === alignment.target)) || null
  const sourceText = source?.text ?? null
  const targetText = target?.text ?? null
  const sourceMap = useMemo(() => (sourceText === null ? null : createOffsetMap(sourceText)), [sourceText])
  const targetMap = useMemo(() => (targetText === null ? null : createOffsetMap(targetText)), [targetText])
  const projections = useMemo(() => (doc && alignment ? projectAnnotations(doc, alignment, entities) : []), [doc, alignment, entities])

  const built = useMemo(
    () =>
      alignment && target && targetMap && doc
        ? buildRowMarks({ alignment, source, target, maps: { source: sourceMap, target: targetMap }, annotations: doc.annotations, projections })
        : null,
    [alignment, source, target, sourceMap, targetMap, doc, projections]
  )
  // Rows whose marks did not change keep their objects (derived state from the last render).
  const [shared, setShared] = useState<{ from: Map<string, RowMarks> | null; marks: Map<string, RowMarks> | null }>({ from: null, marks: null })
  // (Set while rendering: React renders again at once with it, before anything is shown.)
  if (shared.from !== built) setShared({ from: built, marks: built ? shareRowMarks(shared.marks, built) : null })
  const rowMarks = shared.marks

  const [open, setOpen] = useState<OpenTag | null>(null)
  const [status, setStatus] = useState('')
  const [cellSelection, clearCellSelection] = useCellSelection(root)
  const openAnnotation = useCallback((id: string) => setOpen({ kind: 'annotation', id }), [])
  const writes = useTagWrites({ articleId, targetId, actions, entities, say: setStatus, onCreated: openAnnotation })

  // What is open goes when it does (deleted, accepted, undone).
  const annotation = open?.kind === 'annotation' ? (doc?.annotations.find((a) => a.id === open.id) ?? null) : null
  const projection = open?.kind === 'projection' ? (projections.find((p) => projectionKey(p) === projectionKey(open.mention)) ?? null) : null
  if (open !== null && annotation === null && projection === null) setOpen(null)

  /** The row holding what is open, and its id there: only that row draws it selected. */
  const openId = open === null ? null : open.kind === 'annotation' ? open.id : projectionKey(open.mention)
  const selected = useMemo(() => (openId === null ? null : rowHolding(rowMarks, openId)), [openId, rowMarks])

  // A click on a mark in a read-only cell opens it (not the row); a drag that selected words is no click on the row.
  useEffect(() => {
    const element = root.current
    if (!element) return
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null
      const cell = target?.closest('.tr-marked')
      if (!target || !cell) return
      const selection = window.getSelection()
      if (selection && !selection.isCollapsed) return event.stopPropagation()
      const projected = target.closest<HTMLElement>('[data-projected]')?.dataset.projected
      const ids = target.closest<HTMLElement>('[data-ids]')?.dataset.ids?.split(' ') ?? []
      const mention = projected ? projections.find((p) => projectionKey(p) === projected) : undefined
      if (mention) setOpen({ kind: 'projection', mention })
      else if (ids.length > 0) setOpen((before) => ({ kind: 'annotation', id: nextUnderClick(ids, before?.kind === 'annotation' ? before.id : null) ?? ids[0]! }))
      else return
      event.stopPropagation()
    }
    element.addEventListener('click', onClick, true)
    return () => element.removeEventListener('click', onClick, true)
  }, [root, projections])

  /** Opens an annotation, or a projected mention by its key (the row's tag buttons). */
  const openTarget = useCallback(
    (target: { annotation: string } | { projection: string }) => {
      if ('annotation' in target) return setOpen({ kind: 'annotation', id: target.annotation })
      const mention = projections.find((p) => projectionKey(p) === target.projection)
      if (mention) setOpen({ kind: 'projection', mention })
    },
    [projections]
  )

  // Kept while only texts change (every save): each cell uses it.
  const sourceRole = source?.role
  const targetRole = target?.role
  const describe = useCallback(
    (mention: ProjectedMention) => {
      const from = mention.versionId === targetId ? sourceRole : targetRole
      const name = entities.find((e) => e.id === mention.entityId)?.name ?? ''
      return t(from === 'original' ? 'translateAnnotations:projection.fromOriginal' : 'translateAnnotations:projection.fromTranslation', { name, type: mention.type })
    },
    [targetId, sourceRole, targetRole, entities, t]
  )
  const tags: EditorTags = useMemo(() => ({ types, colors, describe }), [types, colors, describe])

  return { tags, rowMarks, selected, open, setOpen, openTarget, annotation, projection, cellSelection, clearCellSelection, writes, status, setStatus, entities, versions: doc?.versions ?? [] }
}

export type EditorAnnotations = ReturnType<typeof useEditorAnnotations>
