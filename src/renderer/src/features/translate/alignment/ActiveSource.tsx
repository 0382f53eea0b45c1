import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MarkedText } from '../annotations/MarkedText'
import type { CellMarks } from '../annotations/row-marks'
import { GlossarySource } from '../glossary/GlossarySource'
import type { SegmentGlossary } from '../glossary/use-glossary'
import { commandFor, keysOf, type AlignmentCommand } from '../keys'
import { caretIn } from './caret'

interface Props {
  index: number
  text: string
  sourceLang: string | null
  /** The target language (for the glossary's tooltips). */
  lang: string
  mod: string
  glossary: SegmentGlossary
  /** The source's tags in this row (absent while the article's annotations load). */
  marks: CellMarks | null | undefined
  /** The tag open in the tag editor, when it is in this row. */
  selectedMark: string | null
  /** A point placed in the source (code points into the row's source text), or null when the selection leaves it. */
  onCaret: (at: number | null) => void
  onAlign: (command: AlignmentCommand, at: number | null) => void
}

const ALIGNMENT = new Set<string>(['splitRow', 'joinRow', 'boundaryUp', 'boundaryDown'])

/**
 * The active row's source: its tags drawn and taggable as in the other rows, its glossary
 * terms underlined over them, and a point to split it at. Click
 * in it (or move into it with Tab) to place the point; the alignment keys then act on the
 * source side: Ctrl/⌘+Alt+S splits there, Ctrl/⌘+Alt+↑/↓ move a source sentence across the
 * boundary with the next row, Ctrl/⌘+Alt+J joins the rows.
 */
export function ActiveSource({ index, text, sourceLang, lang, mod, glossary, marks, selectedMark, onCaret, onAlign }: Props) {
  const { t } = useTranslation()
  const element = useRef<HTMLDivElement>(null)
  const report = () => onCaret(caretIn(element.current))
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = commandFor(event, true)
    if (!command || !ALIGNMENT.has(command)) return
    event.preventDefault()
    event.stopPropagation()
    onAlign(command as AlignmentCommand, caretIn(element.current))
  }
  return (
    <div
      ref={element}
      className="tr-row__source-text"
      tabIndex={0}
      lang={sourceLang ?? undefined}
      aria-label={t('glossary:alignment.sourceLabel', { index, keys: keysOf('splitRow', mod).join('+') })}
      onMouseUp={report}
      onKeyUp={report}
      onKeyDown={onKeyDown}
      data-testid="active-source"
    >
      {marks ? (
        <MarkedText text={text} cell={marks} selectedId={selectedMark}>
          {(runs) => (
            <GlossarySource text={text} glossary={glossary} lang={lang}>
              {runs}
            </GlossarySource>
          )}
        </MarkedText>
      ) : (
        <GlossarySource text={text} glossary={glossary} lang={lang} />
      )}
    </div>
  )
}
