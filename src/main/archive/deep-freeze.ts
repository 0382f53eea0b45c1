/**
 * Freezes a document the archive keeps in memory and hands out, so nobody edits it in place.
 * A frozen object is taken to be frozen all the way down (what this function leaves), so
 * what a new document shares with an older, frozen one is not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
