/** The editor's keyboard map: a key event (or its description) → an editor command. Pure. */
export type EditorCommand =
  | 'confirm'
  | 'nextUnconfirmed'
  | 'copySource'
  | 'restoreMt'
  | 'undo'
  | 'redo'
  | 'nextRow'
  | 'previousRow'
  | 'leave'
  | 'help'
  | AlignmentCommand

/** Manual alignment correction: split the row at the caret, join it with the next, move the boundary with the next row. */
export type AlignmentCommand = 'splitRow' | 'joinRow' | 'boundaryUp' | 'boundaryDown'

export interface KeyLike {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/**
 * In the row editor: Ctrl/⌘+Enter confirms and moves on, Ctrl/⌘+Shift+Enter goes to the next
 * unconfirmed row, Ctrl/⌘+Shift+S copies the source, Ctrl/⌘+Shift+M restores the MT,
 * Ctrl/⌘+Z / Ctrl/⌘+Shift+Z (or Ctrl+Y) undo and redo, Alt+↓/↑ move between rows, Esc leaves;
 * Ctrl/⌘+Alt+S splits the row at the caret, Ctrl/⌘+Alt+J joins it with the next, Ctrl/⌘+Alt+↑
 * gives its last sentence to the next row and Ctrl/⌘+Alt+↓ takes the next row's first.
 * `typing` says whether the event comes from a text field (outside one, ? and F1 open the help).
 */
export function commandFor(event: KeyLike, typing: boolean): EditorCommand | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  const letter = event.code?.startsWith('Key') ? event.code.slice(3).toLowerCase() : key
  if (mod && event.altKey && !event.shiftKey) {
    if (letter === 's') return 'splitRow'
    if (letter === 'j') return 'joinRow'
    if (key === 'ArrowUp') return 'boundaryUp'
    if (key === 'ArrowDown') return 'boundaryDown'
    return null
  }
  if (mod && !event.altKey) {
    if (key === 'Enter') return event.shiftKey ? 'nextUnconfirmed' : 'confirm'
    if (event.shiftKey && letter === 's') return 'copySource'
    if (event.shiftKey && letter === 'm') return 'restoreMt'
    if (letter === 'z') return event.shiftKey ? 'redo' : 'undo'
    if (letter === 'y' && !event.shiftKey) return 'redo'
    return null
  }
  if (event.altKey && !mod && !event.shiftKey) {
    if (key === 'ArrowDown') return 'nextRow'
    if (key === 'ArrowUp') return 'previousRow'
    return null
  }
  if (mod || event.altKey) return null
  if (key === 'Escape') return 'leave'
  if (key === 'F1' || (!typing && key === '?')) return 'help'
  return null
}

/**
 * Alt+1…Alt+9 in the row editor: the number of the glossary term whose translation to insert,
 * read from the physical key (on a Mac, Alt+1 types "¡").
 */
export function glossaryKey(event: KeyLike): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  const digit = event.code?.startsWith('Digit') ? event.code.slice(5) : event.key
  return /^[1-9]$/.test(digit) ? Number(digit) : null
}

/** "Ctrl" or "⌘" for the platform, for labels and the shortcut help. */
export const modLabel = (platform: string): string => (/mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl')

/** The keys of each command, for the help and for tooltips (`mod` from `modLabel`). */
export function keysOf(command: EditorCommand, mod: string): string[] {
  const table: Record<EditorCommand, string[]> = {
    confirm: [mod, 'Enter'],
    nextUnconfirmed: [mod, 'Shift', 'Enter'],
    copySource: [mod, 'Shift', 'S'],
    restoreMt: [mod, 'Shift', 'M'],
    undo: [mod, 'Z'],
    redo: [mod, 'Shift', 'Z'],
    nextRow: ['Alt', '↓'],
    previousRow: ['Alt', '↑'],
    leave: ['Esc'],
    help: ['?'],
    splitRow: [mod, 'Alt', 'S'],
    joinRow: [mod, 'Alt', 'J'],
    boundaryUp: [mod, 'Alt', '↑'],
    boundaryDown: [mod, 'Alt', '↓']
  }
  return table[command]
}

/** `aria-keyshortcuts` value of a command (Control and Meta both listed for the modifier). */
export function ariaKeys(command: EditorCommand): string {
  const keys = keysOf(command, 'Control')
  if (keys[0] !== 'Control') return keys.map(ariaName).join('+')
  const rest = keys.slice(1).map(ariaName).join('+')
  return `Control+${rest} Meta+${rest}`
}

const ariaName = (key: string): string => ({ '↓': 'ArrowDown', '↑': 'ArrowUp', Esc: 'Escape' })[key] ?? key
