import { describe, expect, it } from 'vitest'
import { ariaKeys, commandFor, glossaryKey, keysOf, type KeyLike } from '../../../../src/renderer/src/features/translate/keys'
import { shortcutGroups } from '../../../../src/renderer/src/features/translate/shortcuts'
import { numberTerms } from '../../../../src/renderer/src/features/translate/glossary/number-terms'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('alignment keys', () => {
  it('Ctrl/⌘+Alt+S splits, +J joins, +↑/↓ move the boundary, by the physical key', () => {
    expect(commandFor(key('s', { ctrlKey: true, altKey: true, code: 'KeyS' }), true)).toBe('splitRow')
    // On a Mac, Alt changes the character: ⌘+Alt+S types "ß".
    expect(commandFor(key('ß', { metaKey: true, altKey: true, code: 'KeyS' }), true)).toBe('splitRow')
    expect(commandFor(key('j', { ctrlKey: true, altKey: true, code: 'KeyJ' }), false)).toBe('joinRow')
    expect(commandFor(key('ArrowUp', { ctrlKey: true, altKey: true }), true)).toBe('boundaryUp')
    expect(commandFor(key('ArrowDown', { metaKey: true, altKey: true }), true)).toBe('boundaryDown')
    // The neighbours keep their meaning.
    expect(commandFor(key('ArrowUp', { altKey: true }), true)).toBe('previousRow')
    expect(commandFor(key('S', { ctrlKey: true, shiftKey: true, code: 'KeyS' }), true)).toBe('copySource')
    expect(commandFor(key('S', { ctrlKey: true, altKey: true, shiftKey: true, code: 'KeyS' }), true)).toBeNull()
  })

  it('shows the keys it reads, in the help and as aria-keyshortcuts', () => {
    expect(keysOf('boundaryUp', '⌘')).toEqual(['⌘', 'Alt', '↑'])
    expect(ariaKeys('splitRow')).toBe('Control+Alt+S Meta+Alt+S')
    const alignment = shortcutGroups('Ctrl').find((g) => g.title === 'translate:shortcuts.alignment')!
    expect(alignment.items.map((i) => i.keys.join('+'))).toEqual(['Ctrl+Alt+S', 'Ctrl+Alt+J', 'Ctrl+Alt+↑', 'Ctrl+Alt+↓', 'Alt+1–9'])
  })
})

describe('glossary keys and numbering', () => {
  it('Alt+1…9 name a term by the digit key; nothing else does', () => {
    expect(glossaryKey(key('1', { altKey: true, code: 'Digit1' }))).toBe(1)
    expect(glossaryKey(key('¡', { altKey: true, code: 'Digit1' }))).toBe(1)
    expect(glossaryKey(key('9', { altKey: true, code: 'Digit9' }))).toBe(9)
    expect(glossaryKey(key('0', { altKey: true, code: 'Digit0' }))).toBeNull()
    expect(glossaryKey(key('1', { code: 'Digit1' }))).toBeNull()
    expect(glossaryKey(key('1', { altKey: true, ctrlKey: true, code: 'Digit1' }))).toBeNull()
  })

  it('numbers each entity once, in order of first occurrence', () => {
    const term = (start: number, entityId: string, preferred: string | null) => ({ start, end: start + 2, term: entityId, entityId, type: 'PERSON', preferred })
    const { terms, entries } = numberTerms([term(0, 'a', 'A'), term(3, 'b', null), term(6, 'a', 'A')])
    expect(terms.map((t) => t.n)).toEqual([1, 2, 1])
    expect(entries.map((e) => [e.n, e.entityId, e.preferred])).toEqual([
      [1, 'a', 'A'],
      [2, 'b', null]
    ])
  })
})
