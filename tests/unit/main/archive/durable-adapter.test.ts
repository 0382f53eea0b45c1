import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, describe, expect, it } from 'vitest'
import { DurableAdapter } from '../../../../src/main/archive/durable-adapter'
import { writeFileDurable } from '../../../../src/main/archive/durable-write'
import { stableStringify } from '../../../../src/main/archive/stable-json'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

describe('stableStringify', () => {
  it('sorts keys at every depth, keeps array order, indents by two spaces', () => {
    const text = stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })
    expect(text).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n')
  })

  it('gives the same bytes whatever the insertion order', () => {
    expect(stableStringify({ x: 1, y: { p: 1, q: 2 } })).toBe(stableStringify({ y: { q: 2, p: 1 }, x: 1 }))
  })
})

describe('DurableAdapter', () => {
  it('reads null for a missing file and throws on one that is not JSON', async () => {
    const dir = await tempDir()
    expect(await new DurableAdapter(join(dir, 'none.json')).read()).toBeNull()
    await writeFile(join(dir, 'bad.json'), '{"a": ')
    await expect(new DurableAdapter(join(dir, 'bad.json')).read()).rejects.toThrow(SyntaxError)
  })

  it('works as a lowdb adapter and writes stable, pretty JSON', async () => {
    const dir = await tempDir()
    const file = join(dir, 'doc.json')
    const db = new Low<Record<string, unknown>>(new DurableAdapter(file), {})
    db.data = { zeta: 1, alpha: { y: true, x: 'é' } }
    await db.write()
    expect(await readFile(file, 'utf8')).toBe('{\n  "alpha": {\n    "x": "é",\n    "y": true\n  },\n  "zeta": 1\n}\n')
    const again = new Low<Record<string, unknown>>(new DurableAdapter(file), {})
    await again.read()
    expect(again.data).toEqual({ zeta: 1, alpha: { y: true, x: 'é' } })
  })

  it('serialises concurrent writes: all land in call order, the file is always valid JSON', async () => {
    const dir = await tempDir()
    const file = join(dir, 'counter.json')
    // Two adapters on one file share the queue.
    const adapters = [new DurableAdapter<{ n: number; pad: string }>(file), new DurableAdapter<{ n: number; pad: string }>(file)]
    const seen: number[] = []
    let reading = true
    const reader = (async () => {
      while (reading) {
        const text = await readFile(file, 'utf8').catch(() => null)
        if (text !== null) seen.push((JSON.parse(text) as { n: number }).n) // throws if ever torn
        await new Promise((r) => setImmediate(r))
      }
    })()
    const order: number[] = []
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        adapters[n % 2]!.write({ n, pad: 'x'.repeat(20_000 + n) }).then(() => order.push(n))
      )
    )
    reading = false
    await reader
    expect(order).toEqual(Array.from({ length: 40 }, (_, n) => n))
    expect(JSON.parse(await readFile(file, 'utf8')).n).toBe(39)
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!)
    expect((await readdir(dir)).sort()).toEqual(['counter.json'])
  })

  it('does not see a mutation made after write() was called', async () => {
    const dir = await tempDir()
    const file = join(dir, 'doc.json')
    const data = { v: 1 }
    const adapter = new DurableAdapter<{ v: number }>(file)
    const pending = adapter.write(data)
    data.v = 2
    await pending
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ v: 1 })
  })

  it('leaves no temp file and the old content when the target cannot be replaced', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'ok.json'), '{"old":true}')
    await expect(writeFileDurable(join(dir, 'missing-folder', 'x.json'), '{}')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['ok.json'])
  })
})
