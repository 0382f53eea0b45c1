import { parseBrat } from '@shared/formats/brat'
import { parseConll } from '@shared/formats/conll'
import { parseDoccano } from '@shared/formats/doccano'
import { ImportFailure } from '@shared/formats/failure'
import type { ImportedAnnotations } from '@shared/formats/interchange/imported'
import { decodeBytes, type DetectedEncoding } from '../decode'
import { MAX_TEXT_CHARS } from '../parse-input'
import type { AnnotatedFormat } from './annotated-format'

/** One article another tool's file holds: its text and the mentions over it (code points). */
export interface AnnotatedArticle extends ImportedAnnotations {
  title: string | null
  text: string
}

export interface ParsedAnnotated {
  format: Exclude<AnnotatedFormat, 'jsonld'>
  encoding: DetectedEncoding
  articles: AnnotatedArticle[]
}

function decoded(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  const result = decodeBytes(bytes)
  if (result.text.trim() === '') throw new ImportFailure('import.empty')
  if (result.text.length > MAX_TEXT_CHARS) throw new ImportFailure('import.textTooLarge', { size: (result.text.length / 1048576).toFixed(1), limit: MAX_TEXT_CHARS / 1048576 })
  return result
}

/**
 * Our texts end lines with "\n" alone. brat counts a "\r" as a character, so offsets after
 * each one move back by one when it is removed.
 */
function withoutCarriageReturns(text: string, annotations: ImportedAnnotations): { text: string; annotations: ImportedAnnotations } {
  if (!text.includes('\r')) return { text, annotations }
  const points = [...text]
  const before: number[] = [0]
  points.forEach((p, i) => before.push(before[i]! + (p === '\r' ? 1 : 0)))
  const shift = (offset: number): number => offset - before[offset]!
  return {
    text: text.replace(/\r\n?/g, '\n'),
    annotations: { ...annotations, spans: annotations.spans.map((s) => ({ ...s, start: shift(s.start), end: shift(s.end) })) }
  }
}

/** A brat `.txt` and its `.ann`: one article, the text exactly as the `.ann` counts it. */
export function parseBratPair(txt: Uint8Array, ann: Uint8Array): ParsedAnnotated {
  const { text, encoding } = decoded(txt)
  const annText = decodeBytes(ann).text
  const fixed = withoutCarriageReturns(text, parseBrat(text, annText))
  return { format: 'brat', encoding, articles: [{ title: null, text: fixed.text, ...fixed.annotations }] }
}

/** A CoNLL IOB2 file (one article) or a doccano JSONL file (one article per line). */
export function parseAnnotatedFile(format: 'conll' | 'doccano', bytes: Uint8Array): ParsedAnnotated {
  const { text, encoding } = decoded(bytes)
  if (format === 'conll') {
    const parsed = parseConll(text)
    if (parsed.text.trim() === '') throw new ImportFailure('import.empty')
    return { format, encoding, articles: [{ title: null, text: parsed.text, spans: parsed.spans, relations: [] }] }
  }
  const records = parseDoccano(text).filter((r) => r.text.trim() !== '')
  if (records.length === 0) throw new ImportFailure('import.empty')
  return { format, encoding, articles: records.map((r) => ({ title: r.title, text: r.text, spans: r.spans, relations: r.relations })) }
}
