import { useEffect } from 'react'
import { useMenu } from '../../app/use-menu'
import { takesTyping } from '../../components/text-entry'
import { nextUnconfirmed } from './filter'
import { commandFor } from './keys'
import { selectedText } from './memory/selected-text'
import type { SegmentRow } from './types'
import type { useRowFocus } from './use-row-focus'

interface Options {
  focus: ReturnType<typeof useRowFocus>
  visible: readonly SegmentRow[]
  step: (direction: 'undo' | 'redo') => Promise<void>
  openHelp: () => void
  openConcordance: (text: string) => void
}

/**
 * The keys outside the row editor: ? opens the help, Ctrl/⌘+Z and Ctrl/⌘+Shift+Z undo and
 * redo, Enter on the list opens a row again; the app menu's undo and redo too.
 */
export function useEditorKeys({ focus, visible, step, openHelp, openConcordance }: Options) {
  const { activeId, activate, leave, reopen } = focus
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]') || takesTyping(event.target)) return
      const command = commandFor(event, false)
      const onList = event.target instanceof HTMLElement && event.target.classList.contains('tr-list__body')
      if (command === 'help') openHelp()
      else if (command === 'concordance') openConcordance(selectedText())
      // Esc leaves the active row before it leaves the reader.
      else if (command === 'leave' && activeId) leave()
      else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && onList && !activeId && visible.length > 0) reopen()
      else if (command === 'undo' || command === 'redo') void step(command)
      else if ((command === 'confirm' || command === 'nextUnconfirmed') && !activeId && visible.length > 0) {
        const at = nextUnconfirmed(visible, -1)
        activate(visible[at ?? 0]?.id ?? null, true)
      } else return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [step, activeId, visible, activate, leave, reopen, openHelp, openConcordance])
  useMenu((event) => {
    if (event === 'undo' || event === 'redo') void step(event)
  })
}
