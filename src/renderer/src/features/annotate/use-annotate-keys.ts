import { useEffect, useLayoutEffect, useRef } from 'react'
import { takesTyping } from '../../components/text-entry'

export interface AnnotateKeyHandlers {
  /** Type name for a single-key shortcut, if the schema has one. */
  typeFor: (key: string) => string | null
  hasTextSelection: () => boolean
  hasSelectedAnnotation: () => boolean
  tagSelection: (type: string) => void
  retype: (type: string) => void
  remove: () => void
  openNote: () => void
  move: (step: 1 | -1) => void
  /** Closes the topmost transient thing; false when there was nothing to close. */
  escape: () => boolean
  undo: () => void
  redo: () => void
}

/**
 * Keyboard-only annotation. Listens in the capture phase so that, in the reader, j/k and
 * Escape mean "next/previous annotation" and "close" before the reader's own shortcuts.
 */
export function useAnnotateKeys(handlers: AnnotateKeyHandlers): void {
  const latest = useRef(handlers)
  // Before paint, not after: a key pressed the moment something appears must see it.
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]') || takesTyping(event.target)) return
      const h = latest.current
      // Enter on a focused button or link activates it, as usual.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, a')) return
      const consume = () => {
        event.preventDefault()
        event.stopPropagation()
      }
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        consume()
        if (key === 'y' || event.shiftKey) h.redo()
        else h.undo()
        return
      }
      if (mod) return
      if (event.altKey) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          consume()
          h.move(event.key === 'ArrowDown' ? 1 : -1)
        }
        return
      }
      if (event.key === 'Escape') {
        if (h.escape()) consume()
        return
      }
      const type = event.shiftKey ? null : h.typeFor(key)
      if (type && h.hasTextSelection()) return (consume(), h.tagSelection(type))
      if (key === 'j' || key === 'k') return (consume(), h.move(key === 'j' ? 1 : -1))
      if (!h.hasSelectedAnnotation()) return
      if (type) return (consume(), h.retype(type))
      if (event.key === 'Delete' || event.key === 'Backspace') return (consume(), h.remove())
      if (event.key === 'Enter' || key === 'n') return (consume(), h.openNote())
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
