import { useEffect, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { useAnchored } from './use-anchored'

interface Props {
  /** Finds the element it floats beside (looked up again as the list scrolls). */
  anchor: () => Element | null
  /** Identity of what it shows: placed again when it changes. */
  showing: string
  onClose: () => void
  children: ReactNode
}

/**
 * A non-modal panel beside a tag in the translation editor, above everything (in the body: the
 * editor's contained layout would clip it). Esc in it or a click outside closes it.
 */
export function TagPopover({ anchor, showing, onClose, children }: Props) {
  const { t } = useTranslation()
  const { panel, style } = useAnchored<HTMLDivElement>(anchor, showing)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  })
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null
      // Another mark or a palette opens something else or tags: leave it to them.
      if (!target || panel.current?.contains(target) || target.closest('.tr-marked [data-ids], [data-projected], .palette, .tr-tags, .modal')) return
      close.current()
    }
    document.addEventListener('pointerdown', onDown, true)
    return () => document.removeEventListener('pointerdown', onDown, true)
  }, [panel])
  return createPortal(
    <div
      ref={panel}
      className="tr-popover"
      style={style}
      role="dialog"
      aria-label={t('translateAnnotations:tags.popover')}
      data-testid="tag-popover"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.stopPropagation()
        onClose()
      }}
    >
      {children}
    </div>,
    document.body
  )
}
