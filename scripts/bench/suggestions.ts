// Precision and recall of the offline suggestions against the gold set (tests/fixtures/gold),
// per type and overall, with an empty entity registry (a new archive). Figures are printed,
// never asserted. Note: the patterns were tuned on this same gold set, so expect less on
// unseen text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, suggest, type Evaluation, type TypedSpan } from '../../src/shared/annotation'

interface Gold {
  id: string
  text: string
  mentions: (TypedSpan & { exact: string })[]
}

const dir = join(process.cwd(), 'tests/fixtures/gold')
const gold: Gold[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold)

function run(): { evaluation: Evaluation; ms: number } {
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
  return { evaluation: evaluate(goldSpans, predicted), ms }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
function print(title: string, { evaluation, ms }: ReturnType<typeof run>): void {
  console.log(`\n${title} (${ms.toFixed(1)} ms for ${gold.length} articles)`)
  console.log('type      precision  recall     F1   (tp/fp/fn)')
  const rows = Object.entries(evaluation.perType).sort(([a], [b]) => a.localeCompare(b))
  for (const [type, s] of [...rows, ['overall', evaluation.overall] as const]) {
    console.log(`${type.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}   (${s.truePositives}/${s.falsePositives}/${s.falseNegatives})`)
  }
}

const mentions = gold.reduce((n, g) => n + g.mentions.length, 0)
console.log(`gold set: ${gold.length} articles, ${mentions} mentions (exact span and type must match)`)
print('suggestions (patterns; no entity registry yet)', run())
