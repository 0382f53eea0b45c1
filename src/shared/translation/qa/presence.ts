import { wordTokens } from '../tokens'
import { bilingual, type RowCheck } from './types'

/** A target left empty where there is something to translate. */
export const emptyCheck: RowCheck = (row) =>
  row.target.trim() === '' && (row.source === null || row.source.trim() !== '') ? [{}] : []

const normalise = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/gu, ' ')

/**
 * A target identical to its source. A lone word (a name, "CCTV", "2024") may rightly stay
 * as it is, so only text with two or more words counts.
 */
export const sameAsSourceCheck: RowCheck = (row) => {
  const pair = bilingual(row)
  if (pair === null || normalise(pair.source) !== normalise(row.target)) return []
  return wordTokens(row.target, row.targetLang).filter((t) => /\p{L}/u.test(t)).length >= 2 ? [{}] : []
}
