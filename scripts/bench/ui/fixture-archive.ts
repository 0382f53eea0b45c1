// A large archive written straight to disk for the UI benches: 10,000 small articles, one
// long article (50,000 characters, 2,000 annotations) and one with a 2,000-segment
// translation. The catalog is left for Archive.open to rebuild, exactly as after a crash, so
// generation stays fast.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { asCodePoint, buildSelectors } from '../../../src/shared/anchoring'
import { DEFAULT_SCHEMA, SCHEMA_VERSION, type AlignedRow, type Annotation, type ArticleDoc } from '../../../src/shared/model'

const SENTENCES = [
  'On the morning of March 5, the district held a launching ceremony at Riverside Square.',
  'Zhang Wei, secretary of the Municipal Party Committee, attended the event and delivered a speech.',
  'Volunteers from the Youth League Committee cleaned the streets of Hongqiao Town.',
  'The Civilization Office announced a plan to expand community services across the county.',
  'Li Na, deputy director of the Propaganda Department, presented flags to the service teams.'
]
/** What the long article annotates in each paragraph (every phrase occurs once per paragraph). */
const SPANS: [string, string][] = [
  ['morning', 'DATE'], ['March 5', 'DATE'], ['the district', 'ORG'], ['Riverside Square', 'PLACE'], ['Zhang Wei', 'PERSON'],
  ['secretary of the Municipal Party Committee', 'TITLE'], ['Municipal Party Committee', 'ORG'], ['the event', 'EVENT'], ['speech', 'EVENT'],
  ['Youth League Committee', 'ORG'], ['streets', 'PLACE'], ['Hongqiao Town', 'PLACE'], ['Civilization Office', 'ORG'], ['community services', 'MISC'],
  ['county', 'PLACE'], ['Li Na', 'PERSON'], ['deputy director of the Propaganda Department', 'TITLE'], ['Propaganda Department', 'ORG'], ['flags', 'MISC'],
  ['service teams', 'ORG']
]
const now = new Date('2026-01-01T00:00:00.000Z').toISOString()

/** One of 37 sources by the id's number; the named articles (b_long…) have their own. */
function sourceOf(id: string): string {
  const n = Number(id.slice(2))
  return Number.isInteger(n) ? `Bench News ${n % 37}` : 'Bench Reports'
}

function doc(id: string, title: string, text: string, annotations: Annotation[] = []): ArticleDoc {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id, title, date: '2023-03-06', source: sourceOf(id), language: 'en', tags: [], importedAt: now,
      origin: { fileName: `${id}.txt`, sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: `v_${id}`, lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations,
    relations: [],
    alignments: [],
    history: []
  }
}

/** Paragraphs of the five sentences, made unique per article by a running number. */
function text(n: number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, p) => `${SENTENCES.join(' ')} (Report ${n}-${p}.)`).join('\n\n')
}

