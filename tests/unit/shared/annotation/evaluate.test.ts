import { describe, expect, it } from 'vitest'
import { evaluate } from '@shared/annotation'

describe('evaluate', () => {
  it('scores exact span and type matches per type and overall', () => {
    const gold = [
      { start: 0, end: 6, type: 'PERSON' },
      { start: 10, end: 15, type: 'PLACE' },
      { start: 20, end: 25, type: 'DATE' },
      { start: 30, end: 35, type: 'DATE' }
    ]
    const predicted = [
      { start: 0, end: 6, type: 'PERSON' }, // hit
      { start: 10, end: 14, type: 'PLACE' }, // span off by one: fp + fn
      { start: 20, end: 25, type: 'ORG' }, // wrong type: fp (ORG) + fn (DATE)
      { start: 30, end: 35, type: 'DATE' }, // hit
      { start: 30, end: 35, type: 'DATE' } // duplicate counts once
    ]
    const e = evaluate(gold, predicted)
    expect(e.overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 2, precision: 0.5, recall: 0.5, f1: 0.5 })
    expect(e.perType.PERSON).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(e.perType.PLACE).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1, f1: 0 })
    expect(e.perType.DATE).toMatchObject({ truePositives: 1, falseNegatives: 1, precision: 1, recall: 0.5 })
    expect(e.perType.DATE!.f1).toBeCloseTo(2 / 3)
    expect(e.perType.ORG).toMatchObject({ precision: 0, recall: 1 })
  })

  it('handles empty inputs', () => {
    expect(evaluate([], []).overall).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(evaluate([{ start: 0, end: 1, type: 'X' }], []).overall).toMatchObject({ precision: 1, recall: 0, f1: 0 })
  })
})
