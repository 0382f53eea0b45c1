/**
 * Segment and align a generated 2,000-segment zh–en article (goal ≤ 300 ms), against a
 * baseline measured in the same run: a plain Intl.Segmenter sentence pass over both texts,
 * paragraph by paragraph. One pass over each whole text is timed once too: V8's iterator
 * slows down more than linearly on long strings, which is why segmentSentences works in windows.
 * The English side has realistic irregularities: one Chinese sentence in 20 becomes two
 * English ones, one pair in 20 is joined into one, one in 50 is dropped; paragraphs every 8
 * sentences. The alignment is scored against the generator's own beads.
 * Prints figures, never asserts. Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/translation.ts [segments]
 */
import { performance } from 'node:perf_hooks'
import { asCodePoint, createOffsetMap, type OffsetMap } from '../../src/shared/anchoring/code-points'
import { alignSegments, type Bead } from '../../src/shared/translation/align'
import { segmentSentences, type Span } from '../../src/shared/translation/segment'

const SEGMENTS = Number(process.argv[2] ?? 2_000)
const ROUNDS = 7

const PLACES = ['新阳区', '东湖街道', '城关镇', '河西社区']
const PLACES_EN = ['Xinyang District', 'Donghu Subdistrict', 'Chengguan Town', 'Hexi Community']

/**
 * A deterministic article: Chinese sentences, their English renderings, and the beads a
 * perfect aligner would find (to score the alignment, not only time it).
 */
function generate(count: number): { zh: string; en: string; truth: string[] } {
  const zh: string[] = []
  const en: string[] = []
  const truth: string[] = []
  const zhSentence = (i: number): string => {
    const place = PLACES[i % PLACES.length] as string
    const n = ((i * 37) % 900) + 12
    return i % 3 === 0 ? `${place}今年共投入${n}万元用于道路和河道整治，居民们对此表示欢迎。` : `据介绍，${place}的第${i + 1}项工程已经完工，共有${n}名工人参加。`
  }
  const enSentence = (i: number): string => {
    const place = PLACES_EN[i % PLACES_EN.length] as string
    const n = ((i * 37) % 900) + 12
    return i % 3 === 0
      ? `This year ${place} invested ${(n * 10_000).toLocaleString('en-US')} yuan in roads and rivers, which residents welcomed.`
      : `Project number ${i + 1} in ${place} has been completed, with ${n} workers taking part.`
  }
  for (let i = 0; i < count; i++) {
    const paragraph = (k: number): string => (k % 8 === 7 ? '\n' : '')
    if (i % 20 === 10 && i + 1 < count) {
      // Two Chinese sentences joined into one English sentence (2-1).
      const joined = `${enSentence(i).replace(/\.$/, ';')} ${enSentence(i + 1).replace(/^./, (c) => c.toLowerCase())}`
      zh.push(zhSentence(i) + paragraph(i), zhSentence(i + 1) + paragraph(i + 1))
      en.push(joined + (paragraph(i) || paragraph(i + 1) || ' '))
      truth.push(`${zhSentence(i)}${paragraph(i)}${zhSentence(i + 1)}\u0000${joined}`)
      i++
      continue
    }
    zh.push(zhSentence(i) + paragraph(i))
    if (i % 50 === 49) {
      // Dropped by the "engine" (1-0).
      if (paragraph(i)) en.push('\n')
      truth.push(`${zhSentence(i)}\u0000`)
    } else if (i % 20 === 5) {
      // One long Chinese sentence rendered as two English ones (1-2).
      const long = zhSentence(i).replace(/。$/, '，有关负责人表示工程进展顺利。')
      zh[zh.length - 1] = long + paragraph(i)
      const two = `${enSentence(i)} Officials said the work had gone smoothly.`
      en.push(two + (paragraph(i) || ' '))
      truth.push(`${long}\u0000${two}`)
    } else {
      en.push(enSentence(i) + (paragraph(i) || ' '))
      truth.push(`${zhSentence(i)}\u0000${enSentence(i)}`)
    }
  }
  return { zh: zh.join(''), en: en.join('').replace(/ \n/g, '\n').replace(/\n+/g, '\n'), truth }
}

