import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { revisionOf } from '@shared/ipc/article-delta'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
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
import { NO_FILTER, type RowFilter } from './filter'
import { modLabel } from './keys'
import { QaPanel } from './QaPanel'
import { SegmentList } from './SegmentList'
import { ShortcutHelp } from './ShortcutHelp'
import { StatusProgress } from './StatusProgress'
import type { QaFinding, SegmentRow, SegmentStatus } from './types'
import { useEditorKeys } from './use-editor-keys'
import { useEditorRows } from './use-editor-rows'
import { useQa } from './use-qa'
import { useRowCommands } from './use-row-commands'
import { useRowFocus } from './use-row-focus'
import { useSegments } from './use-segments'
import { useSourcePoint } from './use-source-point'
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
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER)
  const [showDiff, setShowDiff] = useState(false)
  const [showQa, setShowQa] = useState(true)
  const [help, setHelp] = useState(false)
  // The memory's concordance, open with this text to look for; null when closed.
  const [concordance, setConcordance] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const root = useRef<HTMLDivElement>(null)

  const view = segments.state === 'ready' ? segments.view : null
  const { rows, visible, counts, checkCounts, findingsByRow, ignoredRows } = useEditorRows(view, filter, findings)
  const focus = useRowFocus(root, visible)
  const { activeId, activate } = focus
  const activeRow = rows.find((row) => row.id === activeId) ?? null
  const monolingual = view ? view.sourceVersionId === null : false
  const glossary = useSegmentGlossary(activeRow?.source ?? null, view?.sourceLang ?? null, lang)
  const [sourcePoint, setSourcePoint] = useSourcePoint(activeRow)
  const align = useAlignment(actions, rows)
  const announce = useCallback((key: string | null) => key && setStatus(t(key)), [t])
  const openHelp = useCallback(() => setHelp(true), [])

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const label = await session.actions.step(direction)
      if (label) setStatus(t(direction === 'undo' ? 'annotate:undo.undone' : 'annotate:undo.redone', { action: stepLabel(label) }))
    },
    [session.actions, t, stepLabel]
  )
  const tagging = useEditorAnnotations({ session, articleId, targetId: view?.versionId ?? null, actions, root })
  const { onCommand, onLeave, onAnnotate, onSplit } = useRowCommands({
    actions,
    writes: tagging.writes,
    focus,
    visible,
    align,
    announce,
    say: setStatus,
    step,
    openHelp,
    openConcordance: setConcordance
  })
  useEditorKeys({ focus, visible, step, openHelp, openConcordance: setConcordance })

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
          onHelp={openHelp}
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
            scrollSignal={focus.scrollSignal}
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
