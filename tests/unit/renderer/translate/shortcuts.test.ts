import { describe, expect, it } from 'vitest'
import en from '../../../../src/shared/i18n/locales/en/translate.json'
import enTags from '../../../../src/shared/i18n/locales/en/translate-annotations.json'
import { commandFor, type EditorCommand } from '../../../../src/renderer/src/features/translate/keys'
import { shortcutGroups } from '../../../../src/renderer/src/features/translate/shortcuts'

const NAMESPACES: Record<string, unknown> = { translate: en, translateAnnotations: enTags }
const label = (key: string): unknown => {
  const [ns, path] = key.split(':') as [string, string]
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], NAMESPACES[ns])
}

describe('shortcut help', () => {
  const groups = shortcutGroups('Ctrl')
  it('lists every editor command the keyboard map knows, with keys', () => {
    const editor = groups[0]!
    const listed = editor.items.map((item) => item.label.split('.').pop())
    const commands: EditorCommand[] = ['confirm', 'nextUnconfirmed', 'copySource', 'restoreMt', 'undo', 'redo', 'nextRow', 'previousRow', 'leave', 'help']
    expect([...listed].sort()).toEqual([...commands].sort())
    expect(editor.items.every((item) => item.keys.length > 0)).toBe(true)
  })
  it('lists the translation memory keys', () => {
    const memory = groups.find((group) => group.title === 'translate:shortcuts.memory')!
    expect(memory.items.map((item) => item.keys.join('+'))).toEqual(['Ctrl+I', 'Ctrl+Alt+1 / 2 / 3', 'Ctrl+Shift+F'])
    expect(commandFor({ key: 'i', code: 'KeyI', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, true)).toBe('insertBestMatch')
  })
  it('has a label in the locale for every group and item', () => {
    for (const group of groups) {
      expect(typeof label(group.title)).toBe('string')
      for (const item of group.items) expect(typeof label(item.label), item.label).toBe('string')
    }
  })
  it('lists the tagging keys, with the keys that run them', () => {
    const tags = groups.find((group) => group.title === 'translateAnnotations:shortcuts.title')!
    expect(tags.items.map((item) => item.keys.join('+'))).toEqual(['a–z', 'Ctrl+Alt+T', 'Ctrl+Alt+A', 'Esc'])
    expect(commandFor({ key: 'a', code: 'KeyA', ctrlKey: true, metaKey: false, shiftKey: false, altKey: true }, true)).toBe('acceptProjection')
  })
  it('the keys shown for confirm are the keys that confirm', () => {
    expect(commandFor({ key: 'Enter', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, true)).toBe('confirm')
    expect(groups[0]!.items[0]!.keys).toEqual(['Ctrl', 'Enter'])
  })
})
