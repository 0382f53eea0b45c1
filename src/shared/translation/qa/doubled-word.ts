import { wordTokens } from '../tokens'
import { type RowCheck } from './types'

/** English doubles that are grammatical ("he had had enough", "that that"). */
const ALLOWED = new Set(['had', 'that'])
const CONJUNCTIONS = new Set(['and', 'or', '&', '和', '与', '及', '或'])
/** Chinese: one-character reduplication is ordinary (看看, 人人); these particles never double. */
const ZH_PARTICLES = new Set(['的', '了', '是', '在', '和', '与'])

const isWord = (token: string): boolean => /\p{L}/u.test(token)

/** "the the", and reduplication across a conjunction ("entertaining and entertaining"). */
function doubles(text: string, lang: string): string[] {
  const chinese = /^zh/i.test(lang)
  const tokens = wordTokens(text, lang)
  const lower = tokens.map((t) => t.toLowerCase())
  const join = (parts: string[]): string => parts.join(chinese ? '' : ' ')
  const counts = (token: string): boolean =>
    isWord(token) && !ALLOWED.has(token) && (!chinese || [...token].length > 1 || ZH_PARTICLES.has(token))
  const found: string[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = lower[i] as string
    if (!counts(word)) continue
    if (lower[i + 1] === word) found.push(join(tokens.slice(i, i + 2)))
    else if (CONJUNCTIONS.has(lower[i + 1] as string) && lower[i + 2] === word) found.push(join(tokens.slice(i, i + 3)))
  }
  return found
}

/** Doubled words in the target, unless the source doubles words too (emphasis, not a slip). */
export const doubledWordCheck: RowCheck = (row) => {
  const found = doubles(row.target, row.targetLang)
  if (found.length === 0) return []
  if (row.source !== null && row.sourceLang !== null && doubles(row.source, row.sourceLang).length > 0) return []
  return found.map((words) => ({ words }))
}
