import { describe, expect, it } from 'vitest'
import { NO_TICKS, tick, tickAll, untick } from '../../../../src/renderer/src/features/batch/selection'

const order = ['a', 'b', 'c', 'd', 'e']
const ids = (state: { ids: ReadonlySet<string> }) => [...state.ids].sort()

describe('ticking library rows', () => {
  it('ticks and unticks one row with a click', () => {
    const one = tick(NO_TICKS, order, 'b', false)
    expect(ids(one)).toEqual(['b'])
    expect(ids(tick(one, order, 'b', false))).toEqual([])
  })

  it('ticks the range from the anchor with shift, either direction, keeping earlier ticks', () => {
    const start = tick(tick(NO_TICKS, order, 'a', false), order, 'd', false)
    expect(ids(tick(start, order, 'b', true))).toEqual(['a', 'b', 'c', 'd'])
    const down = tick(tick(NO_TICKS, order, 'b', false), order, 'e', true)
    expect(ids(down)).toEqual(['b', 'c', 'd', 'e'])
    // The anchor stays: a second shift-click extends from the same row.
    expect(ids(tick(down, order, 'c', true))).toEqual(['b', 'c', 'd', 'e'])
  })

  it('treats a shift-click without an anchor in view as a plain click', () => {
    expect(ids(tick(NO_TICKS, order, 'c', true))).toEqual(['c'])
    expect(ids(tick({ ids: new Set(['z']), anchor: 'z' }, order, 'c', true))).toEqual(['c', 'z'])
  })

  it('selects all given ids, and forgets those removed from the library', () => {
    const all = tickAll(['a', 'x', 'y'])
    expect(ids(untick(all, ['x']))).toEqual(['a', 'y'])
    expect(untick(all, ['q'])).toBe(all)
  })
})
