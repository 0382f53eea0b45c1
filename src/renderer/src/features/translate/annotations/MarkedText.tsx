import { memo, useMemo, type ReactNode } from 'react'
import { followDraft } from './draft-marks'
import { MarkRuns } from './MarkRuns'
import type { CellMarks } from './row-marks'
import { useEditorTags } from './tags-context'

interface Props {
  /** The text shown (the row as last read; the article may hold a newer one for a moment). */
  text: string
  cell: CellMarks
  selectedId: string | null
  /** Cuts the text further (the glossary's terms), drawing the tag runs of each piece with `runs`. */
  children?: (runs: (from: number, to: number) => ReactNode) => ReactNode
}

/**
 * A cell's read-only text with its annotations and projected mentions. Its data attributes
 * say which version and where in it the text lies, so that words selected in it become a
 * range of that version (cell-selection.ts) and a click on a tag opens it.
 */
export const MarkedText = memo(function MarkedText({ text, cell, selectedId, children }: Props) {
  const { colors, describe } = useEditorTags()
  const marks = useMemo(() => followDraft(cell.text, text, cell.marks), [cell, text])
  const projected = useMemo(() => followDraft(cell.text, text, cell.projected), [cell, text])
  return (
    <span className="tr-marked" data-cell-version={cell.versionId} data-cell-start={cell.start}>
      {children ? (
        children((from, to) => <MarkRuns text={text} from={from} to={to} marks={marks} projected={projected} colors={colors} selectedId={selectedId} describe={describe} />)
      ) : (
        <MarkRuns text={text} marks={marks} projected={projected} colors={colors} selectedId={selectedId} describe={describe} />
      )}
    </span>
  )
})
