import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { AlignmentMenu, type AlignmentSide } from './alignment/AlignmentMenu'
import { DiffView } from './DiffView'
import { GlossaryStrip } from './glossary/GlossaryStrip'
import type { SegmentGlossary } from './glossary/use-glossary'
import { ariaKeys, keysOf, type AlignmentCommand, type EditorCommand } from './keys'
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
  glossary: SegmentGlossary
  /** A split point is placed in the source. */
  sourcePoint: boolean
  /** An alignment correction on the source side (the target side goes through the editor, which saves the draft first). */
  onAlignSource: (command: AlignmentCommand) => void
}

/** The active row's target side: the editor, the MT it came from, the tools and the note. */
export function ActiveRow({ row, lang, mod, monolingual, engine, showDiff, findings, onNote, onMerge, onCommand, onLeave, onSplit, glossary, sourcePoint, onAlignSource }: Props) {
  const { t } = useTranslation()
  const [request, setRequest] = useState<RowRequest | null>(null)
  const onTool = (command: EditorCommand | 'split') => setRequest((before) => ({ command, serial: (before?.serial ?? 0) + 1 }))
  const onInsert = (text: string) => setRequest((before) => ({ command: 'insert', text, serial: (before?.serial ?? 0) + 1 }))
  const onAlign = (command: AlignmentCommand, side: AlignmentSide) => (side === 'target' ? onTool(command) : onAlignSource(command))
  const tip = (key: string, command: EditorCommand) => `${t(key)} (${keysOf(command, mod).join('+')})`
  return (
    <div className="tr-active">
      <RowEditor row={row} lang={lang} request={request} insertions={glossary.entries.map((e) => e.preferred)} onCommand={onCommand} onLeave={onLeave} onSplit={onSplit} />
      <GlossaryStrip entries={glossary.entries} lang={lang} onInsert={onInsert} />
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
        <button type="button" className="button button--ghost button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => onTool('split')} title={tip('translate:editor.splitHint', 'splitRow')} aria-keyshortcuts={ariaKeys('splitRow')} data-testid="split-segment">
          <Icon name="split" size={16} />
          {t('translate:editor.split')}
        </button>
        {onMerge && (
          <button type="button" className="button button--ghost button--small" onClick={onMerge} title={tip('translate:editor.mergeHint', 'joinRow')} aria-keyshortcuts={ariaKeys('joinRow')} data-testid="merge-segment">
            <Icon name="merge" size={16} />
            {t('translate:editor.merge')}
          </button>
        )}
        <AlignmentMenu mod={mod} monolingual={monolingual || row.source === null} hasNext={onMerge !== null} sourcePoint={sourcePoint} onAlign={onAlign} />
        <NoteField note={row.note} onSave={onNote} />
      </div>
      <RowMeta row={row} engine={engine} findings={findings} />
    </div>
  )
}
