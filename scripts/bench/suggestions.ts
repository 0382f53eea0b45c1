// Precision and recall of the offline suggestions against two gold sets, per type and
// overall, with an empty entity registry (a new archive). Figures are printed, never
// asserted. The patterns were tuned on tests/fixtures/gold; tests/fixtures/gold2 was written
// afterwards, after the same guidelines, and is never tuned on: the gap between the two is
// how much the patterns overfit their tuning set, and gold2 is what to expect on new text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, suggest, type Evaluation, type Scores, type TypedSpan } from '../../src/shared/annotation'

interface Gold {
  id: string
  text: string
  mentions: (TypedSpan & { exact: string })[]
}

interface Run {
  name: string
  articles: number
  mentions: number
  evaluation: Evaluation
  ms: number
}

function load(folder: string): Gold[] {
  const dir = join(process.cwd(), 'tests/fixtures', folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold)
}

function run(name: string): Run {
  const gold = load(name)
  const goldSpans: TypedSpan[] = []
  const predicted: TypedSpan[] = []
  let ms = 0
  gold.forEach((article, index) => {
    const offset = index * 1_000_000 // keep spans of different articles apart in one evaluation
    const started = performance.now()
    const suggestions = suggest(article.text)
    ms += performance.now() - started
    goldSpans.push(...article.mentions.map((m) => ({ start: m.start + offset, end: m.end + offset, type: m.type })))
    predicted.push(...suggestions.map((s) => ({ start: s.start + offset, end: s.end + offset, type: s.type })))
  })
  const mentions = gold.reduce((n, g) => n + g.mentions.length, 0)
  return { name, articles: gold.length, mentions, evaluation: evaluate(goldSpans, predicted), ms }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
const points = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`.padStart(7)

function print({ name, articles, mentions, evaluation, ms }: Run, note: string): void {
  console.log(`\n${name}: ${articles} articles, ${mentions} mentions, ${note} (${ms.toFixed(1)} ms)`)
  console.log('type      precision  recall     F1   (tp/fp/fn)')
  const rows = Object.entries(evaluation.perType).sort(([a], [b]) => a.localeCompare(b))
  for (const [type, s] of [...rows, ['overall', evaluation.overall] as const]) {
    console.log(`${type.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}   (${s.truePositives}/${s.falsePositives}/${s.falseNegatives})`)
  }
}

/** Tuning set minus unseen set, in percentage points: what the patterns learnt by heart. */
function printGap(tuned: Run, unseen: Run): void {
  console.log(`\noverfit: ${tuned.name} minus ${unseen.name}, in percentage points`)
  console.log('type      precision  recall     F1')
  const types = [...new Set([...Object.keys(tuned.evaluation.perType), ...Object.keys(unseen.evaluation.perType)])].sort()
  const rows: [string, Scores | undefined, Scores | undefined][] = [
    ...types.map((type): [string, Scores | undefined, Scores | undefined] => [type, tuned.evaluation.perType[type], unseen.evaluation.perType[type]]),
    ['overall', tuned.evaluation.overall, unseen.evaluation.overall]
  ]
  for (const [type, a, b] of rows) {
    if (!a || !b) continue
    console.log(`${type.padEnd(9)} ${points(a.precision - b.precision)}  ${points(a.recall - b.recall)} ${points(a.f1 - b.f1)}`)
  }
}

console.log('suggestions (patterns; no entity registry yet), exact span and type must match')
const tuned = run('gold')
const unseen = run('gold2')
print(tuned, 'the set the patterns were tuned on')
print(unseen, 'written afterwards, never tuned on')
printGap(tuned, unseen)
