import { ImportFailure } from '../failure'
import type { ImportedAnnotations, ImportedReference, ImportedRelation, ImportedSpan } from '../interchange/imported'
import { relationTypeName, tagTypeName } from '../interchange/tag-names'

/*
 * Offsets: brat reads the `.txt` as a Python Unicode string and its offsets index that string,
 * so they count characters as Python does. Python 3 (and the wide, UCS-4 builds of Python 2
 * that Linux distributions shipped) index by Unicode code points, which is what we write and
 * read. Only narrow (UTF-16) Python 2 builds counted otherwise, and only after a character
 * outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph).
 */

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/
const R_LINE = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$/
const A_LINE = /^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?\s*$/
const N_LINE = /^(N\d+)\t\S+ (T\d+) ([^:\s]+):(\S+)\t?(.*)$/
const NOTE_LINE = /^(#\d*)\t\S+ ([TR]\d+)\t(.*)$/

const malformed = (line: number): ImportFailure => new ImportFailure('import.annMalformedLine', { line })
const unknownId = (line: number, id: string): ImportFailure => new ImportFailure('import.annUnknownId', { line, id })

/** Whitespace-insensitive comparison: brat joins fragments with a space and may keep line breaks. */
const squash = (value: string): string => value.replace(/\s+/g, ' ').trim()

function textBound(match: RegExpExecArray, lineNo: number, points: readonly string[]): ImportedSpan {
  const [, key, label, ranges, covered] = match as unknown as [string, string, string, string, string]
  const type = tagTypeName(label)
  if (type === null) throw malformed(lineNo)
  const parts = ranges.split(';').map((range) => range.split(' ').map(Number) as [number, number])
  for (const [start, end] of parts) {
    if (end > points.length) throw new ImportFailure('import.annOffsetPastEnd', { line: lineNo, end, length: points.length })
    if (end <= start) throw malformed(lineNo)
  }
  const found = parts.map(([s, e]) => points.slice(s, e).join('')).join(' ')
  if (squash(found) !== squash(covered)) throw new ImportFailure('import.annTextMismatch', { line: lineNo, expected: covered.slice(0, 80), found: found.slice(0, 80) })
  // Our mentions are one span: discontinuous fragments become the span from the first to the last.
  const start = Math.min(...parts.map(([s]) => s))
  const end = Math.max(...parts.map(([, e]) => e))
  return { key, type, start, end, note: '', attributes: {}, reference: null }
}

function reference(db: string, id: string, name: string): ImportedReference {
  return { db: db.toLowerCase(), id, name: name.trim() }
}

/**
 * A brat `.ann` file over its `.txt`: T (text-bound; discontinuous fragments joined into one
 * span), R (relations), A/M (the Negated and Uncertain flags; others are ignored), N
 * (normalisation: the entity reference), # (AnnotatorNotes). Event (E) and equivalence (*)
 * lines have no counterpart and are skipped. A malformed line, an offset past the end of the
 * text, a span whose text differs from the line's, or a reference to an unknown id fails the
 * whole file, naming the line.
 */
export function parseBrat(text: string, ann: string): ImportedAnnotations {
  const points = [...text]
  const lines = ann.replace(/^\uFEFF/, '').split(/\r?\n/)
  const spans = new Map<string, ImportedSpan>()
  lines.forEach((line, i) => {
    if (!line.startsWith('T')) return
    const match = T_LINE.exec(line)
    if (!match) throw malformed(i + 1)
    spans.set(match[1]!, textBound(match, i + 1, points))
  })
  const relations = new Map<string, ImportedRelation>()
  lines.forEach((raw, i) => {
    const lineNo = i + 1
    const line = raw.trimEnd()
    if (line === '' || line.startsWith('T') || line.startsWith('E') || line.startsWith('*')) return
    const span = (id: string): ImportedSpan => {
      const found = spans.get(id)
      if (!found) throw unknownId(lineNo, id)
      return found
    }
    let match: RegExpExecArray | null
    if ((match = R_LINE.exec(line))) {
      const type = relationTypeName(match[2]!)
      if (type === null) throw malformed(lineNo)
      relations.set(match[1]!, { type, from: span(match[3]!).key, to: span(match[4]!).key, note: '' })
    } else if ((match = A_LINE.exec(line))) {
      const target = span(match[3]!)
      const name = match[2]!.toLowerCase()
      if (name === 'negated' || name === 'negation') target.attributes.negated = true
      if (name === 'uncertain' || name === 'speculation') target.attributes.uncertain = true
    } else if ((match = N_LINE.exec(line))) {
      span(match[2]!).reference = reference(match[3]!, match[4]!, match[5]!)
    } else if ((match = NOTE_LINE.exec(line))) {
      const id = match[2]!
      const target = id.startsWith('R') ? relations.get(id) : spans.get(id)
      if (!target) throw unknownId(lineNo, id)
      target.note = target.note === '' ? match[3]! : `${target.note}\n${match[3]!}`
    } else {
      throw malformed(lineNo)
    }
  })
  return { spans: [...spans.values()], relations: [...relations.values()] }
}
