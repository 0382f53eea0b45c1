import type { Span } from '@shared/translation/segment'

let last: { text: string; chars: string[] } | null = null

/** The text of a code-point span (the last text's characters are kept: tests cut one text many times). */
export function cut(text: string, span: Span): string {
  if (last?.text !== text) last = { text, chars: Array.from(text) }
  return last.chars.slice(span.start, span.end).join('')
}
