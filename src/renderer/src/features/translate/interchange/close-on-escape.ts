import type { KeyboardEvent } from 'react'

/**
 * Esc closes the dialog and goes no further: the reader also listens for Esc (to leave the
 * article) and, the dialog already gone, would take it as its own.
 */
export function closeOnEscape(event: KeyboardEvent, close: (() => void) | null): void {
  if (event.key !== 'Escape') return
  event.stopPropagation()
  close?.()
}
