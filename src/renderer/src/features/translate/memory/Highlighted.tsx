/** Text with the code-point ranges of a concordance hit marked. */
export function Highlighted({ text, ranges, lang }: { text: string; ranges: { start: number; end: number }[]; lang: string }) {
  const points = Array.from(text)
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: points.slice(at, start).join(''), hit: false })
    parts.push({ text: points.slice(start, end).join(''), hit: true })
    at = end
  }
  if (at < points.length) parts.push({ text: points.slice(at).join(''), hit: false })
  return (
    <span lang={lang}>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="tm-hit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        )
      )}
    </span>
  )
}
