import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ArticleDoc, DEFAULT_SCHEMA } from '../../../src/shared/model'

const samplesDir = fileURLToPath(new URL('../../../resources/samples/', import.meta.url))
const goldDir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url))

const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
const load = (dir: string, file: string): unknown => JSON.parse(readFileSync(dir + file, 'utf8'))
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sample articles (resources/samples)', () => {
  const files = jsonFiles(samplesDir)
  const docs = files.map((file) => ({ file, doc: ArticleDoc.parse(load(samplesDir, file)) }))

  it('ships four samples that validate as ArticleDoc', () => {
    expect(files).toHaveLength(4)
  })

  it('has unique article ids matching their file names', () => {
    const ids = docs.map(({ doc }) => doc.article.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { file, doc } of docs) {
      expect(file).toBe(`${doc.article.id}.json`)
      expect(doc.article.origin.fileName).toBe(file)
      expect(doc.article.origin.format).toBe('sample')
    }
  })

  it('records the sha256 of the text it was imported with (versions[0])', () => {
    for (const { doc } of docs) expect(doc.article.origin.sha256).toBe(sha256(doc.versions.at(0)?.text ?? ''))
  })

  it('has ISO dates, unique version ids, paragraphs and no annotations yet', () => {
    for (const { doc } of docs) {
      expect(doc.article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const versionIds = doc.versions.map((v) => v.id)
      expect(new Set(versionIds).size).toBe(versionIds.length)
      for (const v of doc.versions) expect(v.text.split('\n\n').length).toBeGreaterThan(1)
      expect(doc.annotations).toEqual([])
      expect(doc.history[0]).toMatchObject({ actor: 'scriptorium', action: 'sample' })
    }
  })

  it('includes a Chinese original with an English machine translation', () => {
    const zh = docs.filter(({ doc }) => doc.article.language === 'zh')
    expect(zh).toHaveLength(1)
    const [original, translation] = zh.at(0)?.doc.versions ?? []
    expect(original).toMatchObject({ lang: 'zh', role: 'original', origin: 'human' })
    expect(translation).toMatchObject({ lang: 'en', role: 'translation', origin: 'machine', engine: 'sample-mt' })
  })
})

interface GoldMention {
  start: number
  end: number
  type: string
  exact: string
}
interface GoldFile {
  id: string
  lang: 'en' | 'zh'
  text: string
  mentions: GoldMention[]
}

describe('gold annotation set (tests/fixtures/gold)', () => {
  const files = jsonFiles(goldDir)
  const gold = files.map((file) => ({ file, doc: load(goldDir, file) as GoldFile }))
  const typeNames = new Set(DEFAULT_SCHEMA.types.map((t) => t.name))

  it('has at least 5 articles and 300 mentions', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
    const total = gold.reduce((n, { doc }) => n + doc.mentions.length, 0)
    expect(total).toBeGreaterThanOrEqual(300)
  })

  it('names each file after its id and declares a language', () => {
    for (const { file, doc } of gold) {
      expect(file).toBe(`${doc.id}.json`)
      expect(['en', 'zh']).toContain(doc.lang)
    }
  })

  it('anchors every mention by code-point offsets', () => {
    for (const { doc } of gold) {
      // Offsets count code points, so index an array of them, never the UTF-16 string.
      const points = [...doc.text]
      for (const m of doc.mentions) {
        expect(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end).toBe(true)
        expect(m.end).toBeLessThanOrEqual(points.length)
        expect(points.slice(m.start, m.end).join(''), `${doc.id} @${m.start}`).toBe(m.exact)
      }
    }
  })

  it('uses only types of the default schema, in order and without overlaps', () => {
    for (const { doc } of gold) {
      let previousEnd = 0
      for (const m of doc.mentions) {
        expect(typeNames.has(m.type), `${doc.id}: ${m.type}`).toBe(true)
        expect(m.start).toBeGreaterThanOrEqual(previousEnd)
        previousEnd = m.end
      }
    }
  })
})
