import { Fragment, type CSSProperties } from 'react'
import type { ProjectedMention } from '@shared/translation/projection'
import { markStyle } from '../../annotate/text/Paragraph'
import { segment } from '../../annotate/text/segments'
import type { Placed } from '../../annotate/text/layout'
import type { ProjectedPlaced } from './row-marks'

export interface MarkRunsProps {
  text: string
  /** Only the runs of [from, to) of the text (UTF-16; all of it by default). */
  from?: number
  to?: number
  marks: readonly Placed[]
  projected: readonly ProjectedPlaced[]
  colors: Record<string, string>
  /** The annotation or projected mention open in the editor, when in this text. */
  selectedId: string | null
  /** The tooltip of a projected mention ("Projected from the original: Hu Tao — PERSON"). */
  describe: (mention: ProjectedMention) => string
}

const GREY = '#8a8f98'

/**
 * A cell's text cut into runs under the same spans, drawn as the reader draws them (tint and
 * stacked underlines in the tag schema's colours); projected mentions dashed and lighter.
 */
export function MarkRuns({ text, from = 0, to = text.length, marks, projected, colors, selectedId, describe }: MarkRunsProps) {
  const byId = new Map(projected.map((p) => [p.id, p]))
  return segment(from, to, marks, projected).map((seg) => {
    const piece = text.slice(seg.start, seg.end)
    if (seg.marks.length === 0 && seg.suggestions.length === 0) return <Fragment key={seg.start}>{piece}</Fragment>
    const ids = seg.marks.map((m) => m.id)
    const projection = seg.suggestions[0] ? byId.get(seg.suggestions[0].id) : undefined
    const selected = selectedId !== null && (ids.includes(selectedId) || projection?.id === selectedId)
    const style: CSSProperties = seg.marks.length > 0 ? markStyle(seg, colors) : {}
    if (projection) style['--projected' as 'color'] = colors[projection.type] ?? GREY
    const classes = ['hl', projection ? 'hl--projected' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ')
    const label = projection ? describe(projection.mention) : seg.marks.map((m) => m.type).join(' · ')
    return (
      <span
        key={seg.start}
        className={classes}
        data-ids={ids.join(' ') || undefined}
        data-projected={projection?.id}
        data-label={label}
        role={projection ? 'button' : 'mark'}
        aria-label={projection ? label : undefined}
        style={style}
      >
        {piece}
      </span>
    )
  })
}
