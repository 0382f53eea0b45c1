import { describe, expect, it } from 'vitest'
import { gridKeyTarget } from '../../../../src/renderer/src/components/grid-keys'

describe('gridKeyTarget', () => {
  it('moves within the rows and never past either end', () => {
    expect(gridKeyTarget('ArrowDown', 3, 10, 5)).toBe(4)
    expect(gridKeyTarget('ArrowDown', 9, 10, 5)).toBe(9)
    expect(gridKeyTarget('ArrowUp', 0, 10, 5)).toBe(0)
    expect(gridKeyTarget('PageDown', 7, 10, 5)).toBe(9)
    expect(gridKeyTarget('PageUp', 3, 10, 5)).toBe(0)
    expect(gridKeyTarget('Home', 6, 10, 5)).toBe(0)
    expect(gridKeyTarget('End', 2, 10, 5)).toBe(9)
  })

  it('opens with Enter only when there is a row, and ignores other keys', () => {
    expect(gridKeyTarget('Enter', 2, 10, 5)).toBe('open')
    expect(gridKeyTarget('Enter', 0, 0, 5)).toBeNull()
    expect(gridKeyTarget('a', 2, 10, 5)).toBeNull()
  })
})
