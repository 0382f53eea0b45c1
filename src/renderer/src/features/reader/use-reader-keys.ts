import { useEffect } from 'react'
import { takesTyping } from '../../components/text-entry'

interface Handlers {
  previous: () => void
  next: () => void
  back: () => void
  zoomIn: () => void
  zoomOut: () => void
  zoomReset: () => void
}

/** Reader shortcuts: ←/→ for previous/next (j/k move between annotations), Esc for the library, Ctrl/⌘ +/−/0 zoom. */
export function useReaderKeys(handlers: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog on top (the import results) owns the keyboard.
      if (document.querySelector('[aria-modal="true"]')) return
      if (event.ctrlKey || event.metaKey) {
        const zoom: Record<string, () => void> = { '=': handlers.zoomIn, '+': handlers.zoomIn, '-': handlers.zoomOut, '0': handlers.zoomReset }
        const action = zoom[event.key]
        if (action) {
          event.preventDefault()
          action()
        }
        return
      }
      if (event.altKey || takesTyping(event.target)) return
      const plain: Record<string, () => void> = {
        ArrowLeft: handlers.previous,
        ArrowRight: handlers.next,
        Escape: handlers.back
      }
      const action = plain[event.key]
      if (action) {
        event.preventDefault()
        action()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [handlers])
}
