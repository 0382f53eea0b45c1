/** A span with a type, in any consistent offsets (code points for the gold set). */
export interface TypedSpan {
  start: number
  end: number
  type: string
}

export interface Scores {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  f1: number
}

export interface Evaluation {
  overall: Scores
  perType: Record<string, Scores>
}

function scores(tp: number, fp: number, fn: number): Scores {
  // An empty side scores 1 (nothing wrong was said / nothing was missed), 0/0 included.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 }
}

const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`

/**
 * Precision, recall and F1 of `predicted` against `gold`, per type and overall (micro
 * average). A prediction counts only with the exact span and the exact type: a span one
 * character off is both a false positive and a false negative, as in CoNLL scoring.
 * Duplicates on either side count once.
 */
export function evaluate(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): Evaluation {
  const goldKeys = new Map(gold.map((s) => [key(s), s.type]))
  const predKeys = new Map(predicted.map((s) => [key(s), s.type]))
  const counts = new Map<string, { tp: number; fp: number; fn: number }>()
  const bump = (type: string, field: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 }
    c[field]++
    counts.set(type, c)
  }
  for (const [k, type] of predKeys) bump(type, goldKeys.has(k) ? 'tp' : 'fp')
  for (const [k, type] of goldKeys) if (!predKeys.has(k)) bump(type, 'fn')
  const perType: Record<string, Scores> = {}
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perType[type] = scores(c.tp, c.fp, c.fn)
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  return { overall: scores(tp, fp, fn), perType }
}
