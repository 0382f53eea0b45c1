import { useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { createOffsetMap } from '@shared/anchoring'
import type { TextVersion } from '@shared/model'
import { useMenu } from '../../app/use-menu'
import { errorText } from '../../errors'
import { AnnotationEditor } from './editor/AnnotationEditor'
import { RelationChooser } from './editor/RelationChooser'
import { TagAllDialog } from './editor/TagAllDialog'
import { AnnotationList } from './panel/AnnotationList'
import { HistoryList } from './panel/HistoryList'
import { RelationList } from './panel/RelationList'
import { SidePanel, type PanelTab } from './panel/SidePanel'
import { SuggestionList } from './panel/SuggestionList'
import type { AnnotateSession } from './session/use-annotate-session'
import { useRefetchOnReplay, useSuggestions } from './session/use-suggestions'
import { TypePalette } from './tagging/TypePalette'
import { useTextSelection } from './tagging/use-text-selection'
import { AnnotatedText } from './text/AnnotatedText'
import { RelationArrows } from './text/RelationArrows'
import { nextUnderClick } from './text/segments'
import { readerClass } from '../reader/reader-class'
import { shortVersionLabel, versionLabel } from '../reader/version-label'
import { useStepLabel } from './UndoRedo'
import { useAnnotateKeys } from './use-annotate-keys'
import { useSelectionNav } from './use-selection-nav'
import '../../styles/annotate.css'

interface Props {
  session: AnnotateSession
  articleId: string
  version: TextVersion
  /** The article's title and metadata, shown above the text. */
  header: ReactNode
  /** Shows another text version: an annotation chosen in the list is on it. */
  onShowVersion?: (versionId: string) => void
}

/** The reader's annotation workspace: annotated text, floating palette, side panel. */
export function Annotator({ session, articleId, version, header, onShowVersion }: Props) {
  const { t, i18n } = useTranslation()
  const stepLabel = useStepLabel()
  const { view, registry, actions } = session
  const doc = view?.doc
  const annotations = useMemo(() => doc?.annotations ?? [], [doc])
  const relations = useMemo(() => doc?.relations ?? [], [doc])
  const types = useMemo(() => registry?.schema.types ?? [], [registry])
  const colors = useMemo(() => Object.fromEntries(types.map((type) => [type.name, type.color])), [types])
  const versions = doc?.versions
  // Every annotation names its text version (the list only when there is more than one).
  const versionLabels = useMemo(
    () => Object.fromEntries((versions ?? [version]).map((v) => [v.id, { full: versionLabel(t, v, i18n.language), short: shortVersionLabel(t, v, i18n.language) }])),
    [versions, version, t, i18n.language]
  )
  const listLabels = versions && versions.length > 1 ? versionLabels : null
  const map = useMemo(() => createOffsetMap(version.text), [version.text])
  const rootRef = useRef<HTMLDivElement>(null)
  const noteRef = useRef<HTMLTextAreaElement>(null)

  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [tab, setTab] = useState<PanelTab>('annotations')
  const [showArrows, setShowArrows] = useState(true)
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null)
  const [relation, setRelation] = useState<{ from: string; to: string | null } | null>(null)
  const [selectedRelation, setSelectedRelation] = useState<string | null>(null)
  const [tagAll, setTagAll] = useState(false)
  const [focusedSuggestion, setFocusedSuggestion] = useState<string | null>(null)
  const [status, setStatus] = useState('')

  const [selection, clearSelection] = useTextSelection(rootRef, version.text, map)
  const { selectedId, select, move } = useSelectionNav(rootRef, annotations, hidden)
  const suggestions = useSuggestions(articleId, version.id, map, session.setError)
  useRefetchOnReplay(doc?.history, suggestions.items !== null, suggestions.fetch)
  const selected = annotations.find((a) => a.id === selectedId) ?? null

  const tag = useCallback(
    async (type: string) => {
      if (!selection || selection.crossesParagraph) return
      if (menuAt) setMenuAt(null)
      const id = await actions.add(version.id, selection.start, selection.end, type)
      clearSelection()
      if (id) select(id)
    },
    [selection, menuAt, actions, version.id, clearSelection, select]
  )
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const label = await actions.step(direction)
      if (label) setStatus(t(direction === 'undo' ? 'annotate:undo.undone' : 'annotate:undo.redone', { action: stepLabel(label) }))
    },
    [actions, t, stepLabel]
  )
  const remove = useCallback(async () => {
    if (!selected) return
    const order = annotations.filter((a) => !a.orphan).sort((a, b) => a.target.position.start - b.target.position.start)
    const next = order[order.findIndex((a) => a.id === selected.id) + 1]
    if (await actions.remove([selected.id])) select(next?.id ?? null, Boolean(next))
  }, [selected, annotations, actions, select])

  useMenu((event) => {
    if (event === 'undo' || event === 'redo') void step(event)
  })
  useAnnotateKeys({
    typeFor: (key) => types.find((type) => type.shortcut === key)?.name ?? null,
    hasTextSelection: () => Boolean(selection && !selection.crossesParagraph),
    hasSelectedAnnotation: () => selected !== null,
    tagSelection: (type) => void tag(type),
    retype: (type) => selected && void actions.update(selected.id, { type }),
    remove: () => void remove(),
    openNote: () => noteRef.current?.focus(),
    move,
    escape: () => {
      if (menuAt) setMenuAt(null)
      else if (relation) setRelation(null)
      else if (selection) clearSelection()
      else if (selected) select(null)
      else return false
      return true
    },
    undo: () => void step('undo'),
    redo: () => void step('redo')
  })

  const onActivate = (ids: string[]) => {
    if (relation && !relation.to) {
      const target = ids.find((id) => id !== relation.from)
      if (target) setRelation({ ...relation, to: target })
      return
    }
    select(nextUnderClick(ids, selectedId))
  }
  const onContextMenu = (event: MouseEvent) => {
    if (!selection) return
    event.preventDefault()
    setMenuAt({ x: event.clientX, y: event.clientY })
  }
  const toggleType = (type: string) =>
    setHidden((before) => {
      const next = new Set(before)
      if (!next.delete(type)) next.add(type)
      return next
    })

  const layoutKey = useMemo(() => ({ annotations, hidden, suggestions: suggestions.placed }), [annotations, hidden, suggestions.placed])
  const refusal = selection?.crossesParagraph ? t('annotate:palette.crossesParagraph') : undefined
  const fromAnnotation = relation ? (annotations.find((a) => a.id === relation.from) ?? null) : null

  let top: ReactNode = null
  if (relation && fromAnnotation) {
    top = (
      <RelationChooser
        from={fromAnnotation}
        to={annotations.find((a) => a.id === relation.to) ?? null}
        relationTypes={registry?.schema.relationTypes ?? []}
        onCancel={() => setRelation(null)}
        onCreate={async (type) => {
          if (relation.to && (await actions.addRelation(relation.from, relation.to, type))) setTab('relations')
          setRelation(null)
        }}
      />
    )
  } else if (selected) {
    top = (
      <AnnotationEditor
        key={selected.id}
        annotation={selected}
        types={types}
        colors={colors}
        entities={registry?.entities ?? []}
        linked={view?.entities.find((e) => e.id === selected.entity) ?? null}
        noteRef={noteRef}
        onUpdate={async (patch) => (await actions.update(selected.id, patch)) !== null}
        onCreateEntity={(name) => void actions.createEntity(selected.id, selected.type, name)}
        onDelete={() => void remove()}
        onTagAll={() => setTagAll(true)}
        onStartRelation={() => setRelation({ from: selected.id, to: null })}
        onClose={() => select(null)}
        version={versionLabels[selected.target.source]?.full}
      />
    )
  }

  return (
    <div className="annotate-layout">
      <article className={readerClass(version.lang)} aria-labelledby="article-title">
        {header}
        {session.error && (
          <p className="notice notice--error annotate-error" role="alert" data-testid="annotate-error">
            {errorText(t, session.error)}
            <button type="button" className="link-button" onClick={() => session.setError(null)}>
              {t('annotate:dismiss')}
            </button>
          </p>
        )}
        <AnnotatedText
          text={version.text}
          map={map}
          sourceId={version.id}
          lang={version.lang}
          annotations={annotations}
          suggestions={suggestions.placed}
          colors={colors}
          hidden={hidden}
          selectedId={selectedId}
          picking={Boolean(relation && !relation.to)}
          withArrows={showArrows && relations.length > 0}
          rootRef={rootRef}
          onActivate={onActivate}
          onSuggestion={(id) => {
            setTab('suggestions')
            setFocusedSuggestion(id)
          }}
          onContextMenu={onContextMenu}
        >
          {showArrows && relations.length > 0 && (
            <RelationArrows rootRef={rootRef} relations={relations} layoutKey={layoutKey} selectedId={selectedRelation} onSelect={(id) => (setSelectedRelation(id), setTab('relations'))} />
          )}
        </AnnotatedText>
      </article>
      <SidePanel
        tab={tab}
        onTab={setTab}
        counts={{ annotations: annotations.length, relations: relations.length, suggestions: suggestions.items?.length }}
        top={top}
      >
        {tab === 'annotations' && (
          <AnnotationList
            annotations={annotations}
            types={types}
            hidden={hidden}
            selectedId={selectedId}
            versionLabels={listLabels}
            onToggleType={toggleType}
            onSelect={(id) => {
              const source = annotations.find((a) => a.id === id)?.target.source
              if (source && source !== version.id) onShowVersion?.(source)
              select(id, true)
            }}
          />
        )}
        {tab === 'relations' && (
          <RelationList
            relations={relations}
            annotations={annotations}
            relationTypes={registry?.schema.relationTypes ?? []}
            selectedId={selectedRelation}
            showArrows={showArrows}
            onToggleArrows={() => setShowArrows((on) => !on)}
            onSelect={setSelectedRelation}
            onUpdate={(id, patch) => void actions.updateRelation(id, patch)}
            onDelete={(id) => void actions.deleteRelation(id)}
          />
        )}
        {tab === 'suggestions' && (
          <SuggestionList
            suggestions={suggestions.items}
            total={suggestions.total}
            loading={suggestions.loading}
            types={types}
            focusedId={focusedSuggestion}
            onFetch={() => void suggestions.fetch()}
            onFocus={setFocusedSuggestion}
            entityName={(id) => registry?.entities.find((e) => e.id === id)?.name ?? null}
            onReject={async (items) => {
              if (await actions.rejectSuggestions(version.id, items.map(({ start, end, type }) => ({ start, end, type })))) suggestions.drop(items)
            }}
            onAccept={async (items) => {
              const accepted = items.map(({ start, end, type, entity }) => (entity ? { start, end, type, entity } : { start, end, type }))
              if (await actions.acceptSuggestions(version.id, accepted)) suggestions.drop(items)
            }}
          />
        )}
        {tab === 'history' && <HistoryList history={doc?.history ?? []} quoteOf={(id) => annotations.find((a) => a.id === id)?.target.quote.exact ?? null} />}
      </SidePanel>
      {selection && !menuAt && (
        <TypePalette
          types={types}
          variant="palette"
          at={selection.rect.top > 90 ? { x: selection.rect.left, y: selection.rect.top } : { x: selection.rect.left, y: selection.rect.bottom, below: true }}
          refusal={refusal}
          onPick={(type) => void tag(type)}
          onClose={clearSelection}
        />
      )}
      {selection && menuAt && <TypePalette types={types} variant="menu" at={menuAt} refusal={refusal} onPick={(type) => void tag(type)} onClose={() => setMenuAt(null)} />}
      {tagAll && selected && (
        <TagAllDialog
          articleId={articleId}
          annotationId={selected.id}
          exact={selected.target.quote.exact}
          type={selected.type}
          onClose={() => setTagAll(false)}
          onConfirm={async (items) => {
            const change = await actions.tagOccurrences(selected.id, items.map(({ articleId: a, source, start, end }) => ({ articleId: a, source, start, end })))
            if (change) {
              setTagAll(false)
              setStatus(t('annotate:tagAll.done', { count: items.length }))
            }
          }}
        />
      )}
      <p className="sr-only" role="status" aria-live="polite" data-testid="annotate-status">
        {status}
      </p>
    </div>
  )
}
