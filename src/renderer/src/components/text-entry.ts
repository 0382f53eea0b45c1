/**
 * What a focused element does with the keyboard. Duck-typed (tag name, flags) rather than
 * `instanceof HTMLElement`, so it is tested in Node like the rest of the pure helpers.
 */
interface Target {
  tagName?: unknown
  type?: unknown
  isContentEditable?: unknown
}

const KEY_TAKERS = ['INPUT', 'TEXTAREA', 'SELECT']
/** Input types with no text, hence no typing to undo. */
const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']

/** A field or control that takes typed keys itself: shortcuts leave it alone. */
export function takesTyping(target: EventTarget | Target | null): boolean {
  const t = target as Target | null
  return Boolean(t && (t.isContentEditable === true || KEY_TAKERS.includes(String(t.tagName))))
}

/** A field with an undo history of its own (the text typed in it). */
export function hasOwnUndo(target: EventTarget | Target | null): boolean {
  const t = target as Target | null
  if (!t) return false
  if (t.isContentEditable === true || t.tagName === 'TEXTAREA') return true
  return t.tagName === 'INPUT' && !NOT_TEXT.includes(String(t.type))
}
