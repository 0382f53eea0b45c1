import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleDoc } from '@shared/model'
import { TrustedParser } from '../../../../src/main/archive/trusted-parse'

/** A deterministic random source (31-bit LCG). */
function seeded(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

async function sampleDocs(): Promise<ArticleDoc[]> {
  const dir = join(process.cwd(), 'resources', 'samples')
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  return Promise.all(names.map(async (name) => ArticleDoc.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))))
}

/** A sample with a translation aligned row by row, so every array of the model holds something. */
function translated(doc: ArticleDoc): ArticleDoc {
  const text = 'One. Two. Three.'
  const rows = [0, 5, 10].map((start, i) => ({
    id: `r${i}`,
    source: { start, end: start + 4 },
    target: { start, end: start + 4 },
    status: 'initial' as const,
    note: '',
    mt: text.slice(start, start + 4),
    hter: null,
    seconds: 0,
    ignored: i === 1 ? ['numbers'] : []
  }))
  return {
    ...doc,
    revision: 3,
    versions: [...doc.versions, { id: 'en1', lang: 'en', role: 'translation', origin: 'machine', engine: 'TestMT', text }],
    alignments: [{ source: doc.versions[0]!.id, target: 'en1', rows }],
    history: [...doc.history, { at: '2024-05-01T00:00:00.000Z', actor: 'tester', action: 'translation.add', detail: { z: 1, a: { d: [1], c: null }, '10': 'x', '9': 'y' } }],
    rejected: [{ source: doc.versions[0]!.id, start: 0, end: 3, type: 'PERSON', exact: 'abc' }]
  }
}

