import { describe, expect, it } from 'vitest'
import { filterRows, findingCounts, NO_FILTER, nextUnconfirmed, rowsWithFindings } from '../../../../src/renderer/src/features/translate/filter'
import { confirmedShare, progressParts, statusCounts } from '../../../../src/renderer/src/features/translate/progress'
import { confirmedStatus, isUnconfirmed } from '../../../../src/renderer/src/features/translate/status'
import type { QaFinding, SegmentStatus } from '../../../../src/renderer/src/features/translate/types'

const rows = (['initial', 'translated', 'initial', 'reviewed', 'final', 'initial'] as SegmentStatus[]).map((status, i) => ({ id: `r${i + 1}`, status }))
const finding = (rowId: string, check: QaFinding['check'], severity: QaFinding['severity'] = 'warning'): QaFinding => ({ rowId, segment: Number(rowId.slice(1)), check, severity, params: {}, message: check })
const findings = [finding('r2', 'doubled-word'), finding('r3', 'numbers', 'error'), finding('r2', 'numbers', 'error')]

describe('progress by status', () => {
  it('counts each status and the total', () => {
    expect(statusCounts(rows)).toEqual({ initial: 3, translated: 1, reviewed: 1, final: 1, total: 6 })
    expect(statusCounts([])).toEqual({ initial: 0, translated: 0, reviewed: 0, final: 0, total: 0 })
  })
  it('gives the bar parts furthest status first, as shares summing to one', () => {
    const parts = progressParts(statusCounts(rows))
    expect(parts.map((p) => p.status)).toEqual(['final', 'reviewed', 'translated', 'initial'])
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1)
    expect(progressParts(statusCounts([])).every((p) => p.share === 0)).toBe(true)
  })
  it('confirmed share counts everything past initial', () => {
    expect(confirmedShare(statusCounts(rows))).toBeCloseTo(0.5)
    expect(confirmedShare(statusCounts([]))).toBe(0)
  })
})

describe('confirming', () => {
  it('initial → translated → reviewed, and no further', () => {
    expect(confirmedStatus('initial')).toBe('translated')
    expect(confirmedStatus('translated')).toBe('reviewed')
    expect(confirmedStatus('reviewed')).toBe('reviewed')
    expect(confirmedStatus('final')).toBe('final')
    expect(isUnconfirmed('initial')).toBe(true)
    expect(isUnconfirmed('translated')).toBe(false)
  })
})

describe('filtering', () => {
  it('passes the same array through when nothing is filtered', () => {
    expect(filterRows(rows, NO_FILTER, findings)).toBe(rows)
  })
  it('filters by one or several statuses', () => {
    expect(filterRows(rows, { statuses: ['initial'], check: null }, []).map((r) => r.id)).toEqual(['r1', 'r3', 'r6'])
    expect(filterRows(rows, { statuses: ['reviewed', 'final'], check: null }, []).map((r) => r.id)).toEqual(['r4', 'r5'])
  })
  it('filters by a QA check, by any finding, and combines with status', () => {
    expect(filterRows(rows, { statuses: [], check: 'numbers' }, findings).map((r) => r.id)).toEqual(['r2', 'r3'])
    expect(filterRows(rows, { statuses: [], check: 'doubled-word' }, findings).map((r) => r.id)).toEqual(['r2'])
    expect(filterRows(rows, { statuses: [], check: 'any' }, findings).map((r) => r.id)).toEqual(['r2', 'r3'])
    expect(filterRows(rows, { statuses: ['initial'], check: 'numbers' }, findings).map((r) => r.id)).toEqual(['r3'])
    expect(filterRows(rows, { statuses: [], check: 'empty' }, findings)).toEqual([])
  })
  it('counts findings per check and lists flagged rows', () => {
    expect([...findingCounts(findings)]).toEqual([
      ['doubled-word', 1],
      ['numbers', 2]
    ])
    expect([...rowsWithFindings(findings, 'any')].sort()).toEqual(['r2', 'r3'])
  })
})

describe('next unconfirmed', () => {
  it('finds the next initial row after the given one, wrapping around', () => {
    expect(nextUnconfirmed(rows, 0)).toBe(2)
    expect(nextUnconfirmed(rows, 2)).toBe(5)
    expect(nextUnconfirmed(rows, 5)).toBe(0)
    expect(nextUnconfirmed(rows, -1)).toBe(0)
  })
  it('answers the row itself when it is the only one left, and null when none is', () => {
    const one = [{ status: 'translated' as const }, { status: 'initial' as const }]
    expect(nextUnconfirmed(one, 1)).toBe(1)
    expect(nextUnconfirmed([{ status: 'final' as const }], 0)).toBeNull()
    expect(nextUnconfirmed([], -1)).toBeNull()
  })
})
