import { createHash } from 'node:crypto'
import { DEFAULT_SCHEMA, SCHEMA_VERSION, type ArticleDoc } from '@shared/model'
import { alignExistingTranslations } from '@shared/translation/align-existing'

/**
 * Stored documents upgrade one version at a time: STEPS[kind][n] turns version n into n + 1.
 * Steps are small pure functions over plain JSON; the result is validated with zod afterwards.
 *
 * Version 0 (before `schemaVersion` existed):
 * - article shard: `{ article, text, history? }` — one `text` string instead of `versions`,
 *   no annotations or relations; `article.language`, `tags` and `origin` may be missing.
 * - archive.json: `{ articles, schema?, entities? }` — summaries without `textHash` or
 *   `annotationCount`, and the tag schema and entities kept in the same file.
 * - registry.json did not exist: its version-0 form is that old archive.json.
 *
 * Version 1 → 2: article shards gain `alignments` (segments of translations, their status and
 * effort): each translation a v1 shard already holds is segmented and aligned with the
 * original as `translation add` would, so the workbench opens it; the catalog and the
 * registry only change their version number.
 */
export type DocKind = 'article' | 'catalog' | 'registry'

type Json = Record<string, unknown>
export interface MigrationContext {
  /** Timestamp recorded in the history of migrated articles. */
  now: string
}
type Step = (doc: Json, context: MigrationContext) => Json

export class MigrationError extends Error {}

/** Fields that only later versions have: a shard holding them lost its schemaVersion. */
const LATER_ARTICLE_FIELDS = ['versions', 'annotations', 'relations']

export function upgradeArticleV0ToV1(doc: Json, { now }: MigrationContext): Json {
  // Migrating what version 0 cannot describe would rewrite it without its text and annotations.
  const later = LATER_ARTICLE_FIELDS.filter((field) => field in doc)
  if (later.length > 0) throw new MigrationError(`has no schemaVersion but holds ${later.join(', ')} of a later version`)
  if (typeof doc.text !== 'string') throw new MigrationError('has no schemaVersion and no text of version 0')
  const article = { ...(asObject(doc.article) ?? {}) }
  const text = doc.text
  const language = typeof article.language === 'string' ? article.language : 'und'
  article.language = language
  article.tags ??= []
  article.origin ??= {
    fileName: '',
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    format: 'txt',
    encoding: 'unknown'
  }
  const history = Array.isArray(doc.history) ? doc.history : []
  return {
    schemaVersion: 1,
    article,
    versions: [{ id: 'original', lang: language, role: 'original', origin: 'unknown', text }],
    annotations: [],
    relations: [],
    history: [...history, { at: now, actor: 'scriptorium', action: 'migrate', detail: { from: 0, to: 1 } }]
  }
}

/**
 * Version-0 summaries lack what only the shards can tell (text hash, annotation count). An
 * empty catalog makes the reconciliation at open read, migrate and summarise every shard.
 */
export function upgradeCatalogV0ToV1(): Json {
  return { schemaVersion: 1, articles: [] }
}

export function upgradeRegistryV0ToV1(doc: Json): Json {
  return {
    schemaVersion: 1,
    schema: doc.schema ?? DEFAULT_SCHEMA,
    entities: Array.isArray(doc.entities) ? doc.entities : []
  }
}

export function upgradeArticleV1ToV2(doc: Json): Json {
  const upgraded = { ...doc, schemaVersion: 2, alignments: Array.isArray(doc.alignments) ? doc.alignments : [] }
  if (!hasWellFormedVersions(upgraded)) return upgraded // validation after the steps says what is wrong
  // Row ids only need to be unique within the article, and a v1 shard has no rows yet.
  let row = 0
  return alignExistingTranslations(upgraded as unknown as ArticleDoc, () => `migrated-${++row}`) as unknown as Json
}

function hasWellFormedVersions(doc: Json): boolean {
  return Array.isArray(doc.versions) && doc.versions.every((v) => typeof asObject(v)?.text === 'string' && typeof asObject(v)?.lang === 'string')
}

/** The catalog and the registry have nothing new in version 2. */
export function bumpToV2(doc: Json): Json {
  return { ...doc, schemaVersion: 2 }
}

export const STEPS: Record<DocKind, readonly Step[]> = {
  article: [upgradeArticleV0ToV1, upgradeArticleV1ToV2],
  catalog: [upgradeCatalogV0ToV1, bumpToV2],
  registry: [upgradeRegistryV0ToV1, bumpToV2]
}

/** The stored version of a document; a document without `schemaVersion` is version 0. */
export function versionOf(raw: unknown): number {
  const doc = asObject(raw)
  if (!doc) throw new MigrationError('not a JSON object')
  if (doc.schemaVersion === undefined) return 0
  if (typeof doc.schemaVersion !== 'number' || !Number.isInteger(doc.schemaVersion) || doc.schemaVersion < 0) {
    throw new MigrationError(`invalid schemaVersion ${JSON.stringify(doc.schemaVersion)}`)
  }
  return doc.schemaVersion
}

export interface Migrated {
  doc: unknown
  from: number
  /** True when at least one step ran: the caller should write the result back. */
  changed: boolean
}

/** Upgrades `raw` step by step to SCHEMA_VERSION. Throws MigrationError for what it cannot. */
export function migrate(kind: DocKind, raw: unknown, context: MigrationContext = { now: new Date().toISOString() }): Migrated {
  const from = versionOf(raw)
  if (from > SCHEMA_VERSION) {
    throw new MigrationError(`schemaVersion ${from} is newer than this version of Scriptorium supports (${SCHEMA_VERSION})`)
  }
  let doc = raw as Json
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[kind][version]
    if (!step) throw new MigrationError(`no ${kind} migration from version ${version}`)
    doc = step(doc, context)
  }
  return { doc, from, changed: from !== SCHEMA_VERSION }
}

function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
}
