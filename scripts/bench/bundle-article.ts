import { asCodePoint } from '../../src/shared/anchoring/code-points'
import { buildSelectors } from '../../src/shared/anchoring/selectors'
import { SCHEMA_VERSION, type ArticleDoc } from '../../src/shared/model'

/** Mentions in each bench article: the "1,000 articles with 20 annotations each". */
const ANNOTATIONS = 20
const SENTENCE = 'The Xinxiang Council met volunteers at the harbour on Monday to plan the spring market. '

/**
 * The bundle bench's article number `i`: one English version, twenty ORG mentions. The golden
 * test (tests/fixtures/bundle/golden-docs.ts) pins the bytes exported from two of them.
 */
export function benchArticle(i: number): ArticleDoc {
  const text = SENTENCE.repeat(30)
  const id = `bench-${String(i).padStart(5, '0')}`
  const at = '2024-05-01T00:00:00.000Z'
  const annotations = Array.from({ length: ANNOTATIONS }, (_, k) => {
    const start = k * SENTENCE.length + 4
    const { position, quote } = buildSelectors(text, asCodePoint(start), asCodePoint(start + 'Xinxiang Council'.length))
    return { id: `n_${k}`, type: 'ORG', target: { source: 'original', position, quote }, entity: null, note: k % 5 === 0 ? 'checked' : '', attributes: {}, orphan: false, createdAt: at, createdBy: 'bench', modifiedAt: at }
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { id, title: `Synthetic article ${i}`, date: '2024-05-01', source: 'Bench Daily', language: 'en', tags: [], importedAt: at, origin: { fileName: `${id}.txt`, sha256: 'b'.repeat(64), format: 'txt', encoding: 'utf-8' } },
    versions: [{ id: 'original', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations,
    relations: [],
    alignments: [],
    history: []
  }
}
