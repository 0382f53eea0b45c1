import { describe, expect, it } from 'vitest'
import { asciiWordSegments, isAscii } from '@shared/formats/conll/ascii-words'

const intl = (text: string, lang: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.segment.trim() !== '').map(({ index, segment }) => ({ index, segment }))

/** A small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const ALPHABET = 'aZq09_.\',;:"-!? \t\r\n\v\f\x00\x1c\x7f$%&()*+/<=>@[\\]^`{|}~#'

describe('ASCII word segments without ICU', () => {
  it('splits news English as Intl.Segmenter does', () => {
    const text = "U.S. officials can't say: 1,000,000.50 yuan (3.5%) on 2024-05-01 at 10:30, e.g. x_y@mail.com."
    expect(asciiWordSegments(text)).toEqual(intl(text, 'en'))
    expect(asciiWordSegments(text).map((s) => s.segment)).toContain("can't")
  })

  it('gives Intl.Segmenter’s segments for any ASCII text, in every language CoNLL may be asked for', () => {
    const next = random(13)
    for (const lang of ['en', 'fr', 'de', 'sv', 'fi', 'zh']) {
      for (let n = 0; n < 5_000; n++) {
        const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('')
        expect(asciiWordSegments(text), `${lang}: ${JSON.stringify(text)}`).toEqual(intl(text, lang))
      }
    }
  })

  it('is taken only for ASCII text', () => {
    expect(isAscii('Plain text, 100%.')).toBe(true)
    expect(isAscii('He said “yes”')).toBe(false)
    expect(isAscii('胡涛')).toBe(false)
  })
})
