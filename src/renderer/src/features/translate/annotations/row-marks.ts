import { asCodePoint, asUtf16, type OffsetMap } from '@shared/anchoring'
import type { Alignment, Annotation, TextVersion } from '@shared/model'
import type { ProjectedMention } from '@shared/translation/projection'
import { placeAnnotations, type Placed } from '../../annotate/text/layout'

/** A projected mention placed in a cell (UTF-16 of the cell's text), with what it came from. */
export interface ProjectedPlaced extends Placed {
  mention: ProjectedMention
}

/** What one cell of a row shows over its text: annotations and projected mentions. */
export interface CellMarks {
  versionId: string
  /** The cell's text these were placed on: a row shown from an older read is left plain. */
  text: string
  /** Code-point offset of the cell's text in its version. */
  start: number
  /** UTF-16 offsets in `text`, stacking levels as in the reader. */
  marks: Placed[]
  projected: ProjectedPlaced[]
}

export interface RowMarks {
  /** Null when the row has no source (monolingual, or a 0-1 bead). */
  source: CellMarks | null
  target: CellMarks
}

/** A projected mention's identity: where it lies and what it would link to. */
export const projectionKey = (p: ProjectedMention): string => `${p.versionId}:${p.start}:${p.end}:${p.entityId}`

export interface RowMarksInput {
  alignment: Alignment
  source: TextVersion | null
  target: TextVersion
  /** Offset maps of the two versions' texts (made once per text). */
  maps: { source: OffsetMap | null; target: OffsetMap }
  annotations: readonly Annotation[]
  projections: readonly ProjectedMention[]
}

interface Cell {
  rowId: string
  /** UTF-16 range of the cell in its version's text. */
  from: number
  to: number
  marks: Placed[]
  projected: ProjectedPlaced[]
}

/**
 * Each row's marks, by row id: the annotations of each side's version cut to the cells they
 * fall in (a span across two rows shows in both), and the projected mentions. Once per change
 * of the article, never per keystroke: O((rows + annotations) log rows).
 */
export function buildRowMarks({ alignment, source, target, maps, annotations, projections }: RowMarksInput): Map<string, RowMarks> {
  const sourceCells = source && maps.source ? sideCells(alignment, 'source', source, maps.source, annotations) : null
  const targetCells = sideCells(alignment, 'target', target, maps.target, annotations)!
  for (const mention of projections) {
    const toSource = mention.versionId === source?.id
    const cells = toSource ? sourceCells : mention.versionId === target.id ? targetCells : null
    const map = toSource ? maps.source : maps.target
    const cell = cells?.byRow[mention.row]
    if (!cell || !map) continue
    cell.projected.push({
      id: projectionKey(mention),
      type: mention.type,
      start: (map.toUtf16(asCodePoint(mention.start)) as number) - cell.from,
      end: (map.toUtf16(asCodePoint(mention.end)) as number) - cell.from,
      level: 0,
      mention
    })
  }
  const out = new Map<string, RowMarks>()
  alignment.rows.forEach((row, i) => {
    const t = targetCells.byRow[i]!
    const s = sourceCells?.byRow[i] ?? null
    out.set(row.id, {
      source: s && source && maps.source ? cellMarks(s, source, maps.source) : null,
      target: cellMarks(t, target, maps.target)
    })
  })
  return out
}

function cellMarks(cell: Cell, version: TextVersion, map: OffsetMap): CellMarks {
  return { versionId: version.id, text: version.text.slice(cell.from, cell.to), start: map.toCodePoint(asUtf16(cell.from)) as number, marks: cell.marks, projected: cell.projected }
}

/** The cells of one side (null where the row has no span there), with the version's annotations cut into them. */
function sideCells(alignment: Alignment, side: 'source' | 'target', version: TextVersion, map: OffsetMap, annotations: readonly Annotation[]): { byRow: (Cell | null)[] } | null {
  const byRow: (Cell | null)[] = alignment.rows.map((row) => {
    const span = side === 'source' ? row.source : row.target
    if (!span) return null
    return { rowId: row.id, from: map.toUtf16(asCodePoint(span.start)) as number, to: map.toUtf16(asCodePoint(span.end)) as number, marks: [], projected: [] }
  })
  const cells = byRow.filter((c): c is Cell => c !== null && c.to > c.from).sort((a, b) => a.from - b.from)
  for (const mark of placeAnnotations(annotations, version.id, map)) {
    for (let i = lastStartingBefore(cells, mark.start + 1); i >= 0 && i < cells.length; i++) {
      const cell = cells[i]!
      if (cell.from >= mark.end) break
      const start = Math.max(mark.start, cell.from)
      const end = Math.min(mark.end, cell.to)
      if (end > start) cell.marks.push({ ...mark, start: start - cell.from, end: end - cell.from })
    }
  }
  return { byRow }
}

/** Index of the last cell starting before `limit` (0 when none does: the scan starts there). */
function lastStartingBefore(cells: readonly Cell[], limit: number): number {
  let low = 0
  let high = cells.length - 1
  let found = 0
  while (low <= high) {
    const mid = (low + high) >> 1
    if (cells[mid]!.from < limit) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

const samePlaced = (a: readonly Placed[], b: readonly Placed[]): boolean =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.type === b[i]!.type && x.start === b[i]!.start && x.end === b[i]!.end && x.level === b[i]!.level)

const sameCell = (a: CellMarks | null, b: CellMarks | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.versionId === b.versionId &&
    a.text === b.text &&
    a.start === b.start &&
    samePlaced(a.marks, b.marks) &&
    samePlaced(a.projected, b.projected) &&
    a.projected.every((p, i) => p.mention.fromAnnotation === b.projected[i]!.mention.fromAnnotation))

/** `next` with the objects of `previous` wherever a row's marks did not change: only changed rows re-render. */
export function shareRowMarks(previous: ReadonlyMap<string, RowMarks> | null, next: ReadonlyMap<string, RowMarks>): Map<string, RowMarks> {
  const out = new Map<string, RowMarks>()
  for (const [id, marks] of next) {
    const was = previous?.get(id)
    out.set(id, was && sameCell(was.source, marks.source) && sameCell(was.target, marks.target) ? was : marks)
  }
  return out
}

/** The row whose cells hold the annotation or projected mention `id`, with that id. */
export function rowHolding(rows: ReadonlyMap<string, RowMarks> | null, id: string): { rowId: string; id: string } | null {
  for (const [rowId, marks] of rows ?? []) {
    for (const cell of [marks.source, marks.target]) {
      if (cell && (cell.marks.some((m) => m.id === id) || cell.projected.some((p) => p.id === id))) return { rowId, id }
    }
  }
  return null
}
