import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { revisionOf } from '@shared/ipc/article-delta'
import { useMenu } from '../../app/use-menu'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { takesTyping } from '../../components/text-entry'
import { errorText } from '../../errors'
import type { AnnotateSession } from '../annotate/session/use-annotate-session'
import { useStepLabel } from '../annotate/UndoRedo'
import { ActiveRow } from './ActiveRow'
import { EditorTagsContext } from './annotations/tags-context'
import { TagLayer } from './annotations/TagLayer'
import { useEditorAnnotations } from './annotations/use-editor-annotations'
import { ActiveSource } from './alignment/ActiveSource'
import { useAlignment } from './alignment/use-alignment'
import { EditorBar } from './EditorBar'
import { EffortSummary } from './EffortSummary'
import { useSegmentGlossary } from './glossary/use-glossary'
import { XliffTools } from './interchange/XliffTools'
import { MemoryDialog } from './memory/MemoryDialog'
import { selectedText } from './memory/selected-text'
import { filterRows, findingCounts, NO_FILTER, nextUnconfirmed, type RowFilter } from './filter'
import { commandFor, modLabel, type EditorCommand } from './keys'
import { statusCounts } from './progress'
import { QaPanel } from './QaPanel'
import type { AnnotateRequest } from './RowEditor'
import { SegmentList } from './SegmentList'
import { ShortcutHelp } from './ShortcutHelp'
import { confirmedStatus } from './status'
import { StatusProgress } from './StatusProgress'
import type { QaFinding, SegmentRow, SegmentStatus } from './types'
import { useQa } from './use-qa'
import { useSegments } from './use-segments'
import { useTranslateActions } from './use-translate-actions'
import '../../styles/translate.css'

interface Props {
  session: AnnotateSession
  articleId: string
  /** The translation being edited (its language). */
  lang: string
}

const MOD = modLabel(typeof navigator === 'undefined' ? '' : navigator.platform)

/**
 * The post-editing workbench: the aligned rows of one translation, source beside target (or
 * the MT alone when the article's own text is MT), with progress by status, filters, QA
 * findings, the MT → target diff and the effort, all from the keyboard.
 */
