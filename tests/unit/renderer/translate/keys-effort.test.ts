import { describe, expect, it } from 'vitest'
import { createEffortTimer } from '../../../../src/renderer/src/features/translate/effort-timer'
import { durationKey, splitDuration } from '../../../../src/renderer/src/features/translate/effort-format'
import { ariaKeys, commandFor, keysOf, matchIndexOf, modLabel, type KeyLike } from '../../../../src/renderer/src/features/translate/keys'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('keyboard map', () => {
  it('Ctrl or ⌘ + Enter confirms; with Shift it goes to the next unconfirmed', () => {
    expect(commandFor(key('Enter', { ctrlKey: true }), true)).toBe('confirm')
    expect(commandFor(key('Enter', { metaKey: true }), true)).toBe('confirm')
    expect(commandFor(key('Enter', { ctrlKey: true, shiftKey: true }), true)).toBe('nextUnconfirmed')
    expect(commandFor(key('Enter'), true)).toBeNull()
    expect(commandFor(key('Enter', { shiftKey: true }), true)).toBeNull()
  })
  it('copies the source and restores the MT, whatever the layout (by key code)', () => {
    expect(commandFor(key('S', { ctrlKey: true, shiftKey: true, code: 'KeyS' }), true)).toBe('copySource')
    expect(commandFor(key('M', { metaKey: true, shiftKey: true, code: 'KeyM' }), true)).toBe('restoreMt')
    // A layout where the key shows another letter: the physical key decides.
    expect(commandFor(key('ы', { ctrlKey: true, shiftKey: true, code: 'KeyS' }), true)).toBe('copySource')
    expect(commandFor(key('s', { ctrlKey: true }), true)).toBeNull()
  })
  it('undo and redo', () => {
    expect(commandFor(key('z', { ctrlKey: true, code: 'KeyZ' }), true)).toBe('undo')
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true, code: 'KeyZ' }), true)).toBe('redo')
    expect(commandFor(key('y', { ctrlKey: true, code: 'KeyY' }), true)).toBe('redo')
  })
  it('Alt+arrows move between rows, Esc leaves, ? opens the help outside text fields only, F1 anywhere', () => {
    expect(commandFor(key('ArrowDown', { altKey: true }), true)).toBe('nextRow')
    expect(commandFor(key('ArrowUp', { altKey: true }), true)).toBe('previousRow')
    expect(commandFor(key('ArrowDown'), true)).toBeNull()
    expect(commandFor(key('Escape'), true)).toBe('leave')
    expect(commandFor(key('?', { shiftKey: true }), false)).toBe('help')
    expect(commandFor(key('?', { shiftKey: true }), true)).toBeNull()
    expect(commandFor(key('F1'), true)).toBe('help')
    expect(commandFor(key('Enter', { ctrlKey: true, altKey: true }), true)).toBeNull()
  })
  it('labels keys per platform, and names them for aria-keyshortcuts', () => {
    expect(modLabel('MacIntel')).toBe('⌘')
    expect(modLabel('Linux x86_64')).toBe('Ctrl')
    expect(keysOf('nextUnconfirmed', 'Ctrl')).toEqual(['Ctrl', 'Shift', 'Enter'])
    expect(ariaKeys('confirm')).toBe('Control+Enter Meta+Enter')
    expect(ariaKeys('nextRow')).toBe('Alt+ArrowDown')
    expect(ariaKeys('leave')).toBe('Escape')
  })
})

describe('effort timer', () => {
  it('counts time between focus and keystrokes while focused', () => {
    const timer = createEffortTimer(20_000)
    timer.focus(0)
    timer.input(2_000)
    timer.input(5_000)
    timer.blur(6_000)
    expect(timer.take(100_000)).toBe(6)
  })
  it('caps a pause at the idle limit and counts nothing while unfocused', () => {
    const timer = createEffortTimer(10_000)
    timer.focus(0)
    timer.input(1_000)
    timer.input(61_000) // a minute away: 10 s count
    timer.blur(62_000)
    timer.input(500_000) // not focused: starts a new stretch, counts nothing yet
    timer.blur(500_000)
    expect(timer.take(600_000)).toBe(12)
  })
  it('take resets but keeps counting from now while focused; peek does not reset', () => {
    const timer = createEffortTimer(20_000)
    timer.focus(0)
    timer.input(3_000)
    expect(timer.peek(4_000)).toBe(4_000)
    expect(timer.take(4_000)).toBe(4)
    timer.input(5_500)
    expect(timer.take(5_500)).toBe(1.5)
    expect(timer.take(5_500)).toBe(0)
  })
  it('ignores a clock going backwards', () => {
    const timer = createEffortTimer()
    timer.focus(5_000)
    timer.input(4_000)
    expect(timer.take(4_000)).toBe(0)
  })
})

describe('durations', () => {
  it('splits and picks the largest unit', () => {
    expect(splitDuration(3725.4)).toEqual({ hours: 1, minutes: 2, seconds: 5 })
    expect(durationKey(42).key).toBe('seconds')
    expect(durationKey(65).key).toBe('minutes')
    expect(durationKey(3600).key).toBe('hours')
    expect(splitDuration(-3)).toEqual({ hours: 0, minutes: 0, seconds: 0 })
  })
})

describe('translation memory keys', () => {
  it('Ctrl/⌘+I inserts the best match, Ctrl/⌘+Alt+1..3 match n (by key code), Ctrl/⌘+Shift+F opens the concordance', () => {
    expect(commandFor(key('i', { ctrlKey: true, code: 'KeyI' }), true)).toBe('insertBestMatch')
    expect(commandFor(key('i', { metaKey: true, code: 'KeyI' }), true)).toBe('insertBestMatch')
    expect(commandFor(key('I', { ctrlKey: true, shiftKey: true, code: 'KeyI' }), true)).toBeNull()
    // macOS gives ¡ for ⌥1: the physical key decides.
    expect(commandFor(key('¡', { metaKey: true, altKey: true, code: 'Digit1' }), true)).toBe('insertMatch1')
    expect(commandFor(key('2', { ctrlKey: true, altKey: true, code: 'Digit2' }), true)).toBe('insertMatch2')
    expect(commandFor(key('3', { ctrlKey: true, altKey: true, code: 'Digit3' }), true)).toBe('insertMatch3')
    expect(commandFor(key('4', { ctrlKey: true, altKey: true, code: 'Digit4' }), true)).toBeNull()
    expect(commandFor(key('1', { altKey: true, code: 'Digit1' }), true)).toBeNull()
    expect(commandFor(key('F', { ctrlKey: true, shiftKey: true, code: 'KeyF' }), true)).toBe('concordance')
    expect(commandFor(key('f', { ctrlKey: true, code: 'KeyF' }), true)).toBeNull()
    expect(matchIndexOf('insertBestMatch')).toBe(0)
    expect(matchIndexOf('insertMatch1')).toBe(0)
    expect(matchIndexOf('insertMatch3')).toBe(2)
    expect(matchIndexOf('confirm')).toBeNull()
    expect(keysOf('insertBestMatch', 'Ctrl')).toEqual(['Ctrl', 'I'])
    expect(keysOf('insertMatch2', '⌘')).toEqual(['⌘', 'Alt', '2'])
  })
})
