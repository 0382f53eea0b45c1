/**
 * JSON with sorted object keys, pretty-printed with two spaces and a final newline, so the
 * same data always produces the same bytes and an archive kept under git diffs well.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortKeys, 2) + '\n'
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const source = value as Record<string, unknown>
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort()) sorted[key] = source[key]
  return sorted
}