export function writeFixtureArchive(dir: string, count: number): { longId: string; translatedId: string } {
  mkdirSync(join(dir, 'articles'), { recursive: true })
  for (let i = 0; i < count; i++) {
    const id = `b_${String(i).padStart(6, '0')}`
    writeFileSync(join(dir, 'articles', `${id}.json`), JSON.stringify(doc(id, `Volunteer service report number ${i} from district ${i % 97}`, text(i, 2))))
  }
  const longId = 'b_long'
  const paragraphs = 108 // ≈ 50,400 characters
  const long = text(999_999, paragraphs)
  // 20 spans per paragraph (nested ones among them) over 100 paragraphs: 2,000 annotations.
  // "launching" stays free: the edit bench tags it.
  const annotations: Annotation[] = []
  let paragraphStart = 0
  for (let p = 0; p < paragraphs && annotations.length < 2000; p++) {
    const end = long.indexOf('\n\n', paragraphStart)
    const paragraph = long.slice(paragraphStart, end < 0 ? long.length : end)
    for (const [name, type] of SPANS) {
      const at = paragraphStart + paragraph.indexOf(name)
      const { position, quote } = buildSelectors(long, asCodePoint(at), asCodePoint(at + name.length)) // ASCII text: UTF-16 = code points
      annotations.push({
        id: `n_${annotations.length}`, type, target: { source: `v_${longId}`, position, quote },
        entity: null, note: '', attributes: {}, orphan: false, createdAt: now, createdBy: 'bench', modifiedAt: now
      })
    }
    paragraphStart = end + 2
  }
  writeFileSync(join(dir, 'articles', `${longId}.json`), JSON.stringify(doc(longId, 'A very long annotated report', long, annotations)))
  writeFileSync(join(dir, 'articles', `${TRANSLATED_ID}.json`), JSON.stringify(translatedDoc(2_000)))
  writeFileSync(join(dir, 'registry.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, schema: DEFAULT_SCHEMA, entities: [HEXI] }))
  return { longId, translatedId: TRANSLATED_ID }
}

const TRANSLATED_ID = 'b_translated'
/** The place every sentence of the translated article names, in both languages. */
const HEXI = { id: 'e_hexi', type: 'PLACE', name: 'Hexi Community', names: { zh: '河西社区', en: 'Hexi Community' }, aliases: [], identifiers: {}, description: '' }

/** An annotation of `exact` at code point `at` of a version (BMP text: UTF-16 = code points). */
function mention(id: string, versionId: string, text: string, at: number, exact: string): Annotation {
  const { position, quote } = buildSelectors(text, asCodePoint(at), asCodePoint(at + exact.length))
  return { id, type: 'PLACE', target: { source: versionId, position, quote }, entity: HEXI.id, note: '', attributes: {}, orphan: false, createdAt: now, createdBy: 'bench', modifiedAt: now }
}

/**
 * A Chinese article of `count` sentences with its machine translation, aligned one to one.
 * Every source sentence tags the place, linked to its entity; every other target sentence
 * does too, so the editor draws tags on both sides and the place projected on the rest.
 */
function translatedDoc(count: number): ArticleDoc {
  const zh: string[] = []
  const en: string[] = []
  const rows: AlignedRow[] = []
  let [zhAt, enAt] = [0, 0]
  for (let i = 0; i < count; i++) {
    const source = `据介绍，河西社区的第${i + 1}项工程已经完工，共有${(i % 90) + 12}名工人参加。`
    const target = `Project number ${i + 1} in Hexi Community has been completed, with ${(i % 90) + 12} workers taking part.`
    rows.push({
      id: `r_${i}`, source: { start: zhAt, end: zhAt + source.length }, target: { start: enAt, end: enAt + target.length },
      status: 'initial', note: '', mt: target, hter: null, seconds: 0, ignored: []
    })
    const [zhGap, enGap] = i % 8 === 7 ? ['\n', '\n'] : ['', ' ']
    zh.push(source + zhGap)
    en.push(target + enGap)
    zhAt += source.length + zhGap.length // BMP only: UTF-16 = code points
    enAt += target.length + enGap.length
  }
  const [zhText, enText] = [zh.join(''), en.join('')]
  const annotations = rows.flatMap((row, i) => {
    const source = mention(`n_zh_${i}`, 'v_zh', zhText, row.source!.start + zhText.slice(row.source!.start).indexOf('河西社区'), '河西社区')
    if (i % 2 === 1) return [source]
    return [source, mention(`n_en_${i}`, 'v_en', enText, row.target.start + enText.slice(row.target.start).indexOf('Hexi Community'), 'Hexi Community')]
  })
  const base = doc(TRANSLATED_ID, '河西社区工程进展（机器翻译）', zhText, annotations)
  return {
    ...base,
    article: { ...base.article, language: 'zh' },
    versions: [
      { id: 'v_zh', lang: 'zh', role: 'original', origin: 'unknown', text: zh.join('') },
      { id: 'v_en', lang: 'en', role: 'translation', origin: 'machine', engine: 'BenchMT', text: en.join('') }
    ],
    alignments: [{ source: 'v_zh', target: 'v_en', rows }]
  }
}
