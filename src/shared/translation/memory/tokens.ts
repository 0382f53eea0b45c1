/** Han, kana and hangul: scripts whose characters are each a token for matching. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`
const WORD = String.raw`[[\p{L}\p{N}\p{M}]--[${CJK}]]`
/**
 * One CJK character; or a word of letters, digits and marks, joined by an apostrophe, a point
 * or a comma inside it (it's, 6.5, 3,000) as Unicode word segmentation joins them; or any
 * other visible character (punctuation) alone.
 */
const TOKEN = new RegExp(String.raw`[${CJK}]|${WORD}+(?:['’.,]${WORD}+)*|\S`, 'gv')

/**
 * The tokens fuzzy matching compares: Chinese (and Japanese, Korean) by character, other
 * words as Unicode word segmentation cuts them, case-folded, punctuation kept, whitespace
 * dropped. A regular expression rather than Intl.Segmenter: the segmenter's words would be
 * split into characters anyway, and it costs ten times as much on 100,000 units.
 * `lang` is accepted for the day a language needs its own rule.
 */
export function memoryTokens(text: string, _lang: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase().match(TOKEN) ?? []
}

/** The base language of a tag, lower case: `zh-CN` → `zh`. */
export const baseLanguage = (lang: string): string => (lang.split(/[-_]/)[0] ?? lang).toLowerCase()
