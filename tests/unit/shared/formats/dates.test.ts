import { describe, expect, it } from 'vitest'
import { normaliseDate } from '@shared/formats/dates'

describe('normaliseDate', () => {
  it.each([
    ['2023-03-06', '2023-03-06'],
    ['2023-03-06T08:00:00+08:00', '2023-03-06T08:00:00+08:00'],
    ['2023/3/6', '2023-03-06'],
    ['2023.03.06', '2023-03-06'],
    ['2023年3月6日', '2023-03-06'],
    ['2023年3月6日 10:30', '2023-03-06T10:30:00'],
    ['March 6, 2023', '2023-03-06']
  ])('%s → %s', (raw, iso) => expect(normaliseDate(raw)).toBe(iso))

  it.each(['2023-02-30', 'yesterday', 'March 6', ''])('refuses %j', (raw) => expect(normaliseDate(raw)).toBeNull())
})
