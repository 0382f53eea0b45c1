import { keysOf, type EditorCommand } from './keys'

export interface ShortcutGroup {
  /** i18n key of the group's title. */
  title: string
  items: { label: string; keys: string[] }[]
}

const EDITOR: EditorCommand[] = ['confirm', 'nextUnconfirmed', 'copySource', 'restoreMt', 'nextRow', 'previousRow', 'undo', 'redo', 'leave', 'help']
const ALIGNMENT: EditorCommand[] = ['splitRow', 'joinRow', 'boundaryUp', 'boundaryDown']

/** Every shortcut of the reader, the annotation tools and the translation editor, for the help (labels are i18n keys). */
export function shortcutGroups(mod: string): ShortcutGroup[] {
  return [
    {
      title: 'translate:shortcuts.editor',
      items: EDITOR.map((command) => ({ label: `translate:shortcuts.command.${command}`, keys: keysOf(command, mod) }))
    },
    {
      title: 'translate:shortcuts.alignment',
      items: [
        ...ALIGNMENT.map((command) => ({ label: `translate:shortcuts.command.${command}`, keys: keysOf(command, mod) })),
        { label: 'translate:shortcuts.command.insertTerm', keys: ['Alt', '1–9'] }
      ]
    },
    {
      title: 'translate:shortcuts.reader',
      items: [
        { label: 'translate:shortcuts.command.previousArticle', keys: ['←'] },
        { label: 'translate:shortcuts.command.nextArticle', keys: ['→'] },
        { label: 'translate:shortcuts.command.backToLibrary', keys: ['Esc'] },
        { label: 'translate:shortcuts.command.zoom', keys: [mod, '+ / −'] },
        { label: 'translate:shortcuts.command.zoomReset', keys: [mod, '0'] }
      ]
    },
    {
      title: 'translate:shortcuts.annotate',
      items: [
        { label: 'translate:shortcuts.command.tag', keys: ['a–z'] },
        { label: 'translate:shortcuts.command.nextAnnotation', keys: ['j / k'] },
        { label: 'translate:shortcuts.command.moveAnnotation', keys: ['Alt', '↑ / ↓'] },
        { label: 'translate:shortcuts.command.note', keys: ['n'] },
        { label: 'translate:shortcuts.command.deleteAnnotation', keys: ['Delete'] },
        { label: 'translate:shortcuts.command.undoAnnotation', keys: [mod, 'Z'] }
      ]
    }
  ]
}
