import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCHEMA } from '../../../src/shared/model'

const dir = fileURLToPath(new URL('../../fixtures/gold2/', import.meta.url))

interface GoldFile {
  id: string
  lang: 'en' | 'zh'
  text: string
  mentions: { start: number; end: number; type: string; exact: string }[]
}

describe('second gold set (tests/fixtures/gold2)', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  const gold = files.map((file) => ({ file, doc: JSON.parse(readFileSync(dir + file, 'utf8')) as GoldFile }))
  const typeNames = new Set(DEFAULT_SCHEMA.types.map((t) => t.name))

  it('has 4 to 6 articles in English and Chinese, each named after its id', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
    expect(files.length).toBeLessThanOrEqual(6)
    expect(new Set(gold.map(({ doc }) => doc.lang))).toEqual(new Set(['en', 'zh']))
    for (const { file, doc } of gold) expect(file).toBe(`${doc.id}.json`)
  })

  it('anchors every mention by code-point offsets, sorted, flat, with schema types', () => {
    for (const { doc } of gold) {
      const points = [...doc.text]
      let previousEnd = 0
      for (const m of doc.mentions) {
        expect(points.slice(m.start, m.end).join(''), `${doc.id} @${m.start}`).toBe(m.exact)
        expect(m.start, `${doc.id} @${m.start}`).toBeGreaterThanOrEqual(previousEnd)
        expect(m.end).toBeGreaterThan(m.start)
        expect(typeNames.has(m.type), `${doc.id}: ${m.type}`).toBe(true)
        previousEnd = m.end
      }
    }
  })

  it('holds a character outside the BMP in the Chinese article, so UTF-16 offsets would be wrong', () => {
    const zh = gold.find(({ doc }) => doc.lang === 'zh')!.doc
    expect([...zh.text].length).toBeLessThan(zh.text.length)
    const after = zh.mentions.find((m) => m.start > zh.text.indexOf('𠮷'))!
    expect(zh.text.slice(after.start, after.end)).not.toBe(after.exact)
  })
})
