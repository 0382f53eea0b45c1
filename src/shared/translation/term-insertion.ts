/** Languages written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese. */
const UNSPACED = /^(zh|ja|th|lo|km|my)(-|$)/i

/** Whether words of `lang` (a BCP 47 tag) are separated by spaces. */
export const usesSpaces = (lang: string): boolean => !UNSPACED.test(lang)

/**
 * What to type for a glossary term put at `caret` (a UTF-16 offset into `text`): the term, after
 * a space when the language separates words with spaces and the caret follows a letter or a
 * digit ("the mayor|" → "the mayor Zhou Mingyuan"); never one in Chinese ("镇长|" → "镇长周明远").
 */
export function termInsertion(text: string, caret: number, term: string, lang: string): string {
  if (!usesSpaces(lang) || term === '' || /^\s/u.test(term)) return term
  const before = Array.from(text.slice(0, caret)).pop()
  return before !== undefined && /[\p{L}\p{N}]/u.test(before) ? ` ${term}` : term
}
