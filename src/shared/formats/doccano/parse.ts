import { asUtf16, createOffsetMap } from '../../anchoring/code-points'
import { ImportFailure } from '../failure'
import type { ImportedRelation, ImportedSpan } from '../interchange/imported'
import { relationTypeName, tagTypeName } from '../interchange/tag-names'

/** One record of a doccano JSONL file: an article's text and its labelled spans (code points). */
export interface DoccanoRecord {
  /** 1-based line of the file it came from. */
  line: number
  title: string | null
  text: string
  spans: ImportedSpan[]
  relations: ImportedRelation[]
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

interface RawLabel {
  id: string
  start: unknown
  end: unknown
  label: unknown
}

/** Both shapes: `label`/`labels` as [start, end, "TYPE"] triples, or the newer `entities` objects. */
function rawLabels(record: Json): RawLabel[] | null {
  const triples = record.label ?? record.labels
  if (Array.isArray(triples)) {
    if (!triples.every((t) => Array.isArray(t) && t.length >= 3)) return null
    return (triples as unknown[][]).map((t, i) => ({ id: `L${i + 1}`, start: t[0], end: t[1], label: t[2] }))
  }
  if (Array.isArray(record.entities)) {
    if (!record.entities.every(isObject)) return null
    return (record.entities as Json[]).map((e, i) => ({ id: String(e.id ?? `E${i + 1}`), start: e.start_offset, end: e.end_offset, label: e.label }))
  }
  return triples === undefined ? [] : null
}

function titleOf(record: Json): string | null {
  const meta = isObject(record.meta) ? record.meta : {}
  const title = record.title ?? meta.title
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null
}

/**
 * doccano's JSONL export, one article per line: `{"text": …, "label": [[start, end, "TYPE"], …]}`
 * (or `labels`), or the newer `{"text": …, "entities": [{id, label, start_offset, end_offset}],
 * "relations": [{from_id, to_id, type}]}`. doccano computes offsets in its browser front end,
 * so they count UTF-16 code units (doccano issue #2290); they are turned into code points here.
 * A line that is not such a record, or a label past the end of its text, fails the file.
 */
export function parseDoccano(input: string): DoccanoRecord[] {
  const records: DoccanoRecord[] = []
  input
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1
      if (raw.trim() === '') return
      let record: unknown
      try {
        record = JSON.parse(raw)
      } catch {
        throw new ImportFailure('import.doccanoMalformedLine', { line })
      }
      if (!isObject(record) || typeof record.text !== 'string') throw new ImportFailure('import.doccanoMalformedLine', { line })
      const text = record.text.replace(/\r\n?/g, '\n')
      const labels = rawLabels(record)
      if (labels === null) throw new ImportFailure('import.doccanoMalformedLine', { line })
      const map = createOffsetMap(text)
      const spans = labels.map((label): ImportedSpan => {
        const { start, end } = label
        const type = typeof label.label === 'string' ? tagTypeName(label.label) : null
        if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || type === null) {
          throw new ImportFailure('import.doccanoMalformedLine', { line })
        }
        if ((end as number) > text.length) throw new ImportFailure('import.doccanoOffsetPastEnd', { line, end: end as number, length: text.length })
        const from = map.toCodePoint(asUtf16(start as number))
        const to = map.toCodePoint(asUtf16(end as number))
        return { key: label.id, type, start: from, end: to, note: '', attributes: {}, reference: null }
      })
      const keys = new Set(spans.map((s) => s.key))
      const relations = (Array.isArray(record.relations) ? record.relations.filter(isObject) : []).flatMap((r): ImportedRelation[] => {
        const type = typeof r.type === 'string' ? relationTypeName(r.type) : null
        const from = String(r.from_id)
        const to = String(r.to_id)
        return type !== null && keys.has(from) && keys.has(to) ? [{ type, from, to, note: '' }] : []
      })
      records.push({ line, title: titleOf(record), text, spans, relations })
    })
  return records
}
