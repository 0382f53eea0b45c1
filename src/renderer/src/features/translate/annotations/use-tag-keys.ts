import { useEffect, useLayoutEffect, useRef } from 'react'
import { takesTyping } from '../../../components/text-entry'
import { commandFor } from '../keys'

export interface TagKeyHandlers {
  /** The type a single-key shortcut tags with, if the schema has one. */
  typeFor: (key: string) => string | null
  /** Words are selected in a read-only cell. */
  hasCellSelection: () => boolean
  tagCell: (type: string) => void
  /** Ctrl/⌘+Alt+T outside a text field: the palette as a menu. */
  openMenu: () => void
  /** Ctrl/⌘+Alt+A outside a text field: the active row's first projected mention. */
  acceptActive: () => void
  /** Delete on the open annotation; false when none is open. */
  remove: () => boolean
  /** Closes the topmost of palette, tag editor, selection; false when nothing was open. */
  escape: () => boolean
  /** True for an event inside the tag editor (it handles its own keys). */
  inEditor: (target: EventTarget | null) => boolean
}

/**
 * The editor's tagging keys, as in the reader: with words selected in a read-only cell, a
 * type's letter tags them; Delete removes the open annotation; Esc closes what tagging opened
 * before the editor's own Esc leaves the row. (The text field runs its Ctrl/⌘+Alt keys itself.)
 */
export function useTagKeys(handlers: TagKeyHandlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]')) return
      const h = latest.current
      const typing = takesTyping(event.target)
      const consume = () => {
        event.preventDefault()
        event.stopImmediatePropagation()
      }
      if (event.key === 'Escape') {
        // In a field of the tag editor, the field and then the editor close first (a list, then the editor).
        if (!(typing && h.inEditor(event.target)) && h.escape()) consume()
        return
      }
      if (typing || h.inEditor(event.target)) return
      const command = commandFor(event, false)
      if (command === 'tagSelection') return (consume(), h.openMenu())
      if (command === 'acceptProjection') return (consume(), h.acceptActive())
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const type = event.shiftKey ? null : h.typeFor(event.key.toLowerCase())
      if (type && h.hasCellSelection()) return (consume(), h.tagCell(type))
      if ((event.key === 'Delete' || event.key === 'Backspace') && h.remove()) consume()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