function time(run: () => void): number {
  const times: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now()
    run()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number
}

const { zh, en, truth } = generate(SEGMENTS)
const ms = (n: number): string => `${n.toFixed(1)} ms`

const plainPass = (whole: boolean) => (): void => {
  for (const [text, lang] of [[zh, 'zh'], [en, 'en']] as const) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    for (const part of whole ? [text] : text.split('\n')) for (const segment of segmenter.segment(part)) void segment
  }
}
const plain = time(plainPass(false))
const wholeStart = performance.now()
plainPass(true)()
const whole = performance.now() - wholeStart
let sourceCount = 0
let targetCount = 0
const segmentation = time(() => {
  sourceCount = segmentSentences(zh, 'zh').length
  targetCount = segmentSentences(en, 'en').length
})
const source = { text: zh, lang: 'zh', spans: segmentSentences(zh, 'zh') }
const target = { text: en, lang: 'en', spans: segmentSentences(en, 'en') }
let beads: Bead[] = []
const alignment = time(() => {
  beads = alignSegments(source, target)
})
/** How many of the generator's beads the aligner finds exactly (sentences repeat: a multiset). */
function score(zhText: string, enText: string, expectedBeads: string[], found: Bead[]): number {
  const sourceMap = createOffsetMap(zhText)
  const targetMap = createOffsetMap(enText)
  const slice = (whole: string, map: OffsetMap, span: Span): string => whole.slice(map.toUtf16(asCodePoint(span.start)), map.toUtf16(asCodePoint(span.end)))
  const expected = new Map<string, number>()
  for (const bead of expectedBeads) expected.set(bead, (expected.get(bead) ?? 0) + 1)
  let right = 0
  for (const bead of found) {
    const key = `${slice(zhText, sourceMap, bead.source)}\u0000${slice(enText, targetMap, bead.target)}`
    const left = expected.get(key) ?? 0
    if (left > 0) {
      right++
      expected.set(key, left - 1)
    }
  }
  return right
}
const right = score(zh, en, truth, beads)
// The same article with every number taken out: what the number anchors are worth.
const strip = (t: string): string => t.replace(/\d+(?:,\d{3})*/g, '')
const [zhBare, enBare] = [strip(zh), strip(en)]
const bare = alignSegments({ text: zhBare, lang: 'zh', spans: segmentSentences(zhBare, 'zh') }, { text: enBare, lang: 'en', spans: segmentSentences(enBare, 'en') })
const rightBare = score(zhBare, enBare, truth.map(strip), bare)
const total = time(() => {
  alignSegments({ text: zh, lang: 'zh', spans: segmentSentences(zh, 'zh') }, { text: en, lang: 'en', spans: segmentSentences(en, 'en') })
})
const percent = (n: number): string => `${((100 * n) / truth.length).toFixed(1)}%`

console.log(`article: ${sourceCount} Chinese and ${targetCount} English segments (${[...zh].length + [...en].length} characters), median of ${ROUNDS} runs`)
console.log(`baseline, plain Intl.Segmenter pass over both texts, by paragraph: ${ms(plain)}`)
console.log(`  (the same pass over each whole text, once: ${ms(whole)})`)
console.log(`segmentSentences (exception layer, 4 KB windows), both texts:    ${ms(segmentation)} (${(segmentation / plain).toFixed(1)}x the baseline)`)
console.log(`alignSegments (Gale–Church + anchors), ${beads.length} beads:              ${ms(alignment)}`)
console.log(`  beads exactly as generated: ${right} of ${truth.length} (${percent(right)}); with the numbers taken out: ${rightBare} (${percent(rightBare)})`)
console.log(`segment + align: ${ms(total)} (goal <= 300 ms: ${total <= 300 ? 'met' : 'missed'})`)
