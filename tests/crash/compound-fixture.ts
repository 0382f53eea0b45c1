import { buildSelectors } from '@shared/anchoring/selectors'
import { asCodePoint } from '@shared/anchoring/code-points'
import { DEFAULT_SCHEMA, SCHEMA_VERSION, type Annotation, type ArticleDoc, type Entity } from '@shared/model'
import { Archive } from '../../src/main/archive'

/**
 * A small archive where every compound change touches many files: each article mentions
 * Hu Tao twice (once linked to the entity kept, once to a duplicate to merge), the Xinxiang
 * Council (an ORG, for the schema rename) and Xinxiang (a PLACE tagged only in the first
 * article, for "tag all occurrences").
 */
export const KEPT = 'e_hutao'
export const DUPLICATE = 'e_hu'
export const RENAMED = { from: 'ORG', to: 'ORGANISATION' }
export const articleId = (i: number): string => `crash-${String(i).padStart(3, '0')}`

const ENTITIES: Entity[] = [
  { id: KEPT, type: 'PERSON', name: 'Hu Tao', names: {}, aliases: [], identifiers: {}, description: '' },
  { id: DUPLICATE, type: 'PERSON', name: 'Hu Tao', names: {}, aliases: ['Mr Hu'], identifiers: {}, description: '' }
]

export const textOf = (i: number): string =>
  `Hu Tao visited the Xinxiang Council on day ${i}. Later, Hu Tao toured a school in Xinxiang and met volunteers. Serial ${i}.`

/** Code-point range of the `n`-th occurrence of `needle` (the texts are ASCII). */
export function rangeOf(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1
  for (let k = 0; k <= n; k++) at = text.indexOf(needle, at + 1)
  return { start: at, end: at + needle.length }
}

function tag(text: string, id: string, type: string, entity: string | null, range: { start: number; end: number }): Annotation {
  const { position, quote } = buildSelectors(text, asCodePoint(range.start), asCodePoint(range.end))
  const at = '2024-05-01T00:00:00.000Z'
  return { id, type, target: { source: 'original', position, quote }, entity, note: '', attributes: {}, orphan: false, createdAt: at, createdBy: 'crash', modifiedAt: at }
}

/** Code-point range of the untagged "Xinxiang" (the place, not the council). */
export const placeRange = (i: number): { start: number; end: number } => rangeOf(textOf(i), 'Xinxiang', 1)

function articleDoc(i: number): ArticleDoc {
  const text = textOf(i)
  const annotations = [
    tag(text, 'n_kept', 'PERSON', KEPT, rangeOf(text, 'Hu Tao', 0)),
    tag(text, 'n_dup', 'PERSON', DUPLICATE, rangeOf(text, 'Hu Tao', 1)),
    tag(text, 'n_org', 'ORG', null, rangeOf(text, 'Xinxiang Council'))
  ]
  if (i === 0) annotations.push(tag(text, 'n_place', 'PLACE', null, placeRange(0)))
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: articleId(i),
      title: `Crash article ${i}`,
      date: '2024-05-01',
      source: 'Crash Daily',
      language: 'en',
      tags: [],
      importedAt: '2024-05-01T00:00:00.000Z',
      origin: { fileName: `crash-${i}.txt`, sha256: 'c'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'original', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations,
    relations: [],
    alignments: [],
    history: []
  }
}

export async function writeFixture(dir: string, articles: number): Promise<void> {
  const archive = await Archive.open(dir, { seed: () => Array.from({ length: articles }, (_, i) => articleDoc(i)) })
  await archive.updateRegistry((registry) => ({ ...registry, schema: DEFAULT_SCHEMA, entities: ENTITIES }))
  await archive.close()
}

/** What the checks look at: the registry and every annotation, after the archive's own open. */
export interface Snapshot {
  types: string[]
  entities: Entity[]
  annotations: { articleId: string; id: string; type: string; entity: string | null }[]
  quarantined: unknown[]
  journals: number
  /** The articles the library lists, and those in the trash. */
  articles: string[]
  trashedArticles: string[]
  trashedEntities: string[]
  /** Losses and repairs the open reported (a deleted article is neither). */
  damage: { kind: string; file: string }[]
}

export async function snapshot(dir: string): Promise<Snapshot> {
  const archive = await Archive.open(dir)
  try {
    const annotations: Snapshot['annotations'] = []
    for (const { id } of archive.list()) {
      for (const a of (await archive.read(id)).annotations) annotations.push({ articleId: id, id: a.id, type: a.type, entity: a.entity })
    }
    const { schema, entities } = archive.registry()
    return {
      types: schema.types.map((t) => t.name),
      entities: [...entities],
      annotations,
      quarantined: archive.report.quarantined,
      journals: archive.report.journals.length,
      articles: archive.list().map((row) => row.id),
      trashedArticles: (await archive.trash.articles()).map((item) => item.id),
      trashedEntities: (await archive.trash.entities()).map((record) => record.entity.id),
      damage: archive.report.damage
    }
  } finally {
    await archive.close()
  }
}
