/** Case-folded, NFC text for substring search; folding keeps the length, or the text is kept as is. */
export function foldForSearch(text: string): string {
  const normal = text.normalize('NFC')
  const folded = normal.toLowerCase()
  return folded.length === normal.length ? folded : normal
}

/**
 * Where `needle` occurs in `haystack` (both folded), in code points, without overlaps. A
 * substring search, so it is CJK-aware without a segmenter: 志愿 finds 志愿服务, and a word
 * finds its inflections (volunteer finds volunteers).
 */
export function concordanceRanges(haystack: string, needle: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  const length = countCodePoints(needle)
  let from = 0
  let unitsBefore = 0
  let pointsBefore = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) return ranges
    pointsBefore += countCodePoints(haystack.slice(unitsBefore, at))
    unitsBefore = at
    ranges.push({ start: pointsBefore, end: pointsBefore + length })
    from = at + needle.length
  }
}

function countCodePoints(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0xdc00 || code > 0xdfff) count++
  }
  return count
}
