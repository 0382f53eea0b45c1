import { describe, expect, it } from 'vitest'
import { hasOwnUndo, takesTyping } from '../../../../src/renderer/src/components/text-entry'

describe('text entry', () => {
  it('knows which focused elements take typed keys (shortcuts stay out)', () => {
    expect(takesTyping({ tagName: 'INPUT', type: 'text' })).toBe(true)
    expect(takesTyping({ tagName: 'SELECT' })).toBe(true)
    expect(takesTyping({ tagName: 'DIV', isContentEditable: true })).toBe(true)
    expect(takesTyping({ tagName: 'BUTTON' })).toBe(false)
    expect(takesTyping(null)).toBe(false)
  })

  it('knows which have an undo history of their own (the menu’s Undo goes there)', () => {
    expect(hasOwnUndo({ tagName: 'TEXTAREA' })).toBe(true)
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'search' })).toBe(true)
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'checkbox' })).toBe(false)
    expect(hasOwnUndo({ tagName: 'SELECT' })).toBe(false)
    expect(hasOwnUndo({ tagName: 'SPAN', isContentEditable: true })).toBe(true)
    expect(hasOwnUndo({ tagName: 'BODY' })).toBe(false)
  })
})
