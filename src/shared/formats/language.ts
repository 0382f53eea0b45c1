export type DetectedLanguage = 'zh' | 'en' | 'und'

const HAN = /\p{Script=Han}/gu
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const LATIN = /\p{Script=Latin}/gu
const LATIN_WORD = /\p{Script=Latin}+/gu
const LETTER = /\p{L}/gu

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0

/**
 * The main language of a text as a BCP 47 tag: 'zh', 'en' or 'und'.
 *
 * A Han character carries about as much as a Latin word, so Han characters are weighed
 * against Latin words (not letters): a Chinese article quoting a few English names stays 'zh',
 * an English one quoting a few Chinese names stays 'en'. Text with kana or hangul (Japanese,
 * Korean), text mostly in other scripts (Cyrillic, Arabic…) and text with too few letters to
 * tell are 'und'. 'en' stands for "mostly Latin script", the only other one the archive expects.
 */
export function detectLanguage(text: string): DetectedLanguage {
  // A prefix is plenty to tell, and keeps a 20 MB text from costing seconds.
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  const letters = count(sample, LETTER)
  if (letters < 2) return 'und'
  const han = count(sample, HAN)
  const kanaHangul = count(sample, KANA_HANGUL)
  if (kanaHangul > 0 && kanaHangul >= han * 0.05) return 'und'
  if (han > 0 && han >= count(sample, LATIN_WORD)) return 'zh'
  return count(sample, LATIN) / letters >= 0.5 ? 'en' : 'und'
}
