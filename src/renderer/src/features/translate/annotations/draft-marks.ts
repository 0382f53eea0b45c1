import type { Placed } from '../../annotate/text/layout'

/**
 * The marks of a saved text moved along with the typing in its field, until the draft is
 * saved and the server re-anchors them: marks before the change stay, marks after it move,
 * a mark the change falls inside grows or shrinks with it, and one the change cuts through is
 * hidden. Common prefix and suffix only: O(length) per keystroke, for one segment.
 */
export function followDraft<T extends Placed>(saved: string, draft: string, marks: readonly T[]): T[] {
  if (saved === draft || marks.length === 0) return marks as T[]
  const max = Math.min(saved.length, draft.length)
  let prefix = 0
  while (prefix < max && saved.charCodeAt(prefix) === draft.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < max - prefix && saved.charCodeAt(saved.length - 1 - suffix) === draft.charCodeAt(draft.length - 1 - suffix)) suffix++
  const changedEnd = saved.length - suffix
  const by = draft.length - saved.length
  const out: T[] = []
  for (const mark of marks) {
    if (mark.end <= prefix) out.push(mark)
    else if (mark.start >= changedEnd) out.push({ ...mark, start: mark.start + by, end: mark.end + by })
    else if (mark.start <= prefix && mark.end >= changedEnd && mark.end + by > mark.start) out.push({ ...mark, end: mark.end + by })
  }
  return out
}
