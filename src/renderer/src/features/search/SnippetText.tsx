import { memo } from 'react'
import type { Snippet } from '@shared/search/snippet'

/**
 * A snippet with its matches marked. Highlights count code points; the text is never
 * re-spaced (Chinese stays as written) and `dir="auto"` lets a right-to-left text run its way.
 */
export const SnippetText = memo(function SnippetText({ snippet }: { snippet: Snippet }) {
  const points = [...snippet.text]
  const parts: Array<{ text: string; hit: boolean }> = []
  let at = 0
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push({ text: points.slice(at, start).join(''), hit: false })
    parts.push({ text: points.slice(start, end).join(''), hit: true })
    at = end
  }
  if (at < points.length) parts.push({ text: points.slice(at).join(''), hit: false })
  return (
    <span className="snippet" dir="auto" lang={snippet.lang}>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  )
})
