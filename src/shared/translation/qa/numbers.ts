import { extractNumbers, parseChineseNumber } from '../numbers'
import { bilingual, type QaParams, type RowCheck } from './types'

const key = (value: number): number => Number(value.toPrecision(12))

/**
 * Ranks written 第 + one numeral before a noun (第二中学 "No. 2 Middle School"): the number
 * extractor skips a lone numeral without a measure word, yet a translation may give it as digits.
 */
function lonelyRanks(text: string, lang: string): number[] {
  if (!/^zh/i.test(lang)) return []
  return Array.from(text.matchAll(/第([二三四五六七八九十])(?![零〇一二两三四五六七八九十百千万亿点])/gu), (m) => parseChineseNumber(m[1]!)?.value ?? 0).map(key)
}

/**
 * Numbers in one side that the other side lacks, by value across writing systems (三千五百万
 * = 35 million). Percent signs are not compared: "6.5%" may become "6.5 percentage points".
 * A rank (第三, 20th) without a counterpart is no finding: it is often worded ("the third").
 */
export const numbersCheck: RowCheck = (row) => {
  const pair = bilingual(row)
  if (pair === null || row.target.trim() === '') return []
  const source = extractNumbers(pair.source, pair.sourceLang)
  const target = extractNumbers(row.target, row.targetLang)
  const sourceValues = new Set([...source.map((n) => key(n.value)), ...lonelyRanks(pair.source, pair.sourceLang)])
  const targetValues = new Set(target.map((n) => key(n.value)))
  const missing = [...new Set(source.filter((n) => !n.ordinal && !targetValues.has(key(n.value))).map((n) => n.text))]
  const extra = [...new Set(target.filter((n) => !n.ordinal && !sourceValues.has(key(n.value))).map((n) => n.text))]
  if (missing.length === 0 && extra.length === 0) return []
  // One side empty: worded for the side that has numbers ("—" alone reads like a dash in the text).
  const params: QaParams = { source: missing.join(', ') || '—', target: extra.join(', ') || '—' }
  if (missing.length === 0) params.context = 'targetOnly'
  else if (extra.length === 0) params.context = 'sourceOnly'
  return [params]
}
