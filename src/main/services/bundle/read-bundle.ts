import { verifyBag, type BagProblem } from '@shared/formats/bagit'
import { ArticleDoc, Entity, SCHEMA_VERSION, TagSchema, type RegistryDoc } from '@shared/model'
import { z } from 'zod'
import { textHash } from '../../archive/text-hash'
import { DEFAULT_ZIP_LIMITS, readZipBag, type ZipLimits } from './zip-read'

/** One article of a verified bundle: where it is, its digest, and what the archive matches it by. */
export interface BundleArticle {
  id: string
  /** Its article.json, relative to the bag's base directory. */
  file: string
  size: number
  sha256: string
  /** The hash of its first text version (an article with the same text is the same article). */
  textHash: string
}

/**
 * What a valid bundle holds for an import: where it is and its articles (listed, not held: each
 * is read again when merged), the entities they use, its schema.
 */
export interface BundleContent {
  path: string
  /** The bag's base directory inside the zip. */
  root: string
  articles: BundleArticle[]
  entities: Entity[]
  schema: TagSchema | null
}

export interface ReadBundle {
  problems: BagProblem[]
  content: BundleContent | null
}

const ARTICLE_JSON = /^data\/articles\/([A-Za-z0-9_-]{1,64})\/article\.json$/
const isTagFile = (path: string): boolean => !path.startsWith('data/') || path === 'data/entities.json' || path === 'data/schema.json'

const EntitiesFile = z.object({ schemaVersion: z.number().int(), entities: z.array(Entity).max(1_000_000) })

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isNewer = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && typeof (data as { schemaVersion?: unknown }).schemaVersion === 'number' && (data as { schemaVersion: number }).schemaVersion > SCHEMA_VERSION

/** An article.json's text as a document of the given id, or the problem it has. */
export function parseArticle(text: string, id: string): ArticleDoc | 'newerVersion' | 'badArticle' {
  const data = parseJson(text)
  if (isNewer(data)) return 'newerVersion'
  const doc = ArticleDoc.safeParse(data)
  return doc.success && doc.data.article.id === id ? doc.data : 'badArticle'
}

/**
 * Reads and checks a bundle: the zip (names, links, sizes), the bag (declaration, Payload-Oxum,
 * every checksum both ways) and then our own files. Each article.json is parsed and checked as
 * it is read, then let go: only its name, digest and text hash are kept, so memory does not
 * grow with the bundle. Content is given only when nothing is wrong.
 */
export async function readBundle(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, onProgress?: (bytes: number) => void): Promise<ReadBundle> {
  const found: { file: string; id: string; result: string | 'newerVersion' | 'badArticle' }[] = []
  const keep = (file: string): boolean | ((text: string) => void) => {
    const id = ARTICLE_JSON.exec(file)?.[1]
    if (!id) return isTagFile(file)
    return (text) => {
      const doc = parseArticle(text, id)
      found.push({ file, id, result: typeof doc === 'string' ? doc : textHash(doc.versions[0]!.text) })
    }
  }
  const bag = await readZipBag(path, keep, limits, onProgress)
  if (bag.problems.length > 0) return { problems: bag.problems, content: null }
  const problems = verifyBag(bag.files, (file) => bag.texts.get(file))
  // A newer bundle is refused as such, whatever else looks odd to this version.
  const newer = problems.find((p) => p.problem === 'newerVersion')
  if (newer) return { problems: [newer], content: null }
  if (problems.length > 0) return { problems, content: null }
  const articles: BundleArticle[] = []
  for (const { file, id, result } of found) {
    if (result === 'newerVersion') return { problems: [{ file, problem: 'newerVersion' }], content: null }
    if (result === 'badArticle') problems.push({ file, problem: 'badArticle' })
    else articles.push({ id, file, size: bag.files.get(file)!.size, sha256: bag.files.get(file)!.sha256, textHash: result })
  }
  const entities = readEntities(bag.texts.get('data/entities.json'), problems)
  const schemaText = bag.texts.get('data/schema.json')
  const schema = schemaText === undefined ? null : TagSchema.safeParse(parseJson(schemaText))
  if (schema && !schema.success) problems.push({ file: 'data/schema.json', problem: 'badArticle' })
  if (problems.length > 0) return { problems, content: null }
  articles.sort((a, b) => (a.id < b.id ? -1 : 1))
  return { problems, content: { path, root: bag.root, articles, entities, schema: schema?.success ? schema.data : null } }
}

function readEntities(text: string | undefined, problems: BagProblem[]): RegistryDoc['entities'] {
  if (text === undefined) return []
  const data = parseJson(text)
  if (isNewer(data)) {
    problems.push({ file: 'data/entities.json', problem: 'newerVersion' })
    return []
  }
  const parsed = EntitiesFile.safeParse(data)
  if (!parsed.success) {
    problems.push({ file: 'data/entities.json', problem: 'badArticle' })
    return []
  }
  return parsed.data.entities
}