/** Every path to a value in `value` (objects and arrays walked), for picking what to damage. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at]
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))]
}

const DAMAGE: unknown[] = [undefined, null, -1, 1.5, '', 'not-a-date', 'bad id!', [], {}, true, 'x'.repeat(3000)]

function damaged(doc: ArticleDoc, random: () => number): unknown {
  const copy = structuredClone(doc) as unknown as Record<string | number, unknown>
  const all = paths(copy).filter((path) => path.length > 0)
  const path = all[Math.floor(random() * all.length)]!
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  const roll = random()
  if (roll < 0.15) delete parent[last]
  else if (roll < 0.25 && !Array.isArray(parent)) parent[`extra${Math.floor(random() * 9)}`] = 'unknown key'
  else parent[last] = DAMAGE[Math.floor(random() * DAMAGE.length)]
  return copy
}

/** Like damaged, but copying only the objects on the path: the rest is shared with `doc` (frozen, trusted). */
function damagedSharing(doc: ArticleDoc, random: () => number): unknown {
  const all = paths(doc).filter((path) => path.length > 0)
  const path = all[Math.floor(random() * all.length)]!
  const shallow = (value: unknown): Record<string | number, unknown> => (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  const root = shallow(doc)
  let parent = root
  for (const key of path.slice(0, -1)) parent = parent[key] = shallow(parent[key])
  const last = path.at(-1)!
  if (random() < 0.15) delete parent[last]
  else parent[last] = DAMAGE[Math.floor(random() * DAMAGE.length)]
  return root
}

function expectSameAsZod(parser: TrustedParser<ArticleDoc>, value: unknown, previous?: ArticleDoc): void {
  const fast = parser.safeParse(value, previous)
  const full = ArticleDoc.safeParse(value)
  expect(fast.success).toBe(full.success)
  if (fast.success && full.success) expect(fast.data).toEqual(full.data)
  if (!fast.success && !full.success) expect(fast.error.issues).toEqual(full.error.issues)
}

describe('TrustedParser answers what zod answers, validating only what is new', () => {
  it('on the sample articles and on hundreds of damaged copies (wrong values, missing and unknown keys)', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const random = seeded(11)
    let refused = 0
    for (const sample of await sampleDocs()) {
      const doc = translated(sample)
      expectSameAsZod(parser, doc)
      for (let i = 0; i < 150; i++) {
        const value = damaged(doc, random)
        expectSameAsZod(parser, value)
        refused += Number(!ArticleDoc.safeParse(value).success)
      }
    }
    // The damage is real: most copies are refused, and the rest (unknown keys, stripped) still compared.
    expect(refused).toBeGreaterThan(300)
  })

  it('on damaged documents that share everything else with one it trusts', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const random = seeded(29)
    let refused = 0
    for (const sample of await sampleDocs()) {
      const trusted = parser.safeParse(translated(sample))
      if (!trusted.success) throw trusted.error
      for (let i = 0; i < 150; i++) {
        const value = damagedSharing(trusted.data, random)
        expectSameAsZod(parser, value)
        // Told the document it was made from: new objects are checked field by field against it.
        expectSameAsZod(parser, value, trusted.data)
        refused += Number(!ArticleDoc.safeParse(value).success)
      }
    }
    expect(refused).toBeGreaterThan(300)
  })

  it('answers frozen documents with keys in stored order', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const parsed = parser.safeParse(translated((await sampleDocs())[0]!))
    if (!parsed.success) throw parsed.error
    const doc = parsed.data
    expect(Object.isFrozen(doc) && Object.isFrozen(doc.alignments[0]!.rows[1]!.ignored) && Object.isFrozen(doc.history.at(-1)!.detail)).toBe(true)
    expect(Object.keys(doc)).toEqual([...Object.keys(doc)].sort())
    expect(Object.keys(doc.alignments[0]!.rows[0]!)).toEqual(['hter', 'id', 'ignored', 'mt', 'note', 'seconds', 'source', 'status', 'target'])
    expect(Object.keys(doc.history.at(-1)!.detail)).toEqual(['9', '10', 'a', 'z'])
  })

  it('a new document sharing what it did not change: the shared parts are kept, a new bad part refused', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const first = parser.safeParse(translated((await sampleDocs())[1]!))
    if (!first.success) throw first.error
    const doc = first.data
    const alignment = doc.alignments[0]!
    const edit = (row: object): unknown => ({ ...doc, alignments: [{ ...alignment, rows: [alignment.rows[0], row, alignment.rows[2]] }] })

    const good = parser.safeParse(edit({ ...alignment.rows[1]!, status: 'translated' }))
    if (!good.success) throw good.error
    expect(good.data.alignments[0]!.rows[0]).toBe(alignment.rows[0])
    expect(good.data.alignments[0]!.rows[1]!.status).toBe('translated')
    expect(good.data.versions).toBe(doc.versions)

    for (const bad of [{ ...alignment.rows[1]!, status: 'done' }, { ...alignment.rows[1]!, target: { start: -1, end: 2 } }, { ...alignment.rows[1]!, ignored: Array(21).fill('x') }]) {
      expectSameAsZod(parser, edit(bad))
      expect(parser.safeParse(edit(bad)).success).toBe(false)
    }
  })

  it('told the document a change was made from, checks a moved row by its changed fields, with the same answers', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const first = parser.safeParse(translated((await sampleDocs())[2]!))
    if (!first.success) throw first.error
    const doc = first.data
    const alignment = doc.alignments[0]!
    const moved = (change: object): unknown => ({ ...doc, alignments: [{ ...alignment, rows: alignment.rows.map((row, i) => (i === 0 ? row : { ...row, ...change })) }] })
    const good = parser.safeParse(moved({ target: { start: 20, end: 24 } }), doc)
    if (!good.success) throw good.error
    expect(good.data.alignments[0]!.rows[1]).toEqual({ ...alignment.rows[1], target: { start: 20, end: 24 } })
    expect(good.data.alignments[0]!.rows[1]!.mt).toBe(alignment.rows[1]!.mt)
    for (const change of [{ target: { start: -1, end: 2 } }, { target: { start: 1 } }, { ignored: ['x'.repeat(65)] }, { mt: 5 }, { unknownKey: 1 }, { hter: undefined }]) {
      expectSameAsZod(parser, moved(change), doc)
    }
    expect(parser.safeParse(moved({ target: { start: -1, end: 2 } }), doc).success).toBe(false)
    // Rows inserted before it: compared with whatever row stood at that index, still the same answers.
    const shifted = { ...doc, alignments: [{ ...alignment, rows: [{ ...alignment.rows[2]!, id: 'new' }, ...alignment.rows] }] }
    expectSameAsZod(parser, shifted, doc)
  })

  it('an object it trusts is trusted only where it was found: a row is not an annotation', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const first = parser.safeParse(translated((await sampleDocs())[0]!))
    if (!first.success) throw first.error
    const row = first.data.alignments[0]!.rows[0]!
    const misplaced = { ...first.data, annotations: [...first.data.annotations, row] }
    expect(parser.safeParse(misplaced).success).toBe(false)
    expectSameAsZod(parser, misplaced)
  })

  it('what is not frozen is validated again, even when it came from an earlier answer', async () => {
    const parser = new TrustedParser(ArticleDoc)
    const first = parser.safeParse(translated((await sampleDocs())[0]!))
    if (!first.success) throw first.error
    const copy = structuredClone(first.data) as ArticleDoc
    ;(copy.alignments[0]!.rows[2]! as { status: string }).status = 'done'
    expect(parser.safeParse(copy).success).toBe(false)
    const versions = copy.versions as { text: unknown }[]
    versions[0]!.text = 42
    expectSameAsZod(parser, copy)
  })

  it('refuses what is not a document at all, as zod does', () => {
    const parser = new TrustedParser(ArticleDoc)
    for (const value of [null, undefined, 'doc', 42, [], { schemaVersion: 2 }]) expectSameAsZod(parser, value)
  })
})
