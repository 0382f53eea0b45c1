import { isUnspacedChar } from '../../segmentation/words'
import { ImportFailure } from '../failure'
import type { ImportedSpan } from '../interchange/imported'
import { tagTypeName } from '../interchange/tag-names'

export interface ParsedConll {
  /** Tokens joined back into text: one sentence per line. */
  text: string
  spans: ImportedSpan[]
}

const TAG = /^(?:O|([BIES])-(.+))$/
/** Punctuation that sticks to the token before it, or (opening) after it. */
const CLOSING = /^[.,;:!?)\]}%'"”’»…]+$/u
const OPENING = /^[([{“‘«$]+$/u
/** CJK punctuation and full-width forms, which take no space around them either. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/

const unspaced = (char: string): boolean => isUnspacedChar(char) || CJK_PUNCTUATION.test(char)

/** Whether a space separates two tokens when the text is put back together. */
function spaceBetween(previous: string, next: string): boolean {
  const last = [...previous].pop() ?? ''
  const first = [...next][0] ?? ''
  if (unspaced(last) || unspaced(first)) return false
  return !CLOSING.test(next) && !OPENING.test(previous)
}

/**
 * CoNLL IOB2 (also read: the CoNLL-2003 four-column layout, where the tag is the last column;
 * IOB1's I- after O and IOBES's S-/E-, read as B-/I-). `-DOCSTART-` lines and `#` comments are
 * skipped. The text is rebuilt from the tokens: a space between tokens except around Chinese
 * and punctuation, one sentence per line. A line that is not a token and a tag fails the file.
 */
export function parseConll(input: string): ParsedConll {
  const sentences: string[] = []
  const spans: ImportedSpan[] = []
  let sentence = ''
  let offset = 0
  let previous = ''
  let open: ImportedSpan | null = null
  const endSentence = (): void => {
    open = null
    if (sentence === '') return
    sentences.push(sentence)
    offset += [...sentence].length + 1
    sentence = ''
    previous = ''
  }
  input
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim()
      if (line === '') return endSentence()
      if (line.startsWith('-DOCSTART-')) return endSentence()
      const columns = line.split(/\t| +/)
      if (columns.length < 2) {
        if (line.startsWith('#')) return
        throw new ImportFailure('import.conllMalformedLine', { line: i + 1 })
      }
      const token = columns[0]!
      const match = TAG.exec(columns[columns.length - 1]!)
      if (!match) throw new ImportFailure('import.conllMalformedLine', { line: i + 1 })
      const joiner = previous !== '' && spaceBetween(previous, token) ? ' ' : ''
      sentence += joiner
      const start = offset + [...sentence].length
      sentence += token
      previous = token
      const end = start + [...token].length
      const [, prefix, label] = match
      if (prefix === undefined) {
        open = null
        return
      }
      const type = tagTypeName(label!)
      if (type === null) throw new ImportFailure('import.conllMalformedLine', { line: i + 1 })
      const continues = (prefix === 'I' || prefix === 'E') && open !== null && open.type === type
      if (continues) open!.end = end
      else {
        open = { key: `C${spans.length + 1}`, type, start, end, note: '', attributes: {}, reference: null }
        spans.push(open)
      }
      if (prefix === 'E' || prefix === 'S') open = null
    })
  endSentence()
  return { text: sentences.join('\n'), spans }
}
