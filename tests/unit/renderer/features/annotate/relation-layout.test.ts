import { describe, expect, it } from 'vitest'
import { LABEL_HEIGHT, layoutRelations, type Endpoint, type RelationEnds } from '../../../../../src/renderer/src/features/annotate/text/relation-layout'

// Lines 40 px apart; the text of each is 20 px tall, so a 20 px blank band lies above it.
const LINE = 40
const GAP = 20
const at = (x: number, line: number): Endpoint => ({ x, top: 100 + line * LINE, gap: GAP })
const ends = (id: string, from: Endpoint, to: Endpoint, width = 60): RelationEnds => ({ id, label: id, width, from, to })

/** The blank band above line `n`: [top - gap, top). */
const band = (n: number) => ({ top: 100 + n * LINE - GAP, bottom: 100 + n * LINE })

describe('relation layout', () => {
  it('puts each label in the blank band above the higher end, clear of the text', () => {
    const arrows = layoutRelations([ends('a', at(10, 2), at(200, 2)), ends('b', at(300, 3), at(40, 1))], 800)
    const [a, b] = arrows
    expect(a!.box.y).toBeGreaterThanOrEqual(band(2).top)
    expect(a!.box.y + LABEL_HEIGHT).toBeLessThanOrEqual(band(2).bottom)
    expect(b!.box.y).toBeGreaterThanOrEqual(band(1).top)
    expect(b!.box.y + LABEL_HEIGHT).toBeLessThanOrEqual(band(1).bottom)
    expect(a!.box.x + a!.box.width / 2).toBe(105)
  })

  it('keeps labels sharing a band apart, and inside the right edge', () => {
    const row = [ends('a', at(100, 1), at(120, 1), 80), ends('b', at(104, 1), at(124, 1), 80), ends('c', at(560, 1), at(590, 1), 80)]
    const arrows = layoutRelations(row, 600)
    const boxes = arrows.map((a) => a.box).sort((x, y) => x.x - y.x)
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width)
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThanOrEqual(600)
    expect(new Set(boxes.map((b) => b.y)).size).toBe(1)
  })

  it('draws the arc from the source end to the target end', () => {
    const [arrow] = layoutRelations([ends('a', at(10, 0), at(200, 1))], 800)
    expect(arrow!.d.startsWith('M 10 99 ')).toBe(true)
    expect(arrow!.d.endsWith('200 137')).toBe(true)
  })
})
