import { asUtf16, createOffsetMap } from '../anchoring/code-points'
import { parseEnglishNumbers, type NumberMention } from './english-numbers'

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const ARABIC = /^\d+(?:\.\d+)?$/

const GROUPED = /(?<!\d)\d{1,3}(?:,\d{3})+(?![\d,])/g

/** Full-width digits and signs to ASCII, grouping commas removed ("1,234"); null when a comma is not grouping. */
function normalise(text: string): string | null {
  const ascii = text.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  const bare = ascii.replace(GROUPED, (group) => group.replace(/,/g, ''))
  return bare.includes(',') ? null : bare
}

/**
 * A section below 10,000: digits with 千/百/十 in decreasing order and 零 for skipped units
 * (两千零二十四, 一百零五, 十一). A digit right after 千 or 百 without 零 is the colloquial
 * short form (三千五 = 3500, 一百五 = 150). Arabic digits may stand for a digit (3千).
 */
function parseSection(text: string): number | null {
  if (text === '') return null
  if (ARABIC.test(text)) return Number(text)
  if (text.length === 1 && text in DIGIT) return DIGIT[text] as number
  // Digit by digit, as years are written: 二〇二四, 一九九七.
  if (text.length >= 3 && [...text].every((c) => c in DIGIT && c !== '两')) return Number([...text].map((c) => DIGIT[c]).join(''))
  const tokens = text.match(/\d+(?:\.\d+)?|./gu) ?? []
  let total = 0
  let pending: number | null = null
  let lastUnit = Infinity
  let zero = false
  for (const token of tokens) {
    const unit = SMALL_UNIT[token]
    if (unit !== undefined) {
      if (unit >= lastUnit) return null
      const digit: number | null = pending ?? (unit === 10 && lastUnit === Infinity ? 1 : null)
      if (digit === null) return null
      total += digit * unit
      lastUnit = unit
      pending = null
      zero = false
    } else if (token === '零' || token === '〇') {
      if (pending !== null || lastUnit === Infinity || zero) return null
      zero = true
    } else {
      const digit = ARABIC.test(token) ? Number(token) : DIGIT[token]
      if (digit === undefined || pending !== null) return null
      pending = digit
    }
  }
  if (zero && pending === null) return null
  if (pending !== null) total += !zero && lastUnit >= 100 && lastUnit !== Infinity ? (pending * lastUnit) / 10 : pending
  return total
}

/** An integer part with 万 and 亿 (and 万亿): high × unit + low, recursively. */
function parseInteger(text: string): number | null {
  for (const [mark, unit] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = text.lastIndexOf(mark)
    if (at === -1) continue
    const high = mark === '亿' ? parseInteger(text.slice(0, at)) : parseSection(text.slice(0, at))
    if (high === null || high === 0) return null
    let low = text.slice(at + 1)
    if (low === '') return high * unit
    // 两万五 = 25,000: a lone digit after the unit is the next unit's count.
    if (low.length === 1 && low in DIGIT) return high * unit + (DIGIT[low] as number) * (unit / 10)
    if (low.startsWith('零')) low = low.slice(1)
    const rest = mark === '亿' ? parseInteger(low) : parseSection(low)
    if (rest === null || rest >= unit) return null
    return high * unit + rest
  }
  return parseSection(text)
}

/** Value of a Chinese numeral string (二十, 两千零二十四, 3万, 1.5亿, 百分之六点五 → 6.5 with percent, 二点五), or null. */
export function parseChineseNumber(text: string): { value: number; percent: boolean } | null {
  let body = normalise(text.trim())
  if (body === null || body === '') return null
  let percent = false
  if (body.startsWith('百分之')) {
    percent = true
    body = body.slice(3)
  } else if (body.endsWith('%')) {
    percent = true
    body = body.slice(0, -1)
  }
  if (!/^[\d.零〇一二两三四五六七八九十百千万亿点]+$/u.test(body)) return null
  const decimal = /^(.+)点([零〇一二三四五六七八九\d]+)([万亿]*)$/u.exec(body)
  let value: number | null
  if (decimal) {
    const whole = parseInteger(decimal[1] as string)
    const fraction = Number(`0.${[...(decimal[2] as string)].map((c) => DIGIT[c] ?? c).join('')}`)
    const scale = [...(decimal[3] as string)].reduce((s, c) => s * (c === '亿' ? 1e8 : 1e4), 1)
    value = whole === null || whole >= 1e4 ? null : (whole + fraction) * scale
  } else value = parseInteger(body)
  return value === null || !Number.isFinite(value) ? null : { value, percent }
}

/** Numeral words that are not numbers: 十分 "very", 千万 "by all means", 万一 "in case", … */
const IDIOMS = /十分|万分|千万(?![人元吨台辆户家])|万一|一一|百姓|千方百计|四面八方|五花八门|七上八下|乱七八糟|一五一十|三心二意|九牛一毛|独一无二|十全十美|万万/gu
/** Measure words after which a single numeral character is a count (三个, 五年). */
const MEASURE = /[个名位人年天次家项条件所座辆元岁倍届期批栋户只场种台部架艘吨米斤周号日层篇本张份起例支]/u
const CANDIDATE = /(?:百分之)?(?:[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?[十百千万亿]*|[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿点]*)[%％]?/gu

function chineseNumbers(text: string): NumberMention[] {
  const idioms = Array.from(text.matchAll(IDIOMS), (m) => [m.index, m.index + m[0].length] as const)
  const blocked = (at: number): boolean => idioms.some(([from, to]) => at >= from && at < to)
  const found: NumberMention[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0].replace(/点+$/u, '')
    const start = m.index
    if (raw === '' || blocked(start)) continue
    const next = text[start + raw.length] ?? ''
    const single = raw.length === 1 && !/\d/.test(raw)
    // A lone 一 is nearly always part of a word (一些, 统一); other lone numerals need a measure word.
    if (single && (raw === '一' || !MEASURE.test(next) || !(raw in DIGIT))) continue
    const parsed = parseChineseNumber(raw)
    if (parsed === null) continue
    // Months (五月, 12月) have no number in English ("May").
    if (next === '月' && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 12) continue
    const ordinal = text[start - 1] === '第'
    found.push({ ...parsed, ...(ordinal ? { ordinal } : {}), start, end: start + raw.length, text: raw })
  }
  return found
}

/** Every number mentioned in a text: digits (1,234.5; 35 million; 6.5%), English number words (twenty-four, three thousand), Chinese numerals. */
export function extractNumbers(text: string, lang: string): NumberMention[] {
  const found = /^zh/i.test(lang) ? chineseNumbers(text) : parseEnglishNumbers(text)
  const map = createOffsetMap(text)
  return found.map((n) => ({ ...n, start: map.toCodePoint(asUtf16(n.start)), end: map.toCodePoint(asUtf16(n.end)) }))
}
