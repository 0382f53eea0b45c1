import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { asCodePoint, sliceCodePoints } from '@shared/anchoring'
import type { ArticleView } from '@shared/ipc/contract'
import type { Entity } from '@shared/model'
import type { ProjectedMention } from '@shared/translation/projection'
import type { AnnotationPatch } from '../../annotate/session/use-annotate-session'
import type { TranslateActions } from '../use-translate-actions'
import { acceptable, tagInDraft, type NewTag } from './placing'
import { tagApi } from './tag-api'

interface Options {
  articleId: string
  /** The translation edited (its version id). */
  targetId: string | null
  actions: TranslateActions
  entities: readonly Entity[]
  /** Shows what was done (announced). */
  say: (message: string) => void
  /** A new annotation was made: the editor opens it. */
  onCreated: (id: string) => void
}

const exactOf = (view: ArticleView, tag: NewTag): string => {
  const text = view.doc.versions.find((v) => v.id === tag.source)?.text ?? ''
  return sliceCodePoints(text, asCodePoint(tag.start), asCodePoint(tag.end)).trim()
}

/**
 * The editor's annotation writes. Each waits for the row saves before it (the same queue),
 * then places itself on the article as those left it: tagging words of a draft right after
 * the draft is saved lands on the saved text.
 */
export function useTagWrites({ articleId, targetId, actions, entities, say, onCreated }: Options) {
  const { t } = useTranslation()
  const { queued } = actions

  /** Adds the tag `place` finds on the article as it stands when its turn comes; answers the new id. */
  const add = useCallback(
    async (place: (view: ArticleView) => { tag: NewTag; message: (exact: string) => string } | null, none?: string): Promise<string | null> => {
      let placed: { tag: NewTag; message: (exact: string) => string; exact: string } | null = null
      const change = await queued((revision, view) => {
        const found = view && place(view)
        if (!view || !found) return null
        placed = { ...found, exact: exactOf(view, found.tag) }
        return tagApi.addAnnotation({ articleId, revision, ...found.tag })
      })
      const done = placed as { message: (exact: string) => string; exact: string } | null
      const id = change?.delta.annotations.put[0]?.id ?? null
      if (id && done) {
        say(done.message(done.exact))
        onCreated(id)
      } else if (!done && none) say(none)
      return id
    },
    [queued, articleId, say, onCreated]
  )

  return useMemo(() => {
    const tagged = (type: string) => (exact: string) => t('translateAnnotations:tags.tagged', { exact, type })
    const accepted = (mention: ProjectedMention) => (exact: string) =>
      t('translateAnnotations:projection.accepted', { exact, type: mention.type, name: entities.find((e) => e.id === mention.entityId)?.name ?? '' })
    const accept = (wanted: Parameters<typeof acceptable>[3], none?: string) =>
      add((view) => {
        const found = targetId ? acceptable(view.doc, targetId, entities, wanted) : null
        return found && { tag: found.tag, message: accepted(found.mention) }
      }, none)
    return {
      /** Tags words of a read-only cell (code points of its version). */
      tagRange: (source: string, start: number, end: number, type: string) => add(() => ({ tag: { source, start, end, type }, message: tagged(type) })),
      /** Tags words [start, end) (UTF-16) of a row's draft, once the draft is saved. */
      tagDraft: (rowId: string, draft: string, start: number, end: number, type: string) =>
        add((view) => {
          const tag = targetId ? tagInDraft(view.doc, targetId, rowId, draft, start, end, type) : null
          return tag && { tag, message: tagged(type) }
        }),
      /** Makes a projected mention a real annotation, linked to its entity. */
      accept: (mention: ProjectedMention) => accept({ mention }),
      /** Accepts the row's first projected mention, or says there is none. */
      acceptFirst: (rowId: string) => accept({ rowId }, t('translateAnnotations:projection.none')),
      update: async (id: string, patch: AnnotationPatch) => (await queued((revision) => tagApi.updateAnnotation({ articleId, revision, id, ...patch }))) !== null,
      remove: async (id: string) => (await queued((revision) => tagApi.deleteAnnotations({ articleId, revision, ids: [id] }))) !== null
    }
  }, [add, queued, articleId, targetId, entities, t])
}

export type TagWrites = ReturnType<typeof useTagWrites>
