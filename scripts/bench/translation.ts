/**
 * Segment and align a generated 2,000-segment zh–en article (goal ≤ 300 ms), against a
 * baseline measured in the same run: a plain Intl.Segmenter sentence pass over both texts,
 * paragraph by paragraph. One pass over each whole text is timed once too: V8's iterator
 * slows down more than linearly on long strings, which is why segmentSentences works in windows.
 * The English side has realistic irregularities: one Chinese sentence in 20 becomes two
 * English ones, two in 20 are joined, one in 50 is dropped, and paragraphs every 8 sentences.
 * Prints figures, never asserts. Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/translation.ts [segments]
 */
import { performance } from 'node:perf_hooks'
import { alignSegments } from '../../src/shared/translation/align'
import { segmentSentences } from '../../src/shared/translation/segment'

const SEGMENTS = Number(process.argv[2] ?? 2_000)
const ROUNDS = 7

const PLACES = ['新阳区', '东湖街道', '城关镇', '河西社区']
const PLACES_EN = ['Xinyang District', 'Donghu Subdistrict', 'Chengguan Town', 'Hexi Community']

/** A deterministic article: Chinese sentences and their English renderings, with numbers as anchors. */
function generate(count: number): { zh: string; en: string } {
  const zh: string[] = []
  const en: string[] = []
  for (let i = 0; i < count; i++) {
    const place = i % PLACES.length
    const n = (i * 37) % 900 + 12
    const zhSentence = i % 3 === 0
      ? `${PLACES[place]}今年共投入${n}万元用于道路和河道整治，居民们对此表示欢迎。`
      : `据介绍，${PLACES[place]}的第${i + 1}项工程已经完工，共有${n}名工人参加。`
    const enSentence = i % 3 === 0
      ? `This year ${PLACES_EN[place]} invested ${n * 10},000 yuan in roads and rivers, which residents welcomed.`
      : `Project number ${i + 1} in ${PLACES_EN[place]} has been completed, with ${n} workers taking part.`
    const paragraph = i % 8 === 7 ? '\n' : ''
    zh.push(zhSentence + paragraph)
    if (i % 50 === 49) en.push(paragraph) // dropped by the "engine"
    else if (i % 20 === 5) en.push(enSentence.replace(', ', '. It says ').replace(/, which| with/, '. $&') + ' ' + paragraph)
    else if (i % 20 === 10) en.push(enSentence.replace(/\.$/, '; ') + paragraph)
    else en.push(enSentence + ' ' + paragraph)
  }
  return { zh: zh.join(''), en: en.join('').replace(/ \n/g, '\n') }
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

const { zh, en } = generate(SEGMENTS)
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
let beads = 0
const alignment = time(() => {
  beads = alignSegments(source, target).length
})
const total = time(() => {
  alignSegments({ text: zh, lang: 'zh', spans: segmentSentences(zh, 'zh') }, { text: en, lang: 'en', spans: segmentSentences(en, 'en') })
})

console.log(`article: ${sourceCount} Chinese and ${targetCount} English segments (${[...zh].length + [...en].length} characters), median of ${ROUNDS} runs`)
console.log(`baseline, plain Intl.Segmenter pass over both texts, by paragraph: ${ms(plain)}`)
console.log(`  (the same pass over each whole text, once: ${ms(whole)})`)
console.log(`segmentSentences (exception layer, 4 KB windows), both texts:    ${ms(segmentation)} (${(segmentation / plain).toFixed(1)}x the baseline)`)
console.log(`alignSegments (Gale–Church + anchors), ${beads} beads:              ${ms(alignment)}`)
console.log(`segment + align: ${ms(total)} (goal <= 300 ms: ${total <= 300 ? 'met' : 'missed'})`)
