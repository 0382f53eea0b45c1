import { useCallback, useRef, useState, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { AnnotateSession } from '../../annotate/session/use-annotate-session'
import { AnnotationEditor } from '../../annotate/editor/AnnotationEditor'
import { TagAllDialog } from '../../annotate/editor/TagAllDialog'
import { TypePalette } from '../../annotate/tagging/TypePalette'
import { versionLabel } from '../../reader/version-label'
import { readCellSelection } from './cell-selection'
import { ProjectionCard } from './ProjectionCard'
import { projectionKey } from './row-marks'
import { TagPopover } from './TagPopover'
import type { EditorAnnotations } from './use-editor-annotations'
import { useTagKeys } from './use-tag-keys'
import '../../../styles/annotate.css'
import '../../../styles/translate-annotations.css'

interface Props {
  ea: EditorAnnotations
  session: AnnotateSession
  articleId: string
  /** The row being edited: Ctrl/⌘+Alt+A accepts its first projected mention. */
  activeRowId: string | null
  root: RefObject<HTMLElement | null>
}

const GREY = '#8a8f98'
const escapeAttr = (value: string) => value.replace(/["\\]/g, '\\$&')
/** The words selected in a cell now (a key may come before the frame that shows the palette). */
const selectedIn = (root: RefObject<HTMLElement | null>) => (root.current ? readCellSelection(root.current) : null)

/**
 * What tagging floats over the translation editor: the type palette for words selected in a
 * read-only cell, the tag editor (an annotation to edit, or a projected mention to accept),
 * "tag all", the announcements, and the keys for all of it.
 */
export function TagLayer({ ea, session, articleId, activeRowId, root }: Props) {
  const { t, i18n } = useTranslation()
  const { tags, cellSelection, clearCellSelection, writes, open, setOpen, annotation, projection } = ea
  const [menu, setMenu] = useState(false)
  const [tagAll, setTagAll] = useState(false)
  const noteRef = useRef<HTMLTextAreaElement>(null)

  const tagCell = useCallback(
    (type: string) => {
      setMenu(false)
      const selection = selectedIn(root)
      if (!selection || selection.crossesCell) return
      clearCellSelection()
      void writes.tagRange(selection.versionId, selection.start, selection.end, type)
    },
    [root, clearCellSelection, writes]
  )
  const remove = useCallback(() => {
    if (!annotation) return false
    void writes.remove(annotation.id)
    setOpen(null)
    return true
  }, [annotation, writes, setOpen])

  useTagKeys({
    typeFor: (key) => tags.types.find((type) => type.shortcut === key)?.name ?? null,
    hasCellSelection: () => {
      const selection = selectedIn(root)
      return Boolean(selection && !selection.crossesCell)
    },
    tagCell,
    openMenu: () => setMenu(true),
    acceptActive: () => activeRowId && void writes.acceptFirst(activeRowId),
    remove,
    escape: () => {
      if (menu) setMenu(false)
      else if (open) setOpen(null)
      else if (cellSelection) clearCellSelection()
      else return false
      return true
    },
    inEditor: (target) => target instanceof Node && Boolean(document.querySelector('.tr-popover')?.contains(target))
  })

  const anchorOf = (selector: string) => () => root.current?.querySelector(selector) ?? null
  const refusal = cellSelection?.crossesCell ? t('translateAnnotations:palette.crossesCell') : !cellSelection ? t('translateAnnotations:palette.selectFirst') : undefined
  const menuAt = cellSelection ? { x: cellSelection.rect.left, y: cellSelection.rect.bottom + 6 } : { x: window.innerWidth / 2 - 120, y: window.innerHeight / 3 }

  return (
    <>
      {(cellSelection || menu) &&
        createPortal(
          menu ? (
            <TypePalette types={tags.types} variant="menu" at={menuAt} refusal={refusal} onPick={tagCell} onClose={() => setMenu(false)} />
          ) : (
            cellSelection && (
              <TypePalette
                types={tags.types}
                variant="palette"
                at={cellSelection.rect.top > 90 ? { x: cellSelection.rect.left, y: cellSelection.rect.top } : { x: cellSelection.rect.left, y: cellSelection.rect.bottom, below: true }}
                refusal={refusal}
                onPick={tagCell}
                onClose={clearCellSelection}
              />
            )
          ),
          document.body
        )}
      {open?.kind === 'annotation' && annotation && (
        <TagPopover anchor={anchorOf(`[data-ids~="${escapeAttr(annotation.id)}"]`)} showing={annotation.id} onClose={() => setOpen(null)}>
          <AnnotationEditor
            key={annotation.id}
            annotation={annotation}
            types={tags.types}
            colors={tags.colors}
            entities={session.registry?.entities ?? []}
            linked={ea.entities.find((e) => e.id === annotation.entity) ?? null}
            noteRef={noteRef}
            version={(() => {
              const version = ea.versions.find((v) => v.id === annotation.target.source)
              return version && versionLabel(t, version, i18n.language)
            })()}
            onUpdate={(patch) => writes.update(annotation.id, patch)}
            onCreateEntity={(name) => void session.actions.createEntity(annotation.id, annotation.type, name)}
            onDelete={() => void remove()}
            onTagAll={() => setTagAll(true)}
            onClose={() => setOpen(null)}
          />
        </TagPopover>
      )}
      {open?.kind === 'projection' && projection && (
        <TagPopover anchor={anchorOf(`[data-projected="${escapeAttr(projectionKey(projection))}"]`)} showing={projectionKey(projection)} onClose={() => setOpen(null)}>
          <ProjectionCard
            mention={projection}
            versions={ea.versions}
            color={tags.colors[projection.type] ?? GREY}
            describe={tags.describe}
            onAccept={() => {
              setOpen(null)
              void writes.accept(projection)
            }}
            onClose={() => setOpen(null)}
          />
        </TagPopover>
      )}
      {tagAll &&
        annotation &&
        createPortal(
          <TagAllDialog
            articleId={articleId}
            annotationId={annotation.id}
            exact={annotation.target.quote.exact}
            type={annotation.type}
            onClose={() => setTagAll(false)}
            onConfirm={async (items) => {
              const chosen = items.map(({ articleId: a, source, start, end }) => ({ articleId: a, source, start, end }))
              if (await session.actions.tagOccurrences(annotation.id, chosen)) setTagAll(false)
            }}
          />,
          document.body
        )}
      <p className="sr-only" role="status" aria-live="polite" data-testid="tag-status">
        {ea.status}
      </p>
    </>
  )
}
