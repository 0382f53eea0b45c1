import { wordTokens } from './tokens'

/** Longest phrase a shift may move, and farthest it may move it, as in tercom. */
const MAX_SHIFT = 10
const MAX_DISTANCE = 50

interface Alignment {
  cost: number
  /** Per reference token: the hypothesis position it is aligned to (or would be inserted before). */
  refToHyp: number[]
  hypMatched: boolean[]
  refMatched: boolean[]
}

/** Levenshtein distance over tokens, with a backtrace recording which tokens match exactly. */
function align(hyp: string[], ref: string[]): Alignment {
  const n = hyp.length
  const m = ref.length
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= n; i++) {
    const row = d[i] as number[]
    const prev = d[i - 1] as number[]
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (hyp[i - 1] === ref[j - 1] ? 0 : 1)
      row[j] = Math.min(sub, (prev[j] as number) + 1, (row[j - 1] as number) + 1)
    }
  }
  const refToHyp = new Array<number>(m).fill(n)
  const hypMatched = new Array<boolean>(n).fill(false)
  const refMatched = new Array<boolean>(m).fill(false)
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const here = (d[i] as number[])[j] as number
    const same = i > 0 && j > 0 && hyp[i - 1] === ref[j - 1]
    if (i > 0 && j > 0 && here === ((d[i - 1] as number[])[j - 1] as number) + (same ? 0 : 1)) {
      refToHyp[j - 1] = i - 1
      if (same) hypMatched[i - 1] = refMatched[j - 1] = true
      i--
      j--
    } else if (j > 0 && here === ((d[i] as number[])[j - 1] as number) + 1) {
      refToHyp[j - 1] = i
      j--
    } else i--
  }
  return { cost: (d[n] as number[])[m] as number, refToHyp, hypMatched, refMatched }
}

/** Levenshtein distance only, in two rows: the cost of each candidate shift. */
function distance(hyp: string[], ref: string[]): number {
  let prev = Int32Array.from({ length: ref.length + 1 }, (_, j) => j)
  let row = new Int32Array(ref.length + 1)
  for (let i = 1; i <= hyp.length; i++) {
    row[0] = i
    const word = hyp[i - 1]
    for (let j = 1; j <= ref.length; j++) {
      const sub = (prev[j - 1] as number) + (word === ref[j - 1] ? 0 : 1)
      row[j] = Math.min(sub, (prev[j] as number) + 1, (row[j - 1] as number) + 1)
    }
    ;[prev, row] = [row, prev]
  }
  return prev[ref.length] as number
}

/** `tokens` with [from, from + length) moved to stand before position `to` (original indexing). */
function move(tokens: string[], from: number, length: number, to: number): string[] {
  const phrase = tokens.slice(from, from + length)
  const rest = [...tokens.slice(0, from), ...tokens.slice(from + length)]
  const at = to > from ? to - length : to
  return [...rest.slice(0, at), ...phrase, ...rest.slice(at)]
}

/**
 * Translation edit rate's numerator (Snover et al. 2006): greedily apply the phrase shift
 * that most lowers the edit distance, each shift costing one edit, until none helps.
 * Only phrases not already matched are moved, onto reference words not already matched.
 */
function terEdits(hypothesis: string[], ref: string[]): number {
  let hyp = hypothesis
  let shifts = 0
  for (;;) {
    const current = align(hyp, ref)
    let best: { tokens: string[]; cost: number } | null = null
    for (let i = 0; i < hyp.length; i++) {
      if (current.hypMatched[i]) continue
      for (let j = 0; j < ref.length; j++) {
        if (current.refMatched[j]) continue
        for (let length = 1; length <= MAX_SHIFT && i + length <= hyp.length && j + length <= ref.length; length++) {
          if (hyp[i + length - 1] !== ref[j + length - 1]) break
          const targets = new Set([current.refToHyp[j] as number, j > 0 ? (current.refToHyp[j - 1] as number) + 1 : 0])
          for (const to of targets) {
            if ((to >= i && to <= i + length) || Math.abs(to - i) > MAX_DISTANCE) continue
            const tokens = move(hyp, i, length, to)
            const cost = distance(tokens, ref)
            if (cost + 1 < (best?.cost ?? current.cost)) best = { tokens, cost: cost + 1 }
          }
        }
      }
    }
    if (best === null) return current.cost + shifts
    hyp = best.tokens
    shifts++
  }
}

/**
 * TER of post-edit vs MT with shifts (Snover 2006 greedy shifts): edits / post-edit token
 * count; 0 when equal; null when both empty. An emptied segment counts 1 (all deleted).
 */
export function hter(mt: string, postEdit: string, lang: string): number | null {
  const hyp = wordTokens(mt, lang)
  const ref = wordTokens(postEdit, lang)
  if (ref.length === 0) return hyp.length === 0 ? null : 1
  return terEdits(hyp, ref) / ref.length
}
