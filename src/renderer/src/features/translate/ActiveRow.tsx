import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import type { CellMarks } from './annotations/row-marks'
import { RowTags } from './annotations/RowTags'
import { DiffView } from './DiffView'
import { ariaKeys, keysOf, type EditorCommand } from './keys'
import { NoteField } from './NoteField'
import { RowEditor, type RowEditorHandlers, type RowRequest } from './RowEditor'
import { RowMeta } from './RowMeta'
import type { QaFinding, SegmentRow } from './types'

interface Props extends RowEditorHandlers {
  row: SegmentRow
  lang: string
  mod: string
  monolingual: boolean
  engine: string | null
  showDiff: boolean
  findings: readonly QaFinding[] | undefined
  onNote: (note: string) => void
  onMerge: (() => void) | null
  /** The row's tags on the translation. */
  marks?: CellMarks
  onOpenTag: (target: { annotation: string } | { projection: string }) => void
}

/** The active row's target side: the editor, the MT it came from, the tools and the note. */
export function ActiveRow({ row, lang, mod, monolingual, engine, showDiff, findings, onNote, onMerge, onCommand, onLeave, onSplit, onAnnotate, marks, onOpenTag }: Props) {
  const { t } = useTranslation()
  const [request, setRequest] = useState<RowRequest | null>(null)
  const onTool = (command: RowRequest['command']) => setRequest((before) => ({ command, serial: (before?.serial ?? 0) + 1 }))
  const tip = (key: string, command: EditorCommand) => `${t(key)} (${keysOf(command, mod).join('+')})`
  return (
    <div className="tr-active">
      <RowEditor row={row} lang={lang} marks={marks} request={request} onCommand={onCommand} onLeave={onLeave} onSplit={onSplit} onAnnotate={onAnnotate} />
      <RowTags cell={marks} onOpen={onOpenTag} />
      {row.mt !== '' && (monolingual || showDiff) && row.mt !== row.target && (
        <div className="tr-row__mt" lang={lang}>
          <span className="tr-row__mt-label">{t('translate:editor.mtReference')}</span> {showDiff ? <DiffView before={row.mt} after={row.target} lang={lang} /> : row.mt}
        </div>
      )}
      <div className="tr-active__tools">
        <button type="button" className="button button--primary button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onTool('confirm')} title={tip('translate:editor.confirmHint', 'confirm')} aria-keyshortcuts={ariaKeys('confirm')} data-testid="confirm-segment">
          <Icon name="check" size={16} />
          {t('translate:editor.confirm')}
        </button>
        {!monolingual && row.source !== null && (
          <button type="button" className="button button--ghost button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onTool('copySource')} title={tip('translate:editor.copySourceHint', 'copySource')} aria-keyshortcuts={ariaKeys('copySource')}>
            <Icon name="copy" size={16} />
            {t('translate:editor.copySource')}
          </button>
        )}
        {row.mt !== '' && (
          <button type="button" className="button button--ghost button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onTool('restoreMt')} title={tip('translate:editor.restoreMtHint', 'restoreMt')} aria-keyshortcuts={ariaKeys('restoreMt')}>
            <Icon name="undo" size={16} />
            {t('translate:editor.restoreMt')}
          </button>
        )}
        <button type="button" className="button button--ghost button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onTool('split')} title={t('translate:editor.splitHint')} data-testid="split-segment">
          <Icon name="split" size={16} />
          {t('translate:editor.split')}
        </button>
        {onMerge && (
          <button type="button" className="button button--ghost button--small" onClick={onMerge} title={t('translate:editor.mergeHint')} data-testid="merge-segment">
            <Icon name="merge" size={16} />
            {t('translate:editor.merge')}
          </button>
        )}
        <NoteField note={row.note} onSave={onNote} />
      </div>
      <RowMeta row={row} engine={engine} findings={findings} />
    </div>
  )
}
