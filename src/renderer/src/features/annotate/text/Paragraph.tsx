import { memo, type CSSProperties } from 'react'
import type { Placed } from './layout'
import { segment, type Segment } from './segments'

export interface ParagraphProps {
  index: number
  text: string
  /** UTF-16 index of the paragraph's first character in the whole text. */
  start: number
  marks: Placed[]
  suggestions: Placed[]
  colors: Record<string, string>
  /** The selected annotation, only when it lies in this paragraph (so others do not re-render). */
  selectedId: string | null
}

const UNDERLINE = 2
const STEP = 3

/** Stacked underlines, one per covering span at its own level, over a tint of the innermost. */
export function markStyle(seg: Pick<Segment, 'marks'>, colors: Record<string, string>): CSSProperties {
  const layers = seg.marks.map((m) => {
    const color = colors[m.type] ?? '#8a8f98'
    return `linear-gradient(${color}, ${color}) 0 calc(100% - ${m.level * STEP}px) / 100% ${UNDERLINE}px no-repeat`
  })
  const inner = seg.marks[0]
  const tint = inner ? `${colors[inner.type] ?? '#8a8f98'}24` : 'transparent'
  const depth = Math.max(0, ...seg.marks.map((m) => m.level))
  return { background: `${layers.join(', ')}, ${tint}`, paddingBottom: `${depth * STEP + 1}px` }
}

interface SegmentProps {
  seg: Segment
  text: string
  colors: Record<string, string>
  /** The selected annotation when it covers this segment, else null. */
  selectedId: string | null
}

const sameSpans = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.type === b[i]?.type && x.level === b[i]?.level && x.start === b[i]?.start)

/** Same text, same covering spans, same selection: the segment's DOM stays as it is. */
const sameSegment = (a: SegmentProps, b: SegmentProps) =>
  a.text === b.text &&
  a.colors === b.colors &&
  a.selectedId === b.selectedId &&
  a.seg.start === b.seg.start &&
  sameSpans(a.seg.marks, b.seg.marks) &&
  sameSpans(a.seg.suggestions, b.seg.suggestions)

/**
 * One run of text under the same spans. Memoised: an edit in a paragraph re-renders the
 * paragraph, but only the segments whose spans changed touch the DOM.
 */
const SegmentView = memo(function SegmentView({ seg, text, colors, selectedId }: SegmentProps) {
  if (seg.marks.length === 0 && seg.suggestions.length === 0) return text
  const ids = seg.marks.map((m) => m.id)
  // Where a span starts: arrows and "scroll to" aim at the first segment of each annotation.
  const heads = seg.marks.filter((m) => m.start === seg.start).map((m) => m.id)
  const selected = selectedId !== null && ids.includes(selectedId)
  const suggestion = seg.suggestions[0]
  const classes = ['hl', selected ? 'is-selected' : '', suggestion ? 'hl--suggested' : '', seg.marks.length > 1 ? 'hl--stacked' : ''].filter(Boolean).join(' ')
  const style: CSSProperties = seg.marks.length > 0 ? markStyle(seg, colors) : {}
  if (suggestion) style.outlineColor = colors[suggestion.type] ?? '#8a8f98'
  return (
    <span
      className={classes}
      role={ids.length > 0 ? 'mark' : undefined}
      data-ids={ids.join(' ') || undefined}
      data-heads={heads.join(' ') || undefined}
      data-label={[...seg.marks.map((m) => m.type), ...seg.suggestions.map((s) => `${s.type}?`)].join(' · ')}
      data-suggestion={suggestion?.id}
      aria-current={selected ? 'true' : undefined}
      tabIndex={selected && heads.includes(selectedId) ? -1 : undefined}
      style={style}
    >
      {text}
    </span>
  )
}, sameSegment)

/**
 * One paragraph of annotated text. Memoised: its span lists keep their identity while their
 * spans do not change (see AnnotatedText), so an edit re-renders only the paragraphs it touched.
 */
export const Paragraph = memo(function Paragraph({ index, text, start, marks, suggestions, colors, selectedId }: ParagraphProps) {
  const segments = segment(start, start + text.length, marks, suggestions)
  return (
    <p data-p={index} data-s={start}>
      {segments.map((seg) => (
        <SegmentView
          key={seg.start}
          seg={seg}
          text={text.slice(seg.start - start, seg.end - start)}
          colors={colors}
          selectedId={selectedId !== null && seg.marks.some((m) => m.id === selectedId) ? selectedId : null}
        />
      ))}
    </p>
  )
})
