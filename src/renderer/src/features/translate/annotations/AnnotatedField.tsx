import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { TypePalette } from '../../annotate/tagging/TypePalette'
import { followDraft } from './draft-marks'
import { textRect } from './field-rect'
import { MarkRuns } from './MarkRuns'
import type { CellMarks } from './row-marks'
import { useEditorTags } from './tags-context'

interface Props {
  field: RefObject<HTMLTextAreaElement | null>
  draft: string
  /** The row's target marks, placed on the text the article holds. */
  cell: CellMarks | undefined
  lang: string
  /** Bumped by Ctrl/⌘+Alt+T: the palette opens as a menu, from the keyboard. */
  menuSignal: number
  /** Tags words [start, end) (UTF-16) of the draft. */
  onTag: (start: number, end: number, type: string) => void
  /** The text field. */
  children: ReactNode
}

type Range = { start: number; end: number }

/**
 * The active row's text field with its tags: drawn in a layer behind the (transparent) field
 * that mirrors its text, moved along with the typing (draft-marks.ts), so the field stays a
 * plain textarea and a keystroke re-renders one segment's runs. Words selected in the field
 * get the type palette.
 */
export function AnnotatedField({ field, draft, cell, lang, menuSignal, onTag, children }: Props) {
  const { types, colors, describe } = useEditorTags()
  const { t } = useTranslation()
  const layer = useRef<HTMLDivElement>(null)
  const [range, setRange] = useState<Range | null>(null)
  // Opened from the keyboard, with the words selected then (focus then moves into the menu).
  const [menu, setMenu] = useState<{ range: Range | null } | null>(null)
  const [signal, setSignal] = useState(menuSignal)
  if (signal !== menuSignal) {
    setSignal(menuSignal)
    setMenu({ range })
  }
  const chosen = menu ? menu.range : range
  const [at, setAt] = useState<{ left: number; top: number; bottom: number } | null>(null)

  const marks = useMemo(() => (cell ? followDraft(cell.text, draft, cell.marks) : []), [cell, draft])
  const projected = useMemo(() => (cell ? followDraft(cell.text, draft, cell.projected) : []), [cell, draft])

  // The field's selection, when it holds words and the field has the keyboard.
  useEffect(() => {
    const el = field.current
    if (!el) return
    const update = () => {
      const { selectionStart: start, selectionEnd: end, value } = el
      const next = document.activeElement === el && end > start && value.slice(start, end).trim() !== '' ? { start, end } : null
      setRange((before) => (before?.start === next?.start && before?.end === next?.end ? before : next))
    }
    const events = ['select', 'keyup', 'mouseup', 'input', 'blur', 'focus'] as const
    for (const name of events) el.addEventListener(name, update)
    return () => {
      for (const name of events) el.removeEventListener(name, update)
    }
  }, [field])

  // Where the selected words are drawn in the mirror: the palette floats there.
  useLayoutEffect(() => {
    const place = () => {
      const el = layer.current
      const box = el && !chosen && menu ? el.getBoundingClientRect() : null
      setAt(!el ? null : chosen ? textRect(el, chosen.start, chosen.end) : box && { left: box.left + 24, top: box.top, bottom: box.bottom })
    }
    place()
    document.addEventListener('scroll', place, true)
    return () => document.removeEventListener('scroll', place, true)
  }, [chosen, draft, menu])

  const close = () => {
    setMenu(null)
    field.current?.focus({ preventScroll: true })
  }
  const pick = (type: string) => {
    if (chosen) onTag(chosen.start, chosen.end, type)
    close()
  }
  const showPalette = types.length > 0 && at !== null && (menu !== null || range !== null)

  return (
    // Esc with the menu open closes the menu only (with no words selected, the field keeps the keyboard and would leave the row).
    <div
      className="tr-field"
      onKeyDownCapture={(event) => {
        if (!menu || event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        close()
      }}
    >
      <div ref={layer} className="tr-field__marks" lang={lang} aria-hidden="true">
        <MarkRuns text={draft} marks={marks} projected={projected} colors={colors} selectedId={null} describe={describe} />
        {/* A final line break takes a line in the field: the mirror needs something after it to do so too. */}
        {draft.endsWith('\n') ? '\u200b' : null}
      </div>
      {children}
      {showPalette &&
        createPortal(
          <TypePalette
            types={types}
            variant={menu ? 'menu' : 'palette'}
            at={menu ? { x: at.left, y: at.bottom + 6 } : at.top > 90 ? { x: at.left, y: at.top } : { x: at.left, y: at.bottom, below: true }}
            refusal={chosen ? undefined : t('translateAnnotations:palette.selectFirst')}
            onPick={pick}
            onClose={close}
          />,
          document.body
        )}
    </div>
  )
}
