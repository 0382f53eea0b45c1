import { type QaRow, type RowCheck } from './types'

/** Segments shorter than this (non-space characters) vary too much to judge. */
const MIN_SOURCE = 10
/** A ratio this many times above or below the article's norm is flagged. */
const FACTOR = 2
/** Rows needed before the article has a norm. */
const MIN_ROWS = 3

const size = (text: string): number => [...text.replace(/\s+/gu, '')].length

function ratio(row: QaRow): number | null {
  if (row.source === null) return null
  const source = size(row.source)
  const target = size(row.target)
  return source >= MIN_SOURCE && target > 0 ? target / source : null
}

/** The article's typical target/source length ratio: the median over its rows, or null when it has too few. */
export function lengthNorm(rows: QaRow[]): number | null {
  const ratios = rows.map(ratio).filter((r): r is number => r !== null).sort((x, y) => x - y)
  return ratios.length < MIN_ROWS ? null : (ratios[Math.floor(ratios.length / 2)] as number)
}

const round = (n: number): number => Math.round(n * 10) / 10

/** A target far longer or shorter than the article's norm (a truncated or padded MT). */
export const lengthCheck: RowCheck = (row, context) => {
  const here = ratio(row)
  const typical = context.lengthNorm
  if (here === null || typical === null) return []
  return here > typical * FACTOR || here < typical / FACTOR ? [{ ratio: round(here), norm: round(typical) }] : []
}
