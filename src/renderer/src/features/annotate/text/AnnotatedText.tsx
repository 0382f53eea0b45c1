import { useMemo, type MouseEvent, type RefObject } from 'react'
import { asCodePoint, type OffsetMap } from '@shared/anchoring'
import type { Annotation } from '@shared/model'
import { paragraphRanges, type Placed } from './layout'
import { createMarksKeeper, createSpanKeeper, paragraphAt } from './paragraph-marks'
import { Paragraph } from './Paragraph'

interface Props {
  text: string
  map: OffsetMap
  sourceId: string
  lang: string
  annotations: Annotation[]
  suggestions: Placed[]
  colors: Record<string, string>
  hidden: ReadonlySet<string>
  selectedId: string | null
  picking: boolean
  /** Relation arrows are drawn: the lines open up so their labels fit between them. */
  withArrows: boolean
  rootRef: RefObject<HTMLDivElement | null>
  /** A highlight was clicked: the ids under the pointer (innermost first). */
  onActivate: (ids: string[]) => void
  onSuggestion: (id: string) => void
  onContextMenu: (event: MouseEvent) => void
  children?: React.ReactNode
}

const NONE: Placed[] = []

/**
 * The version's text as paragraphs with highlights. Layout work (offsets, levels) happens
 * once per change of the annotations; each paragraph re-renders only when its own spans,
 * its selection or the colours change.
 */
export function AnnotatedText(props: Props) {
  const { text, map, sourceId, annotations, suggestions, colors, hidden, selectedId, rootRef } = props
  const paragraphs = useMemo(() => paragraphRanges(text), [text])
  const marksOf = useMemo(() => createMarksKeeper(paragraphs, sourceId, map), [paragraphs, sourceId, map])
  const marks = useMemo(() => marksOf(annotations, hidden), [marksOf, annotations, hidden])
  const suggestedOf = useMemo(() => createSpanKeeper(paragraphs), [paragraphs])
  const suggested = useMemo(() => suggestedOf(suggestions), [suggestedOf, suggestions])
  const selected = selectedId ? annotations.find((a) => a.id === selectedId && !a.orphan && a.target.source === sourceId) : undefined
  const selectedParagraph = selected ? paragraphAt(paragraphs, map.toUtf16(asCodePoint(selected.target.position.start))) : -1

  const onClick = (event: MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return
    const target = event.target instanceof Element ? event.target : null
    const hit = target?.closest<HTMLElement>('[data-ids], [data-suggestion]')
    if (hit?.dataset.ids) props.onActivate(hit.dataset.ids.split(' '))
    else if (hit?.dataset.suggestion) props.onSuggestion(hit.dataset.suggestion)
  }

  return (
    <div
      ref={rootRef}
      className={`reader__text annotated${props.picking ? ' is-picking' : ''}${props.withArrows ? ' has-arrows' : ''}`}
      lang={props.lang}
      data-testid="article-text"
      onClick={onClick}
      onContextMenu={props.onContextMenu}
    >
      {paragraphs.map((range, i) => {
        const own = marks[i] ?? NONE
        const sugg = suggested[i] ?? NONE
        return (
          <Paragraph
            key={`${range.start}`}
            index={i}
            text={text.slice(range.start, range.end)}
            start={range.start}
            marks={own}
            suggestions={sugg}
            colors={colors}
            selectedId={i === selectedParagraph ? selectedId : null}
          />
        )
      })}
      {props.children}
    </div>
  )
}
