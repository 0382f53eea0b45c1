/**
 * JSON with sorted object keys, pretty-printed with two spaces and a final newline, so the
 * same data always produces the same bytes and an archive kept under git diffs well.
 *
 * The format is `JSON.stringify(value, sortKeys, 2)`. A value whose objects already list their
 * keys in that order (what the archive's parser produces: see canonicalCopy) gives the same
 * bytes without the replacer, which calls back and copies every object: 1 MB of shard in
 * about a third of the time. Whether a value is in that order is checked on every call, and
 * remembered for frozen objects, so the check walks only what a change made new.
 */
export function stableStringify(value: unknown): string {
  return (inCanonicalOrder(value) ? JSON.stringify(value, null, 2) : JSON.stringify(value, sortKeys, 2)) + '\n'
}

/** The replacer the format is defined by: each object as a copy with its keys sorted. */
export function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const source = value as Record<string, unknown>
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort()) sorted[key] = source[key]
  return sorted
}

/**
 * `value` with every object it holds listing its keys as sortKeys' copy does; what already
 * does (and anything frozen) is kept, not copied. Never changes `value`.
 */
export function canonicalCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || hasToJson(value)) return value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const child = canonicalCopy(value[i] as unknown)
      if (child !== value[i]) (copy ??= [...value])[i] = child
    }
    return (copy ?? value) as T
  }
  if (!isPlainObject(value)) return value
  const source = value as Record<string, unknown>
  const own = Object.keys(source)
  const keys = isSorted(own) ? own : orderedKeys(source)
  let children: unknown[] | undefined
  for (let i = 0; i < keys.length; i++) {
    const child = canonicalCopy(source[keys[i]!])
    if (child !== source[keys[i]!]) (children ??= keys.map((key) => source[key]))[i] = child
  }
  if (!children && (keys === own || sameKeys(own, keys))) return value
  const copy: Record<string, unknown> = {}
  keys.forEach((key, i) => (copy[key] = children ? children[i] : source[key]))
  return copy as T
}

/** Frozen objects holding objects, found in canonical order all the way down. */
const canonical = new WeakSet<object>()

const NO = 0
const YES_CHANGEABLE = 1
const YES_FIXED = 2
type Verdict = typeof NO | typeof YES_CHANGEABLE | typeof YES_FIXED

function inCanonicalOrder(value: unknown): boolean {
  return check(value, []) !== NO
}

/** Whether JSON.stringify(value, null, 2) writes what the replacer would; FIXED when it always will (frozen throughout). */
function check(value: unknown, ancestors: object[]): Verdict {
  if (value === null || typeof value !== 'object') return YES_FIXED
  if (canonical.has(value)) return YES_FIXED
  // A cycle: the replacer path fails on it as it always did.
  if (hasToJson(value) || ancestors.includes(value)) return NO
  let fixed = Object.isFrozen(value)
  let holdsObjects = false
  ancestors.push(value)
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NO
    for (const child of value as unknown[]) {
      const verdict = check(child, ancestors)
      if (verdict === NO) return NO
      fixed &&= verdict === YES_FIXED
      holdsObjects ||= typeof child === 'object' && child !== null
    }
  } else {
    if (!isPlainObject(value)) return NO
    const source = value as Record<string, unknown>
    const keys = Object.keys(source)
    if (!isSorted(keys) && !sameKeys(keys, orderedKeys(source))) return NO
    for (const key of keys) {
      const child = source[key]
      const verdict = check(child, ancestors)
      if (verdict === NO) return NO
      fixed &&= verdict === YES_FIXED
      holdsObjects ||= typeof child === 'object' && child !== null
    }
  }
  ancestors.pop()
  // Leaves are cheap to look at again; what holds them is remembered.
  if (fixed && holdsObjects) canonical.add(value)
  return fixed ? YES_FIXED : YES_CHANGEABLE
}

/**
 * Deep-freezes `value` and remembers what in it is in canonical order, so that stableStringify
 * does not walk it again: the archive's parser freezes what it answers with this.
 */
export function freezeInOrder<T>(value: T): T {
  seal(value, [])
  return value
}

/** check(), freezing as it goes; unlike check() it walks everything, so all of it ends up frozen. */
function seal(value: unknown, ancestors: object[]): Verdict {
  if (value === null || typeof value !== 'object') return YES_FIXED
  if (canonical.has(value)) return YES_FIXED
  if (Object.isFrozen(value) || ancestors.includes(value)) return check(value, ancestors)
  Object.freeze(value)
  const array = Array.isArray(value)
  let inOrder = !hasToJson(value) && (array ? Object.getPrototypeOf(value) === Array.prototype : isPlainObject(value))
  if (inOrder && !array) {
    const keys = Object.keys(value)
    inOrder = isSorted(keys) || sameKeys(keys, orderedKeys(value as Record<string, unknown>))
  }
  let fixed = true
  let holdsObjects = false
  ancestors.push(value)
  for (const child of Object.values(value)) {
    const verdict = seal(child, ancestors)
    inOrder &&= verdict !== NO
    fixed &&= verdict === YES_FIXED
    holdsObjects ||= typeof child === 'object' && child !== null
  }
  ancestors.pop()
  if (!inOrder) return NO
  if (fixed && holdsObjects) canonical.add(value)
  return fixed ? YES_FIXED : YES_CHANGEABLE
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function'

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Strictly ascending and no `__proto__`: the order sortKeys' copy has (see orderedKeys). */
function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false
  return !keys.includes('__proto__')
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/**
 * The keys in the order sortKeys' copy lists them: sorted, except that an object lists
 * integer-like keys first in numeric order whatever the insertion order, and that assigning
 * `__proto__` to the copy sets its prototype instead of a key (so that key is left out).
 */
function orderedKeys(value: Record<string, unknown>): string[] {
  const keys = Object.keys(value).sort()
  if (!keys.some((key) => key === '__proto__' || (key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57))) return keys
  const order: Record<string, true> = {}
  for (const key of keys) if (key !== '__proto__') order[key] = true
  return Object.keys(order)
}
