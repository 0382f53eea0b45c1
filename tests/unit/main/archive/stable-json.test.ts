import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleDoc } from '@shared/model'
import { canonicalCopy, freezeInOrder, sortKeys, stableStringify } from '../../../../src/main/archive/stable-json'
import { articleParser } from '../../../../src/main/archive/trusted-parse'

/** The format as it was defined before the fast path: every value through the sorting replacer. */
const reference = (value: unknown): string => JSON.stringify(value, sortKeys, 2) + '\n'

/** A deterministic random source (31-bit LCG). */
function seeded(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

const KEYS = ['id', 'b', 'a', 'Z', '10', '9', '0', '-1', '1.5', 'é', '中', '', ' space', 'a"quote', 'line\nbreak', '\u{1F600}']

/** Random JSON-like values: nested objects and arrays, odd keys and numbers, undefined and lone surrogates. */
function randomValue(random: () => number, depth: number): unknown {
  const pick = Math.floor(random() * (depth > 3 ? 6 : 9))
  switch (pick) {
    case 0:
      return null
    case 1:
      return random() < 0.5
    case 2:
      return [0, -0, 1.5, 1e21, -3, NaN, Infinity, 2 ** 53][Math.floor(random() * 8)]
    case 3:
      return ['', 'text', '中文', 'tab\t"q"\\', '\ud800', '\u2028'][Math.floor(random() * 6)]
    case 4:
      return undefined
    case 5:
      return Math.floor(random() * 1000)
    case 6:
    case 7: {
      const object: Record<string, unknown> = {}
      const count = Math.floor(random() * 6)
      for (let i = 0; i < count; i++) object[KEYS[Math.floor(random() * KEYS.length)]!] = randomValue(random, depth + 1)
      return object
    }
    default:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1))
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

async function sampleDocs(): Promise<ArticleDoc[]> {
  const dir = join(process.cwd(), 'resources', 'samples')
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  return Promise.all(names.map(async (name) => ArticleDoc.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))))
}

describe('stableStringify writes the bytes the sorting replacer wrote', () => {
  it('for random values, as given, in canonical order, and frozen', () => {
    const random = seeded(20261203)
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(random, 0)
      const expected = reference(value)
      expect(stableStringify(value)).toBe(expected)
      const canonical = canonicalCopy(value)
      expect(reference(canonical)).toBe(expected)
      expect(stableStringify(canonical)).toBe(expected)
      expect(stableStringify(deepFreeze(canonical))).toBe(expected)
      // Frozen and remembered: asked again, the same bytes.
      expect(stableStringify(canonical)).toBe(expected)
      const sealed = freezeInOrder(canonicalCopy(randomValue(seeded(i + 1), 0)))
      expect(stableStringify(sealed)).toBe(reference(sealed))
      expect(stableStringify(freezeInOrder(randomValue(seeded(i + 1), 0)))).toBe(reference(randomValue(seeded(i + 1), 0)))
    }
  })

  it('freezeInOrder freezes everything it holds, in order or not', () => {
    const value = { b: [{ d: new Date(0), c: { x: [1] } }], a: JSON.parse('{"__proto__": {"y": 1}}') as object }
    freezeInOrder(value)
    const all = [value, value.b, value.b[0]!, value.b[0]!.d, value.b[0]!.c, value.b[0]!.c.x, value.a]
    expect(all.every((object) => Object.isFrozen(object))).toBe(true)
    expect(stableStringify(value)).toBe(reference(value))
  })

  it('for the sample articles, parsed by the archive (key-ordered, frozen) and as plain JSON', async () => {
    for (const doc of await sampleDocs()) {
      const parsed = articleParser.safeParse(structuredClone(doc))
      expect(parsed.success).toBe(true)
      if (!parsed.success) continue
      expect(Object.isFrozen(parsed.data.versions[0])).toBe(true)
      expect(stableStringify(parsed.data)).toBe(reference(doc))
      expect(stableStringify(doc)).toBe(reference(doc))
    }
  })

  it('keys that are not in order, integer-like keys and an own __proto__ key', () => {
    const values: unknown[] = [
      { b: 1, a: 2 },
      { '10': 'x', '9': 'y', a: 'z', '-1': 'w' },
      JSON.parse('{"__proto__": {"x": 1}, "a": 1}'),
      JSON.parse('{"__proto__": 5, "b": [1]}'),
      { nested: [{ z: 1, y: [{ d: 1, c: 2 }] }] }
    ]
    for (const value of values) {
      expect(stableStringify(value)).toBe(reference(value))
      expect(stableStringify(deepFreeze(canonicalCopy(value)))).toBe(reference(value))
    }
  })

  it('what JSON.stringify treats specially: toJSON, boxed strings, undefined in arrays, class instances', () => {
    class Point {
      constructor(
        readonly y: number,
        readonly x: number
      ) {}
    }
    const values: unknown[] = [
      { at: new Date(Date.UTC(2024, 0, 2)), list: [undefined, () => 1, Symbol('s')] },
      { boxed: Object('ab') as unknown, point: new Point(2, 1) },
      { toJSON: () => ({ b: 1, a: 2 }) },
      [{ toJSON: () => undefined }],
      'plain string',
      undefined
    ]
    for (const value of values) expect(stableStringify(value)).toBe(reference(value))
  })

  it('a changed unfrozen object is written as it is now, not as it was', () => {
    const value: Record<string, unknown> = { a: { b: [1, 2] }, c: 'x' }
    expect(stableStringify(value)).toBe(reference(value))
    ;(value.a as { b: number[] }).b.push(3)
    value.d = { f: 1, e: 2 }
    expect(stableStringify(value)).toBe(reference(value))
    expect(stableStringify(value)).toContain('3')
  })

  it('a frozen object holding something that can still change is not remembered', () => {
    const inner = { b: 1 }
    const outer = Object.freeze({ a: Object.freeze({ inner }) })
    expect(stableStringify(outer)).toBe(reference(outer))
    inner.b = 2
    expect(stableStringify(outer)).toBe(reference(outer))
    expect(stableStringify(outer)).toContain('"b": 2')
  })

  it('refuses a cycle as the replacer did (each copy is new, so the stack runs out)', () => {
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = { back: cycle }
    expect(() => reference(cycle)).toThrow(RangeError)
    expect(() => stableStringify(cycle)).toThrow(RangeError)
    expect(() => stableStringify(deepFreeze(cycle))).toThrow(RangeError)
  })

  it('canonicalCopy never changes what it is given', () => {
    const value = { b: { d: 1, c: 2 }, a: [{ z: 1, y: 2 }] }
    const before = JSON.stringify(value)
    const copy = canonicalCopy(value)
    expect(JSON.stringify(value)).toBe(before)
    expect(Object.keys(copy)).toEqual(['a', 'b'])
    expect(Object.keys(copy.b)).toEqual(['c', 'd'])
    // What is already in order is shared, not copied.
    const ordered = { a: { c: 1, d: 2 }, b: 1 }
    expect(canonicalCopy(ordered)).toBe(ordered)
  })
})
