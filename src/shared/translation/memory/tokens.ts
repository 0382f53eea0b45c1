import { wordTokens } from '../tokens'

/** Han, kana and hangul: scripts whose characters are each a token for matching. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * The tokens fuzzy matching compares: Intl.Segmenter words, case-folded, whitespace dropped,
 * punctuation kept; a word in a CJK script is split into its characters, so that a one-character
 * change in Chinese costs one edit whatever the segmenter made of the words around it.
 */
export function memoryTokens(text: string, lang: string): string[] {
  const tokens: string[] = []
  for (const word of wordTokens(text.normalize('NFC'), lang)) {
    const folded = word.toLocaleLowerCase()
    if (CJK.test(folded)) tokens.push(...Array.from(folded))
    else tokens.push(folded)
  }
  return tokens
}

/** The base language of a tag, lower case: `zh-CN` → `zh`. */
export const baseLanguage = (lang: string): string => (lang.split(/[-_]/)[0] ?? lang).toLowerCase()