export function TranslateEditor({ session, articleId, lang }: Props) {
  const { t } = useTranslation()
  const stepLabel = useStepLabel()
  const revision = session.view ? revisionOf(session.view.doc) : null
  const { segments, patch } = useSegments(articleId, lang, revision)
  const { findings, checking } = useQa(articleId, lang, revision)
  const actions = useTranslateActions(session, articleId, lang, patch)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER)
  const [showDiff, setShowDiff] = useState(false)
  const [showQa, setShowQa] = useState(true)
  const [help, setHelp] = useState(false)
  // The memory's concordance, open with this text to look for; null when closed.
  const [concordance, setConcordance] = useState<string | null>(null)
  const [scrollSignal, setScrollSignal] = useState(0)
  const [status, setStatus] = useState('')
  const root = useRef<HTMLDivElement>(null)
  // The row left last (Esc): Enter on the list opens it again.
  const lastActive = useRef<string | null>(null)
  // Seconds spent in rows left without a change: added to the row's next save.
  const pendingSeconds = useRef(new Map<string, number>())

  const view = segments.state === 'ready' ? segments.view : null
  const rows = useMemo(() => view?.rows ?? [], [view])
  const visible = useMemo(() => filterRows(rows, filter, findings), [rows, filter, findings])
  const counts = useMemo(() => statusCounts(rows), [rows])
  const checkCounts = useMemo(() => findingCounts(findings), [findings])
  const findingsByRow = useMemo(() => {
    const map = new Map<string, QaFinding[]>()
    for (const finding of findings) map.set(finding.rowId, [...(map.get(finding.rowId) ?? []), finding])
    return map
  }, [findings])
  const ignoredRows = useMemo(() => rows.filter((row) => row.ignored.length > 0), [rows])
  const activeRow = rows.find((row) => row.id === activeId) ?? null
  const monolingual = view ? view.sourceVersionId === null : false
  const glossary = useSegmentGlossary(activeRow?.source ?? null, view?.sourceLang ?? null, lang)
  // A split point placed in the active row's source (code points into it), for that row and text only.
  const sourceKey = activeRow ? `${activeRow.id}\n${activeRow.source ?? ''}` : ''
  const [placed, setPlaced] = useState<{ key: string; at: number } | null>(null)
  const sourcePoint = placed && placed.key === sourceKey ? placed.at : null
  const setSourcePoint = useCallback((at: number | null) => setPlaced(at === null ? null : { key: sourceKey, at }), [sourceKey])
  const align = useAlignment(actions, rows)
  const announce = useCallback((key: string | null) => key && setStatus(t(key)), [t])

  const activate = useCallback((rowId: string | null, scroll = false) => {
    setActiveId((before) => {
      if (before) lastActive.current = before
      return rowId
    })
    if (scroll) setScrollSignal((n) => n + 1)
  }, [])
  /** Leaves the active row; the keyboard stays on the list (Enter comes back to the row). */
  const leave = useCallback(() => {
    activate(null)
    root.current?.querySelector<HTMLElement>('.tr-list__body')?.focus({ preventScroll: true })
  }, [activate])

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const label = await session.actions.step(direction)
      if (label) setStatus(t(direction === 'undo' ? 'annotate:undo.undone' : 'annotate:undo.redone', { action: stepLabel(label) }))
    },
    [session.actions, t, stepLabel]
  )

  /** Saves a row's text (and status), with the seconds spent on it; seconds alone wait for the next save. */
  const save = useCallback(
    (row: SegmentRow, text: string, seconds: number, nextStatus?: SegmentStatus) => {
      const carried = (pendingSeconds.current.get(row.id) ?? 0) + seconds
      const changes = text !== row.target || (nextStatus !== undefined && nextStatus !== row.status)
      if (!changes) {
        if (carried > 0) pendingSeconds.current.set(row.id, carried)
        return
      }
      pendingSeconds.current.delete(row.id)
      void actions.save(row, { text, status: nextStatus, seconds: Math.round(carried * 10) / 10 })
    },
    [actions]
  )

  const moveFrom = useCallback(
    (row: SegmentRow, offset: 1 | -1) => {
      const at = visible.findIndex((r) => r.id === row.id)
      const next = visible[at + offset]
      activate(next ? next.id : row.id, true)
    },
    [visible, activate]
  )

  const onCommand = useCallback(
    (command: EditorCommand, row: SegmentRow, draft: string, seconds: number) => {
      if (command === 'help') return setHelp(true)
      if (command === 'concordance') return setConcordance(selectedText())
      if (command === 'undo' || command === 'redo') return void step(command)
      if (command === 'confirm') {
        const next = confirmedStatus(row.status)
        save(row, draft, seconds, next)
        setStatus(t('translate:editor.confirmed', { index: row.index, status: t(`translate:status.${next}`) }))
        return moveFrom(row, 1)
      }
      save(row, draft, seconds)
      if (command === 'joinRow' || command === 'boundaryUp' || command === 'boundaryDown') return void announce(align(row, command, 'target'))
      if (command === 'nextRow' || command === 'previousRow') return moveFrom(row, command === 'nextRow' ? 1 : -1)
      if (command === 'leave') return leave()
      if (command === 'nextUnconfirmed') {
        const at = nextUnconfirmed(visible, visible.findIndex((r) => r.id === row.id))
        const target = at === null ? null : visible[at]
        if (target && target.id !== row.id) activate(target.id, true)
        else setStatus(t('translate:editor.allConfirmed'))
      }
    },
    [save, step, moveFrom, activate, leave, visible, t, align, announce]
  )
  const onLeave = useCallback((row: SegmentRow, draft: string, seconds: number) => save(row, draft, seconds), [save])
  const tagging = useEditorAnnotations({ session, articleId, targetId: view?.versionId ?? null, actions, root })
  const { writes } = tagging
  /** Tagging in the text field: the draft is saved first, then tagged as saved (one queue). */
  const onAnnotate = useCallback(
    (request: AnnotateRequest, row: SegmentRow, draft: string, seconds: number) => {
      save(row, draft, seconds)
      if (request.kind === 'tag') void writes.tagDraft(row.id, draft, request.start, request.end, request.type)
      else void writes.acceptFirst(row.id)
    },
    [save, writes]
  )
  const onSplit = useCallback(
    (row: SegmentRow, draft: string, seconds: number, caret: number) => {
      save(row, draft, seconds)
      // The row's start does not move when its own text is saved: the offset holds after the save.
      void actions.split(row, 'target', row.targetSpan.start + [...draft.slice(0, caret)].length)
    },
    [save, actions]
  )

  // Outside the row editor: ? opens the help, Ctrl/⌘+Z and Ctrl/⌘+Shift+Z undo and redo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]') || takesTyping(event.target)) return
      const command = commandFor(event, false)
      const onList = event.target instanceof HTMLElement && event.target.classList.contains('tr-list__body')
      if (command === 'help') setHelp(true)
      else if (command === 'concordance') setConcordance(selectedText())
      // Esc leaves the active row before it leaves the reader.
      else if (command === 'leave' && activeId) leave()
      else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && onList && !activeId && visible.length > 0)
        activate(visible.find((row) => row.id === lastActive.current)?.id ?? visible[0]?.id ?? null, true)
      else if (command === 'undo' || command === 'redo') void step(command)
      else if ((command === 'confirm' || command === 'nextUnconfirmed') && !activeId && visible.length > 0) {
        const at = nextUnconfirmed(visible, -1)
        activate(visible[at ?? 0]?.id ?? null, true)
      } else return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [step, activeId, visible, activate, leave])
  useMenu((event) => {
    if (event === 'undo' || event === 'redo') void step(event)
  })

  const toggleStatus = useCallback((s: SegmentStatus) => setFilter((f) => ({ ...f, statuses: f.statuses.includes(s) ? f.statuses.filter((x) => x !== s) : [...f.statuses, s] })), [])
  const jump = useCallback(
    (rowId: string) => {
      // A row the filter hides is shown by dropping the filter.
      if (!visible.some((row) => row.id === rowId)) setFilter(NO_FILTER)
      activate(rowId, true)
    },
    [visible, activate]
  )
  const ignore = useCallback(
    (finding: QaFinding, ignored: boolean) => {
      const row = rows.find((r) => r.id === finding.rowId)
      if (row) void actions.ignore(row, finding.check, ignored)
    },
    [rows, actions]
  )
  const restore = useCallback((row: SegmentRow, check: string) => void actions.ignore(row, check, false), [actions])
  const indexOf = useCallback((rowId: string) => rows.find((row) => row.id === rowId)?.index ?? null, [rows])

  if (segments.state === 'loading') return <Spinner label={t('translate:editor.loading')} />
  if (segments.state === 'error') return <StateMessage icon="alert" tone="error" title={t('translate:editor.errorTitle')} detail={errorText(t, segments.error)} />
  const segmentsView = segments.view
  const activeIndex = activeRow ? rows.indexOf(activeRow) : -1
  const nextRow = activeIndex >= 0 ? rows[activeIndex + 1] : undefined

  const editor = activeRow && (
    <ActiveRow
      key={activeRow.id}
      articleId={articleId}
      row={activeRow}
      sourceLang={segmentsView.sourceLang}
      lang={segmentsView.lang}
      mod={MOD}
      monolingual={monolingual}
      engine={segmentsView.engine}
      showDiff={showDiff}
      findings={findingsByRow.get(activeRow.id)}
      onCommand={onCommand}
      onLeave={onLeave}
      onSplit={onSplit}
      onNote={(note) => void actions.save(activeRow, { note })}
      onMerge={nextRow ? () => void actions.merge(activeRow) : null}
      onAnnotate={onAnnotate}
      marks={tagging.rowMarks?.get(activeRow.id)?.target}
      onOpenTag={tagging.openTarget}
      glossary={glossary}
      sourcePoint={sourcePoint !== null}
      onAlignSource={(command) => announce(align(activeRow, command, 'source', sourcePoint))}
    />
  )
  const activeSource = activeRow && activeRow.source && !monolingual && (
    <ActiveSource
      index={activeRow.index}
      text={activeRow.source}
      sourceLang={segmentsView.sourceLang}
      lang={segmentsView.lang}
      mod={MOD}
      glossary={glossary}
      marks={tagging.rowMarks?.get(activeRow.id)?.source}
      selectedMark={tagging.selected?.rowId === activeRow.id ? tagging.selected.id : null}
      onCaret={setSourcePoint}
      onAlign={(command, at) => announce(align(activeRow, command, 'source', at))}
    />
  )

  return (
    <div ref={root} className={`tr-workbench${showQa ? ' has-qa' : ''}`} data-testid="translate-editor">
      <div className="tr-workbench__main">
        <div className="tr-summary">
          <StatusProgress counts={counts} selected={filter.statuses} onToggle={toggleStatus} />
          <EffortSummary effort={segmentsView.effort} />
        </div>
        <EditorBar
          sourceLang={segmentsView.sourceLang}
          lang={segmentsView.lang}
          engine={segmentsView.engine}
          check={filter.check}
          checkCounts={checkCounts}
          findingTotal={findings.length}
          filtered={visible !== rows}
          shown={visible.length}
          total={rows.length}
          showDiff={showDiff}
          showQa={showQa}
          mod={MOD}
          tools={<XliffTools session={session} articleId={articleId} lang={segmentsView.lang} indexOf={indexOf} onStatus={setStatus} />}
          onCheck={(check) => setFilter((f) => ({ ...f, check }))}
          onClearFilter={() => setFilter(NO_FILTER)}
          onToggleDiff={() => setShowDiff((on) => !on)}
          onToggleQa={() => setShowQa((on) => !on)}
          onHelp={() => setHelp(true)}
          onMemory={() => setConcordance(selectedText())}
        />
        {session.error && (
          <p className="notice notice--error tr-error" role="alert" data-testid="translate-error">
            {errorText(t, session.error)}
            <button type="button" className="link-button" onClick={() => session.setError(null)}>
              {t('annotate:dismiss')}
            </button>
          </p>
        )}
        {/* The rows and the active row's editor draw tags with the schema's colours. */}
        <EditorTagsContext.Provider value={tagging.tags}>
          <SegmentList
            rows={visible as SegmentRow[]}
            monolingual={monolingual}
            sourceLang={segmentsView.sourceLang}
            lang={segmentsView.lang}
            engine={segmentsView.engine}
            activeId={activeId}
            showDiff={showDiff}
            findingsByRow={findingsByRow}
            editor={editor}
            activeSource={activeSource}
            onActivate={activate}
            scrollSignal={scrollSignal}
            rowMarks={tagging.rowMarks}
            selectedMark={tagging.selected}
          />
        </EditorTagsContext.Provider>
      </div>
      {showQa && <QaPanel findings={findings} checking={checking} ignoredRows={ignoredRows} onJump={jump} onIgnore={ignore} onRestore={restore} />}
      {help && <ShortcutHelp mod={MOD} onClose={() => setHelp(false)} />}
      {concordance !== null && <MemoryDialog articleId={articleId} initial={concordance} onClose={() => setConcordance(null)} />}
      <p className="sr-only" role="status" aria-live="polite" data-testid="translate-status">
        {status}
      </p>
      <TagLayer ea={tagging} session={session} articleId={articleId} activeRowId={activeId} root={root} />
    </div>
  )
}
