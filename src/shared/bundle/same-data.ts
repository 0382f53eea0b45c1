/** JSON text with object keys sorted: equal data gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
    const source = item as Record<string, unknown>
    return Object.fromEntries(Object.keys(source).sort().map((key) => [key, source[key]]))
  })
}

export const sameData = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)
